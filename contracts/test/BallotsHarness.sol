// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IBallotbox} from "../interfaces/IBallotbox.sol";
import {Ballots, SNARK_SCALAR_FIELD} from "../libraries/Ballots.sol";

/// @title BallotsHarness
/// @notice Test-only: exposes the {Ballots} library so that tests can compare the TypeScript core's
/// ballot rule with the one the contract really runs. Never deployed (the Ignition module does not
/// name it).
contract BallotsHarness {
    /// @notice {Ballots.isValid}, with the ballot type as a number as {IBallotbox.createPoll} takes it.
    function isValid(uint8 ballotType, uint256 optionCount, uint256 ballot) external pure returns (bool) {
        return Ballots.isValid(IBallotbox.BallotType(ballotType), optionCount, ballot);
    }

    /// @notice The field every message must be below before {Ballots.isValid} is asked
    /// (Ballotbox's `_admitBallot` refuses the rest first).
    function snarkScalarField() external pure returns (uint256) {
        return SNARK_SCALAR_FIELD;
    }
}
