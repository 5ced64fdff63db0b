/**
 * A poll's key ceremony as TrusteeCeremony's events record it, read in pages over a block range:
 * the input of lib/sealed/ceremony-audit.ts, for the recount, the CLI and the app alike.
 */
import { getAbiItem, type Address, type PublicClient } from "viem";
import type { BallotType } from "../ballots/ballot.ts";
import { fetchInPages } from "../chain/log-pages.ts";
import { trusteeCeremonyAbi } from "../contracts/abis.generated.ts";
import type { CeremonyRecord } from "./ceremony-audit.ts";
import { dealingFromEvent } from "./ceremony-words.ts";
import { fromCoordinates } from "./curve.ts";

const events = {
  opened: getAbiItem({ abi: trusteeCeremonyAbi, name: "CeremonyOpened" }),
  key: getAbiItem({ abi: trusteeCeremonyAbi, name: "TrusteeKeyPublished" }),
  dealt: getAbiItem({ abi: trusteeCeremonyAbi, name: "SharesDealt" }),
  complaint: getAbiItem({ abi: trusteeCeremonyAbi, name: "ComplaintFiled" }),
  refused: getAbiItem({ abi: trusteeCeremonyAbi, name: "ComplaintRefused" }),
  disqualified: getAbiItem({ abi: trusteeCeremonyAbi, name: "DealerDisqualified" }),
  finalised: getAbiItem({ abi: trusteeCeremonyAbi, name: "CeremonyFinalised" }),
};

export interface CeremonySource {
  readonly client: PublicClient;
  readonly chainId: number;
  readonly trusteeCeremony: Address;
}

export interface SealedPollShape {
  readonly pollId: bigint;
  readonly ballotType: BallotType;
  readonly optionCount: number;
}

/** Thrown when the poll's ceremony was never opened in the range read. */
export class CeremonyNotOpenedError extends Error {
  override name = "CeremonyNotOpenedError";
}

export async function readCeremonyRecord(
  source: CeremonySource,
  poll: SealedPollShape,
  range: { fromBlock: bigint; toBlock: bigint },
): Promise<CeremonyRecord> {
  const { client, trusteeCeremony: address } = source;
  const args = { pollId: poll.pollId };
  const common = { address, args, strict: true } as const;
  // One query per event: a node filters by the indexed poll id only within one event signature.
  const read = <T>(fetchPage: (fromBlock: bigint, toBlock: bigint) => Promise<T[]>) => fetchInPages(fetchPage, range);
  const [opened, keys, dealt, complaints, refused, disqualified, finalised] = await Promise.all([
    read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.opened, fromBlock, toBlock })),
    read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.key, fromBlock, toBlock })),
    read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.dealt, fromBlock, toBlock })),
    read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.complaint, fromBlock, toBlock })),
    read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.refused, fromBlock, toBlock })),
    read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.disqualified, fromBlock, toBlock })),
    read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.finalised, fromBlock, toBlock })),
  ]);
  const [opening] = opened;
  if (opening === undefined) {
    throw new CeremonyNotOpenedError(`Poll ${poll.pollId}'s key ceremony was never opened.`);
  }
  const threshold = Number(opening.args.threshold);
  const [finalisation] = finalised;
  return {
    context: { chainId: BigInt(source.chainId), ceremony: address, pollId: poll.pollId },
    ballotType: poll.ballotType,
    optionCount: poll.optionCount,
    trustees: [...opening.args.trustees],
    threshold,
    keys: keys.map(({ args }) => ({
      trustee: Number(args.trustee),
      key: fromCoordinates(args.key),
      proof: { commitment: fromCoordinates(args.proofCommitment), response: args.proofResponse },
    })),
    dealings: dealt.map(({ args }) => dealingFromEvent(args, threshold, poll.optionCount)),
    complaints: complaints.map(({ args }) => ({ dealer: Number(args.dealer), complainant: Number(args.complainant) })),
    refusals: refused.map(({ args }) => ({
      dealer: Number(args.dealer),
      complainant: Number(args.complainant),
      shares: [...args.shares],
    })),
    disqualifications: disqualified.map(({ args }) => ({
      dealer: Number(args.dealer),
      position: Number(args.position),
    })),
    ...(finalisation === undefined
      ? {}
      : {
          finalised: {
            qualified: finalisation.args.qualified,
            aggregateCommitments: [...finalisation.args.aggregateCommitments],
            pollKeyHash: finalisation.args.pollKeyHash,
          },
        }),
  };
}
