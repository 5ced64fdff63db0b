/** The ABI items of the events Ballotbox's readers query, looked up once by name. */
import { ballotboxAbi, semaphoreAbi } from "../contracts/abis.generated.ts";

export const pollCreatedEvent = findEvent(ballotboxAbi, "PollCreated");
export const ballotCastEvent = findEvent(ballotboxAbi, "BallotCast");
export const memberAdded = findEvent(semaphoreAbi, "MemberAdded");
export const membersAdded = findEvent(semaphoreAbi, "MembersAdded");
export const memberUpdated = findEvent(semaphoreAbi, "MemberUpdated");
export const memberRemoved = findEvent(semaphoreAbi, "MemberRemoved");

function findEvent<const TAbi extends readonly { type: string; name?: string }[], TName extends string>(
  abi: TAbi,
  name: TName,
): Extract<TAbi[number], { type: "event"; name: TName }> {
  const item = abi.find((entry) => entry.type === "event" && entry.name === name);
  if (item === undefined) throw new Error(`The ABI has no event ${name}`);
  return item as Extract<TAbi[number], { type: "event"; name: TName }>;
}
