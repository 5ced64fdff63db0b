/**
 * A whole ceremony in memory, as the chain would run it with honest trustees: keys with proofs,
 * every trustee deals to every trustee, everyone receives, the key is aggregated over QUAL.
 * Trustees outside QUAL deal too, but with one tampered share each: what a complaint would remove.
 */
import { mulBase, type Point } from "../../lib/sealed/curve.ts";
import {
  aggregate,
  aggregateShares,
  deal,
  receiveShares,
  type AggregateKey,
  type Dealing,
  type ReceivedShares,
  type TrusteeKey,
} from "../../lib/sealed/dkg.ts";
import { proveKey, verifyKeyProof } from "../../lib/sealed/proof-of-knowledge.ts";
import { modL, type ScalarSource } from "../../lib/sealed/scalar.ts";
import { CONTEXT } from "./seeded.ts";

export interface CeremonyPlan {
  /** n, trustees 1 … n. */
  readonly trustees: number;
  readonly threshold: number;
  readonly optionCount: number;
  /** QUAL's indexes, at least t of them. */
  readonly qualified: readonly number[];
}

export interface Ceremony {
  readonly keys: readonly TrusteeKey[];
  readonly secrets: ReadonlyMap<number, bigint>;
  readonly dealings: ReadonlyMap<number, Dealing>;
  /** What each trustee made of every dealing (step 3). */
  readonly received: ReadonlyMap<number, ReceivedShares>;
  readonly key: AggregateKey;
  /** s_{h,j} for every trustee h of QUAL. */
  readonly shares: ReadonlyMap<number, readonly bigint[]>;
}

/** A dealing with one encrypted share of one recipient off by one. */
export function tamper(dealing: Dealing, position: number, option: number): Dealing {
  return {
    ...dealing,
    encryptedShares: dealing.encryptedShares.map((row, at) =>
      at === position ? row.map((c, j) => (j === option ? modL(c + 1n) : c)) : row,
    ),
  };
}

export function runCeremony(
  { trustees, threshold, optionCount, qualified }: CeremonyPlan,
  random: ScalarSource,
): Ceremony {
  const indexes = Array.from({ length: trustees }, (_, i) => i + 1);
  const secrets = new Map(indexes.map((index) => [index, random()]));
  const keys = indexes.map((index) => {
    const { key, proof } = proveKey(secrets.get(index) ?? 0n, CONTEXT, index, random());
    if (!verifyKeyProof(key, proof, CONTEXT, index)) throw new Error(`Trustee ${index}'s key proof fails`);
    return { index, publicKey: key };
  });
  const keyOf = (index: number): Point => keys[index - 1]?.publicKey ?? mulBase(0n);

  const dealings = new Map<number, Dealing>();
  for (const index of indexes) {
    const dealer = { index, secretKey: secrets.get(index) ?? 0n };
    const dealing = deal({ threshold, optionCount, dealer, recipients: keys, context: CONTEXT }, random);
    dealings.set(index, qualified.includes(index) ? dealing : tamper(dealing, index % trustees, index % optionCount));
  }

  // Every trustee receives from every dealer, as on chain; QUAL's shares are then summed.
  const received = new Map<number, ReceivedShares>();
  for (const index of indexes) {
    received.set(
      index,
      receiveShares({
        threshold,
        optionCount,
        recipient: { index, secretKey: secrets.get(index) ?? 0n },
        context: CONTEXT,
        dealings: [...dealings.values()].map((dealing) => ({ dealing, dealerKey: keyOf(dealing.dealer) })),
      }),
    );
  }
  const key = aggregate(
    qualified.map((index) => dealings.get(index) as Dealing),
    threshold,
    optionCount,
  );
  const shares = new Map<number, readonly bigint[]>();
  for (const index of qualified) {
    shares.set(index, aggregateShares(received.get(index)?.shares ?? new Map(), qualified, optionCount));
  }
  return { keys, secrets, dealings, received, key, shares };
}
