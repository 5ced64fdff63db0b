/**
 * The polls as the relayer checks ballots against them. A poll's configuration and frozen roll root
 * never change once voting has started, so they are read once and kept; the phase is asked of the
 * contract at the pending block (where the ballot would land), at most once a second per poll. A
 * sealed poll's key hash never changes once its ceremony has fixed it, so it is kept from then on.
 */
import type { Address, PublicClient } from "viem";
import { ballotboxAbi, trusteeCeremonyAbi } from "../lib/contracts/abis.generated.ts";
import { ballotTypeFromNumber, secrecyFromNumber, type BallotType, type Secrecy } from "../lib/ballots/ballot.ts";
import type { SealedContracts } from "../lib/sealed/sealed-state.ts";

export interface PollFacts {
  ballotType: BallotType;
  secrecy: Secrecy;
  optionCount: number;
  rollRoot: bigint;
  inviteRoot: `0x${string}`;
}

export type Phase = "registration" | "voting" | "closed";
const PHASES: readonly Phase[] = ["registration", "voting", "closed"];
const PHASE_CACHE_MS = 1_000;

export class Polls {
  private readonly frozen = new Map<bigint, PollFacts>();
  private readonly phases = new Map<bigint, { phase: Phase; at: number }>();
  private readonly keyHashes = new Map<bigint, bigint>();
  private knownCount = 0n;

  private readonly client: PublicClient;
  private readonly ballotbox: Address;
  /** The sealed polls' contracts; undefined when this relayer takes no sealed ballots. */
  readonly sealed: SealedContracts | undefined;

  constructor(client: PublicClient, ballotbox: Address, sealed?: SealedContracts) {
    this.client = client;
    this.ballotbox = ballotbox;
    this.sealed = sealed;
  }

  /** Whether the poll exists. Ids only grow, so a known id is never asked about again. */
  async exists(pollId: bigint): Promise<boolean> {
    if (pollId >= 1n && pollId <= this.knownCount) return true;
    this.knownCount = await this.client.readContract({
      address: this.ballotbox,
      abi: ballotboxAbi,
      functionName: "pollCount",
    });
    return pollId >= 1n && pollId <= this.knownCount;
  }

  /**
   * The poll's phase, remembered for a second: under load this saves a call per ballot, and a ballot
   * accepted in the second after a poll closes is not lost but refused at submission (receipt "failed").
   */
  async phase(pollId: bigint): Promise<Phase> {
    const cached = this.phases.get(pollId);
    if (cached && performance.now() - cached.at < PHASE_CACHE_MS) return cached.phase;
    const value = await this.client.readContract({
      address: this.ballotbox,
      abi: ballotboxAbi,
      functionName: "getPhase",
      args: [pollId],
      blockTag: "pending",
    });
    const phase = PHASES[value] ?? "closed";
    this.phases.set(pollId, { phase, at: performance.now() });
    return phase;
  }

  /** The poll's facts; cached only once its phase is past registration, when they can no longer change. */
  async facts(pollId: bigint, phase: Phase): Promise<PollFacts> {
    const cached = this.frozen.get(pollId);
    if (cached) return cached;
    const poll = await this.client.readContract({
      address: this.ballotbox,
      abi: ballotboxAbi,
      functionName: "getPoll",
      args: [pollId],
      blockTag: "pending",
    });
    const facts: PollFacts = {
      ballotType: ballotTypeFromNumber(poll.ballotType),
      secrecy: secrecyFromNumber(poll.secrecy),
      optionCount: poll.optionCount,
      rollRoot: poll.rollRoot,
      inviteRoot: poll.inviteRoot,
    };
    if (phase !== "registration") this.frozen.set(pollId, facts);
    return facts;
  }

  /**
   * A sealed poll's key hash as its ceremony fixed it at the pending block, or 0n while the ceremony
   * has not (then it is asked again next time).
   */
  async pollKeyHash(sealed: SealedContracts, pollId: bigint): Promise<bigint> {
    const cached = this.keyHashes.get(pollId);
    if (cached !== undefined) return cached;
    const keyHash = await this.client.readContract({
      address: sealed.trusteeCeremony,
      abi: trusteeCeremonyAbi,
      functionName: "pollKeyHash",
      args: [pollId],
      blockTag: "pending",
    });
    if (keyHash !== 0n) this.keyHashes.set(pollId, keyHash);
    return keyHash;
  }
}
