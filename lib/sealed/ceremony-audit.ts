/**
 * The recount's check of a key ceremony: every step redone from what the events record, trusting
 * neither the trustees nor the contract. Each key's proof of knowledge, each dealing's shape and
 * commitments, each refused complaint's revealed shares, each disqualification's reason, QUAL by the
 * contract's rule, the aggregate commitments and the poll key hash. What it finds is data, worded by
 * whoever shows it.
 *
 * A share encrypted to a trustee cannot be checked by anyone else (only its recipient can decrypt
 * it): that is what complaints are for. The audit checks what a complaint settled, not the shares.
 */
import type { Address } from "viem";
import type { BallotType } from "../ballots/ballot.ts";
import { commitmentWords, trusteesOf } from "./ceremony-words.ts";
import { inSubgroup, isOnCurve, type Point } from "./curve.ts";
import { aggregate, revealHolds, verificationKeys, type AggregateKey, type Dealing } from "./dkg.ts";
import { pollKeyHash } from "./poll-key-hash.ts";
import { verifyKeyProof, type KeyProof } from "./proof-of-knowledge.ts";
import type { CeremonyContext } from "./transcript.ts";

/** A ceremony as its events record it (lib/sealed/ceremony-reader.ts reads them). */
export interface CeremonyRecord {
  readonly context: CeremonyContext;
  readonly ballotType: BallotType;
  readonly optionCount: number;
  /** Trustee i is trustees[i − 1]. */
  readonly trustees: readonly Address[];
  readonly threshold: number;
  readonly keys: readonly { readonly trustee: number; readonly key: Point; readonly proof: KeyProof }[];
  readonly dealings: readonly Dealing[];
  readonly complaints: readonly { readonly dealer: number; readonly complainant: number }[];
  /** Complaints the dealer answered with the complainant's shares in the clear. */
  readonly refusals: readonly {
    readonly dealer: number;
    readonly complainant: number;
    readonly shares: readonly bigint[];
  }[];
  readonly disqualifications: readonly { readonly dealer: number; readonly position: number }[];
  /** CeremonyFinalised's arguments, if it was finalised. */
  readonly finalised?: {
    readonly qualified: number;
    readonly aggregateCommitments: readonly bigint[];
    readonly pollKeyHash: bigint;
  };
}

export type CeremonyFinding =
  | { readonly code: "keyProofInvalid"; readonly trustee: number }
  | { readonly code: "dealingMalformed"; readonly dealer: number }
  | { readonly code: "refusalInvalid"; readonly dealer: number; readonly complainant: number }
  | { readonly code: "disqualificationUnfounded"; readonly dealer: number; readonly position: number }
  | { readonly code: "qualifiedMismatch"; readonly rebuilt: readonly number[]; readonly recorded: readonly number[] }
  | { readonly code: "aggregateMismatch" }
  | { readonly code: "pollKeyHashMismatch"; readonly rebuilt: bigint; readonly recorded: bigint }
  | { readonly code: "notFinalised" };

export interface CeremonyAudit {
  /** QUAL by the contract's rule, rebuilt from the events. */
  readonly qualified: readonly number[];
  /** The poll key and aggregate commitments rebuilt from QUAL's dealings (absent if they cannot be). */
  readonly key?: AggregateKey;
  readonly pollKeyHash?: bigint;
  /** VKₕ for every trustee of QUAL: what its partial decryptions are checked against. */
  readonly verificationKeys: ReadonlyMap<number, readonly Point[]>;
  /** Empty when every step holds. */
  readonly findings: readonly CeremonyFinding[];
}

export function auditCeremony(record: CeremonyRecord): CeremonyAudit {
  const findings: CeremonyFinding[] = [];
  const { threshold, optionCount } = record;

  for (const { trustee, key, proof } of record.keys) {
    if (!verifyKeyProof(key, proof, record.context, trustee)) findings.push({ code: "keyProofInvalid", trustee });
  }
  const keyed = new Set(record.keys.map(({ trustee }) => trustee));
  for (const dealing of record.dealings) {
    const wellFormed =
      dealing.commitments.length === optionCount &&
      dealing.commitments.every((row) => row.length === threshold && row.every(isOnCurve)) &&
      dealing.recipients.length === keyed.size &&
      dealing.recipients.every((recipient) => keyed.has(recipient));
    if (!wellFormed) findings.push({ code: "dealingMalformed", dealer: dealing.dealer });
  }
  const dealingOf = new Map(record.dealings.map((dealing) => [dealing.dealer, dealing]));

  for (const { dealer, complainant, shares } of record.refusals) {
    const dealing = dealingOf.get(dealer);
    const filed = record.complaints.some((c) => c.dealer === dealer && c.complainant === complainant);
    if (!filed || dealing === undefined || !revealHolds(dealing, complainant, shares, threshold)) {
      findings.push({ code: "refusalInvalid", dealer, complainant });
    }
  }
  for (const { dealer, position } of record.disqualifications) {
    const point = dealingOf.get(dealer)?.commitments.flat()[position];
    if (point === undefined || inSubgroup(point))
      findings.push({ code: "disqualificationUnfounded", dealer, position });
  }

  // The contract's rule: dealt, not disqualified, and every complaint against it answered.
  const disqualified = new Set(record.disqualifications.map(({ dealer }) => dealer));
  const unanswered = new Set(
    record.complaints
      .filter((c) => !record.refusals.some((r) => r.dealer === c.dealer && r.complainant === c.complainant))
      .map(({ dealer }) => dealer),
  );
  const qualified = [...dealingOf.keys()]
    .filter((dealer) => !disqualified.has(dealer) && !unanswered.has(dealer))
    .sort((a, b) => a - b);

  if (record.finalised === undefined) {
    findings.push({ code: "notFinalised" });
    return { qualified, verificationKeys: new Map(), findings };
  }
  const recorded = trusteesOf(record.finalised.qualified);
  if (recorded.join() !== qualified.join()) findings.push({ code: "qualifiedMismatch", rebuilt: qualified, recorded });

  let key: AggregateKey;
  try {
    key = aggregate(
      qualified.map((dealer) => dealingOf.get(dealer) as Dealing),
      threshold,
      optionCount,
    );
  } catch {
    findings.push({ code: "aggregateMismatch" });
    return { qualified, verificationKeys: new Map(), findings };
  }
  const words = commitmentWords(key.commitments);
  const aggregateWords = record.finalised.aggregateCommitments;
  if (words.length !== aggregateWords.length || words.some((word, i) => word !== aggregateWords[i])) {
    findings.push({ code: "aggregateMismatch" });
  }
  const rebuiltHash = pollKeyHash(record.ballotType, optionCount, key.pollKeys);
  if (rebuiltHash !== record.finalised.pollKeyHash) {
    findings.push({ code: "pollKeyHashMismatch", rebuilt: rebuiltHash, recorded: record.finalised.pollKeyHash });
  }
  const keysOfQual = new Map(qualified.map((trustee) => [trustee, verificationKeys(key, trustee)]));
  return { qualified, key, pollKeyHash: rebuiltHash, verificationKeys: keysOfQual, findings };
}
