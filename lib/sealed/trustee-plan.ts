/**
 * A trustee's next step in a sealed poll, decided from where the poll stands (./sealed-state.ts) and
 * the trustee's seed (./trustee-secret.ts): the transactions due now with their arguments computed,
 * then what is awaited. The CLI sends them; the app's trustee console will too. Who may act when is
 * still the contract's to enforce: this only saves a trustee from asking it.
 */
import { commitmentWords, dealingWords, trusteeMask, wordsToPoints } from "./ceremony-words.ts";
import { IDENTITY, type Point } from "./curve.ts";
import { tallyFromCombined } from "./discrete-log.ts";
import { aggregateShares, dealPolynomials, receiveShares, revealShares, type Dealing } from "./dkg.ts";
import { combine } from "./lagrange.ts";
import { proveKey, type KeyProof } from "./proof-of-knowledge.ts";
import type { CeremonyStatus, SealedState } from "./sealed-state.ts";
import { trusteePolynomials, trusteeSecretKey } from "./trustee-secret.ts";

/** A transaction due, with its arguments. */
export type TrusteeAction =
  | { readonly kind: "publishKey"; readonly key: Point; readonly proof: KeyProof }
  | { readonly kind: "deal"; readonly commitments: bigint[]; readonly encryptedShares: bigint[] }
  | { readonly kind: "complain"; readonly dealer: number }
  | {
      readonly kind: "reveal";
      readonly complainant: number;
      readonly commitments: bigint[];
      readonly shares: bigint[];
    }
  | { readonly kind: "finalise"; readonly dealings: bigint[][] }
  /** The proof is the caller's to make (seconds of CPU) from these shares and C̄₁. */
  | {
      readonly kind: "decrypt";
      readonly shares: bigint[];
      readonly c1: Point;
      readonly aggregateCommitments: bigint[];
    }
  | {
      readonly kind: "publishTally";
      readonly counts: bigint[];
      readonly trustees: number;
      readonly decryptionShares: bigint[][];
    };

/** What the trustee waits for once the actions are sent. */
export type TrusteeWait =
  | { readonly kind: "ceremonyNotOpened" }
  | { readonly kind: "othersKeys"; readonly until: bigint }
  | { readonly kind: "othersDeals"; readonly until: bigint }
  | { readonly kind: "complaintWindow"; readonly until: bigint }
  | { readonly kind: "revealWindow"; readonly until: bigint }
  | { readonly kind: "voting"; readonly until: bigint }
  | { readonly kind: "otherDecryptions"; readonly published: number; readonly threshold: number }
  | { readonly kind: "tallied"; readonly counts: readonly bigint[] }
  | { readonly kind: "excludedNoKey" }
  | { readonly kind: "excludedNotQualified" }
  | { readonly kind: "ceremonyFailed"; readonly status: CeremonyStatus };

export interface TrusteePlan {
  readonly trustee: number;
  readonly actions: readonly TrusteeAction[];
  readonly then: TrusteeWait;
}

/**
 * The plan of trustee `trustee` (its 1-based index in the ceremony). Deterministic for a state and a
 * seed except the key proof's nonce, which is fresh.
 */
export function planTrusteeStep(state: SealedState, trustee: number, seed: Uint8Array): TrusteePlan {
  const plan = (actions: TrusteeAction[], then: TrusteeWait): TrusteePlan => ({ trustee, actions, then });
  const { ceremony, status, poll } = state;
  if (ceremony === undefined) return plan([], { kind: "ceremonyNotOpened" });
  if (status.startsWith("failed")) return plan([], { kind: "ceremonyFailed", status });
  const { record, deadlines } = ceremony;
  const { context, threshold, optionCount } = record;
  const secretKey = trusteeSecretKey(seed, context, trustee);
  const polynomials = () => trusteePolynomials(seed, context, trustee, threshold, optionCount);
  const hasKey = ceremony.keyed.includes(trustee);
  const recipients = record.keys
    .map(({ trustee: index, key }) => ({ index, publicKey: key }))
    .sort((a, b) => a.index - b.index);
  const received = () =>
    receiveShares({
      threshold,
      optionCount,
      recipient: { index: trustee, secretKey },
      context,
      dealings: record.dealings
        .filter((dealing) => dealing.dealer !== trustee)
        .map((dealing) => ({
          dealing,
          dealerKey: recipients.find((r) => r.index === dealing.dealer)?.publicKey ?? IDENTITY,
        })),
    });

  switch (status) {
    case "keys":
      if (hasKey) return plan([], { kind: "othersKeys", until: deadlines.keysBy });
      return plan([{ kind: "publishKey", ...proveKey(secretKey, context, trustee) }], {
        kind: "othersKeys",
        until: deadlines.keysBy,
      });
    case "dealing": {
      if (!hasKey) return plan([], { kind: "excludedNoKey" });
      const wait: TrusteeWait = { kind: "othersDeals", until: deadlines.dealsBy };
      if (ceremony.dealt.includes(trustee)) return plan([], wait);
      const dealing = dealPolynomials(polynomials(), {
        threshold,
        optionCount,
        dealer: { index: trustee, secretKey },
        recipients,
        context,
      });
      return plan([{ kind: "deal", ...dealingWords(dealing) }], wait);
    }
    case "complaints": {
      if (!hasKey) return plan([], { kind: "excludedNoKey" });
      const filed = new Set(record.complaints.filter((c) => c.complainant === trustee).map((c) => c.dealer));
      const reception = received();
      const bad = reception.ok ? [] : [...new Set(reception.bad.map(({ dealer }) => dealer))];
      const actions = bad
        .filter((dealer) => !filed.has(dealer))
        .map((dealer) => ({ kind: "complain", dealer }) as const);
      return plan(actions, { kind: "complaintWindow", until: deadlines.complaintsBy });
    }
    case "reveals": {
      const mine = record.dealings.find((dealing) => dealing.dealer === trustee);
      const answered = new Set(record.refusals.filter((r) => r.dealer === trustee).map((r) => r.complainant));
      const actions: TrusteeAction[] =
        mine === undefined
          ? []
          : record.complaints
              .filter((c) => c.dealer === trustee && !answered.has(c.complainant))
              .map((c) => ({
                kind: "reveal",
                complainant: c.complainant,
                commitments: commitmentWords(mine.commitments),
                shares: revealShares(polynomials(), c.complainant),
              }));
      return plan(actions, { kind: "revealWindow", until: deadlines.revealsBy });
    }
    case "finalising": {
      const dealings = ceremony.qualified.map((dealer) => {
        const dealing = record.dealings.find((d) => d.dealer === dealer) as Dealing;
        return commitmentWords(dealing.commitments);
      });
      return plan([{ kind: "finalise", dealings }], { kind: "voting", until: poll.endTime });
    }
    case "finalised":
      return closingPlan(state, trustee, seed, plan);
    default:
      return plan([], { kind: "ceremonyNotOpened" });
  }
}

function closingPlan(
  state: SealedState,
  trustee: number,
  seed: Uint8Array,
  plan: (actions: TrusteeAction[], then: TrusteeWait) => TrusteePlan,
): TrusteePlan {
  const { ceremony, poll } = state;
  if (ceremony === undefined) return plan([], { kind: "ceremonyNotOpened" });
  const { record, qualified } = ceremony;
  const { threshold, optionCount } = record;
  if (state.tally !== undefined) return plan([], { kind: "tallied", counts: state.tally });
  if (state.now < poll.endTime) return plan([], { kind: "voting", until: poll.endTime });
  const published = [...state.partialDecryptions].sort((a, b) => a.trustee - b.trustee);
  const actions: TrusteeAction[] = [];
  const [c1, ...c2] = wordsToPoints(state.encryptedTally);
  if (c1 === undefined) throw new Error("The encrypted tally has no C̄₁");
  if (qualified.includes(trustee) && !published.some((p) => p.trustee === trustee)) {
    actions.push({
      kind: "decrypt",
      shares: aggregateSharesOf(state, trustee, seed),
      c1,
      aggregateCommitments: [...(record.finalised?.aggregateCommitments ?? [])],
    });
  }
  const available = published.length + actions.length;
  if (available < threshold) {
    return plan(
      actions,
      qualified.includes(trustee)
        ? { kind: "otherDecryptions", published: available, threshold }
        : { kind: "excludedNotQualified" },
    );
  }
  if (actions.length === 0) {
    // t shares are in: anyone publishes the total.
    const chosen = published.slice(0, threshold);
    const indices = chosen.map((p) => p.trustee);
    const combined = Array.from({ length: optionCount }, (_, option) =>
      combine(
        chosen.map((p) => wordsToPoints(p.decryptionShares)[option] as Point),
        indices,
      ),
    );
    const counts = tallyFromCombined(c2, combined, Number(state.ballotCount));
    actions.push({
      kind: "publishTally",
      counts,
      trustees: trusteeMask(indices),
      decryptionShares: chosen.map((p) => [...p.decryptionShares]),
    });
    return plan(actions, { kind: "tallied", counts });
  }
  return plan(actions, { kind: "otherDecryptions", published: available, threshold });
}

/**
 * s_{h,j} = Σ_{i∈QUAL} s_{i,h,j}: the trustee's own share of each dealer's polynomial (its own dealing
 * from its seed), the shares decrypted from the others' dealings, or the ones a dealer revealed in
 * answer to this trustee's complaint.
 */
function aggregateSharesOf(state: SealedState, trustee: number, seed: Uint8Array): bigint[] {
  const { record, qualified } = state.ceremony ?? { record: undefined, qualified: [] };
  if (record === undefined) throw new Error("No ceremony");
  const { threshold, optionCount, context } = record;
  const secretKey = trusteeSecretKey(seed, context, trustee);
  const keyOf = (index: number) => record.keys.find((k) => k.trustee === index)?.key ?? IDENTITY;
  const others = record.dealings.filter((d) => d.dealer !== trustee && qualified.includes(d.dealer));
  const { shares } = receiveShares({
    threshold,
    optionCount,
    recipient: { index: trustee, secretKey },
    context,
    dealings: others.map((dealing) => ({ dealing, dealerKey: keyOf(dealing.dealer) })),
  });
  const all = new Map(shares);
  for (const refusal of record.refusals) {
    if (refusal.complainant === trustee) all.set(refusal.dealer, refusal.shares);
  }
  if (qualified.includes(trustee)) {
    all.set(trustee, revealShares(trusteePolynomials(seed, context, trustee, threshold, optionCount), trustee));
  }
  return aggregateShares(all, qualified, optionCount);
}
