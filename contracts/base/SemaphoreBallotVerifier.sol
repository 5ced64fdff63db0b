// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";
import {ISemaphoreVerifier} from "@semaphore-protocol/contracts/interfaces/ISemaphoreVerifier.sol";
import {MIN_DEPTH, MAX_DEPTH} from "@semaphore-protocol/contracts/base/Constants.sol";
import {IBallotbox} from "../interfaces/IBallotbox.sol";
import {Ballots} from "../libraries/Ballots.sol";

/// @title SemaphoreBallotVerifier
/// @notice How Ballotbox checks that a ballot comes from a voter on the roll: a Semaphore v4
/// Groth16 proof, checked by Semaphore's own verifier against the poll's frozen roll root.
/// @dev Kept apart from the poll logic so that another way of verifying ballots (encrypted
/// ballots, batch verification) can replace it without touching polls, rolls or tallies.
///
/// Why not `Semaphore.validateProof`: it is permissionless, so anyone who sees a voter's proof
/// (in the mempool, or at a relayer) could submit it to Semaphore directly, spend the voter's
/// nullifier there and make the real ballot fail, without the ballot ever reaching the tally.
/// Ballotbox therefore keeps its own nullifiers and only asks Semaphore's verifier whether the
/// proof is valid. Comparing the proof's root with the roll's final root also rejects any older
/// root of the group, which `validateProof` would accept for a while.
abstract contract SemaphoreBallotVerifier {
    /// @notice Semaphore's Groth16 verifier (one verification key per tree depth).
    ISemaphoreVerifier public immutable verifier;

    constructor(ISemaphoreVerifier verifier_) {
        verifier = verifier_;
    }

    /// @dev Checks a proof against a roll root. Returns the selector of the error that rejects it,
    /// or zero if it is valid. Never reverts, so that one bad ballot cannot block a batch. The
    /// caller has checked that message and scope are below the SNARK scalar field.
    function _verifyBallot(uint256 rollRoot, ISemaphore.SemaphoreProof calldata proof) internal view returns (bytes4) {
        bytes4 reason = _checkTree(rollRoot, proof);
        if (reason != bytes4(0)) return reason;

        try
            verifier.verifyProof(
                [proof.points[0], proof.points[1]],
                [[proof.points[2], proof.points[3]], [proof.points[4], proof.points[5]]],
                [proof.points[6], proof.points[7]],
                [
                    proof.merkleTreeRoot,
                    proof.nullifier,
                    Ballots.semaphoreHash(proof.message),
                    Ballots.semaphoreHash(proof.scope)
                ],
                proof.merkleTreeDepth
            )
        returns (bool valid) {
            return valid ? bytes4(0) : IBallotbox.Ballotbox__InvalidProof.selector;
        } catch {
            return IBallotbox.Ballotbox__InvalidProof.selector;
        }
    }

    /// @dev The checks of the proof's tree before its proof, shared by single ballots and batches: a
    /// depth Semaphore has a key for, and exactly the roll's root. Returns the rejecting selector or zero.
    function _checkTree(uint256 rollRoot, ISemaphore.SemaphoreProof calldata proof) internal pure returns (bytes4) {
        if (proof.merkleTreeDepth < MIN_DEPTH || proof.merkleTreeDepth > MAX_DEPTH) {
            return IBallotbox.Ballotbox__UnsupportedTreeDepth.selector;
        }
        if (proof.merkleTreeRoot != rollRoot) return IBallotbox.Ballotbox__WrongRoot.selector;
        return bytes4(0);
    }
}
