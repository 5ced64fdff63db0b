/**
 * A trustee's whole turn: plan (./trustee-plan.ts), send every action due (./trustee-actions.ts), and
 * plan again, since one round's transactions can make another step due in the same turn (the t-th
 * partial decryption makes the total due). What the CLI's `trustee step` and the demo seeder run.
 */
import type { TransactionReceipt } from "viem";
import type { BallotboxConnection } from "../chain/connection.ts";
import { performTrusteeAction, type ContractSender, type TrusteeActionOptions } from "./trustee-actions.ts";
import { planTrusteeStep, type TrusteeAction, type TrusteePlan } from "./trustee-plan.ts";
import { readSealedState, type SealedContracts, type SealedState } from "./sealed-state.ts";

/** Rounds of plan-and-send in one turn: a turn needs two at most (a decryption, then the total). */
export const TRUSTEE_TURN_ROUNDS = 3;

export interface TrusteeTurn {
  readonly pollId: bigint;
  /** The trustee's 1-based index in the ceremony, and its ceremony seed. */
  readonly trustee: number;
  readonly seed: Uint8Array;
  /** Signs and sends as this trustee's wallet. */
  readonly send: ContractSender;
}

export interface TrusteeTurnOptions extends TrusteeActionOptions {
  /** Told each plan, with the state it was made from, before its actions are sent. */
  readonly onPlan?: (plan: TrusteePlan, state: SealedState, round: number) => void;
  /** Told each action once its transaction is mined. */
  readonly onAction?: (action: TrusteeAction, receipt: TransactionReceipt) => void;
}

/** Sends every step due from the trustee, re-planning after each round; returns the last plan (what is awaited). */
export async function takeTrusteeTurn(
  conn: BallotboxConnection,
  contracts: SealedContracts,
  turn: TrusteeTurn,
  options: TrusteeTurnOptions,
): Promise<TrusteePlan> {
  for (let round = 0; ; round++) {
    const state = await readSealedState(conn, contracts, turn.pollId);
    const plan = planTrusteeStep(state, turn.trustee, turn.seed);
    options.onPlan?.(plan, state, round);
    if (plan.actions.length === 0 || round === TRUSTEE_TURN_ROUNDS) return plan;
    for (const action of plan.actions) {
      // Sent first, then told: `onAction?.(…, await send())` would skip the send when no one listens.
      const receipt = await performTrusteeAction(turn.send, contracts, turn.pollId, action, options);
      options.onAction?.(action, receipt);
    }
  }
}
