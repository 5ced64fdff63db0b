// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";

/// @title SemaphoreBallotVerifier
/// @notice How Ballotbox checks that a ballot comes from a voter on the roll who has not voted
/// yet: a Semaphore v4 proof validated by Semaphore, which also spends the nullifier.
/// @dev Kept apart from the poll logic so that another way of verifying ballots (encrypted
/// ballots, batch verification) can replace it without touching polls, rolls or tallies.
abstract contract SemaphoreBallotVerifier {
    /// @notice The Semaphore contract that holds the rolls and checks the proofs.
    ISemaphore public immutable semaphore;

    constructor(ISemaphore semaphore_) {
        semaphore = semaphore_;
    }

    /// @dev Validates the proof against the group and spends its nullifier; reverts with
    /// Semaphore's error otherwise.
    function _verifyBallot(uint256 groupId, ISemaphore.SemaphoreProof calldata proof) internal {
        semaphore.validateProof(groupId, proof);
    }

    /// @dev Like {_verifyBallot}, but returns the failure's error selector instead of reverting
    /// (zero on success), so that one bad ballot cannot block a batch.
    function _tryVerifyBallot(
        uint256 groupId,
        ISemaphore.SemaphoreProof calldata proof
    ) internal returns (bytes4 reason) {
        try semaphore.validateProof(groupId, proof) {
            return bytes4(0);
        } catch (bytes memory revertData) {
            // A failure without a selector (out of gas, an empty revert) still must not read as
            // success: report it as the generic InvalidProof.
            if (revertData.length < 4) return ISemaphore.Semaphore__InvalidProof.selector;
            return bytes4(revertData);
        }
    }
}
