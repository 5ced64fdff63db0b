/**
 * Which commitments of an organizer's list to send: Semaphore reverts a whole addMembers batch for
 * one commitment its group already has (error 0x258a195a), so those on the roll are left out, as
 * are repeats within the list, and both are counted for the organizer.
 */
export interface NewVoters {
  /** Not on the roll yet, each once, in list order. */
  fresh: bigint[];
  /** In the list and already on the roll. */
  alreadyOnRoll: bigint[];
  /** Lines of the list that repeated an earlier one. */
  repeated: number;
}

export function splitNewVoters(
  list: { commitments: readonly bigint[]; repeated: number },
  rollMembers: readonly bigint[],
): NewVoters {
  const onRoll = new Set(rollMembers);
  const fresh: bigint[] = [];
  const alreadyOnRoll: bigint[] = [];
  for (const commitment of list.commitments) (onRoll.has(commitment) ? alreadyOnRoll : fresh).push(commitment);
  return { fresh, alreadyOnRoll, repeated: list.repeated };
}
