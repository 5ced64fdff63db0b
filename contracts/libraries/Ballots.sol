// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IBallotbox} from "../interfaces/IBallotbox.sol";

/// @dev The order of the BN254 scalar field: Semaphore's public signals and tree leaves live below it.
uint256 constant SNARK_SCALAR_FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

/// @title Ballots
/// @notice The one place that says which ballots a poll accepts, how a poll's scope is derived, and how
/// Semaphore maps a value into the field. The TypeScript core mirrors these; tests check them against each other.
library Ballots {
    /// @notice Whether `ballot` is a valid ballot of this type over `optionCount` options.
    /// @dev Single choice: an option index. Approval: a non-zero bitmask with no bit at or above
    /// `optionCount` (an empty approval ballot would count as turnout without a choice; a voter
    /// who wants to abstain does not vote).
    function isValid(
        IBallotbox.BallotType ballotType,
        uint256 optionCount,
        uint256 ballot
    ) internal pure returns (bool) {
        if (ballotType == IBallotbox.BallotType.SingleChoice) {
            return ballot < optionCount;
        }
        return ballot != 0 && ballot >> optionCount == 0;
    }

    /// @notice The scope of a poll: binds a proof to one poll of one contract on one chain.
    function scope(uint256 chainId, address ballotbox, uint256 pollId) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(chainId, ballotbox, pollId))) % SNARK_SCALAR_FIELD;
    }

    /// @notice Semaphore's mapping of a message or scope into the field (Semaphore.sol's `_hash`):
    /// keccak256 of the word, shifted right by 8 bits. Sealed ballots hash their poll's scope the same way.
    function semaphoreHash(uint256 value) internal pure returns (uint256 hash) {
        assembly ("memory-safe") {
            mstore(0, value)
            hash := shr(8, keccak256(0, 0x20))
        }
    }
}
