/**
 * The ABI items of the events Ballotbox's and SealedBallots' readers (the app, the CLI, the relayer) query, looked up
 * once by name with viem's getAbiItem, which keeps each item's literal type for typed logs.
 */
import { getAbiItem } from "viem";
import { ballotboxAbi, sealedBallotsAbi, semaphoreAbi } from "../contracts/abis.generated.ts";

export const pollCreatedEvent = getAbiItem({ abi: ballotboxAbi, name: "PollCreated" });
export const ballotCastEvent = getAbiItem({ abi: ballotboxAbi, name: "BallotCast" });
export const sealedBallotCastEvent = getAbiItem({ abi: sealedBallotsAbi, name: "SealedBallotCast" });
export const inviteRedeemedEvent = getAbiItem({ abi: ballotboxAbi, name: "InviteRedeemed" });
export const inviteRootSetEvent = getAbiItem({ abi: ballotboxAbi, name: "InviteRootSet" });
export const memberAdded = getAbiItem({ abi: semaphoreAbi, name: "MemberAdded" });
export const membersAdded = getAbiItem({ abi: semaphoreAbi, name: "MembersAdded" });
export const memberUpdated = getAbiItem({ abi: semaphoreAbi, name: "MemberUpdated" });
export const memberRemoved = getAbiItem({ abi: semaphoreAbi, name: "MemberRemoved" });
