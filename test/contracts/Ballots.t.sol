// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IBallotbox} from "../../contracts/interfaces/IBallotbox.sol";
import {Ballots, SNARK_SCALAR_FIELD} from "../../contracts/libraries/Ballots.sol";

/// @notice Fuzz tests of the ballot rules and the scope derivation (runs: FUZZ_RUNS, default 1,000).
contract BallotsTest {
    uint256 private constant MAX_OPTIONS = 32;

    function _optionCount(uint8 seed) private pure returns (uint256) {
        return 2 + (uint256(seed) % (MAX_OPTIONS - 1));
    }

    function testFuzz_singleChoiceAcceptsExactlyTheOptionIndexes(uint8 seed, uint256 ballot) public pure {
        uint256 optionCount = _optionCount(seed);
        bool valid = Ballots.isValid(IBallotbox.BallotType.SingleChoice, optionCount, ballot);
        require(valid == (ballot < optionCount), "single choice: valid iff ballot < optionCount");
    }

    function testFuzz_singleChoiceAcceptsEveryOptionIndex(uint8 seed, uint8 index) public pure {
        uint256 optionCount = _optionCount(seed);
        uint256 ballot = uint256(index) % optionCount;
        require(Ballots.isValid(IBallotbox.BallotType.SingleChoice, optionCount, ballot), "every option is a ballot");
    }

    function testFuzz_approvalAcceptsExactlyNonEmptySubsets(uint8 seed, uint256 ballot) public pure {
        uint256 optionCount = _optionCount(seed);
        bool valid = Ballots.isValid(IBallotbox.BallotType.Approval, optionCount, ballot);
        require(valid == (ballot != 0 && ballot < (1 << optionCount)), "approval: valid iff 0 < mask < 2**options");
    }

    function testFuzz_approvalAcceptsEverySubsetMask(uint8 seed, uint32 mask) public pure {
        uint256 optionCount = _optionCount(seed);
        uint256 ballot = uint256(mask) & ((1 << optionCount) - 1);
        if (ballot == 0) ballot = 1;
        require(Ballots.isValid(IBallotbox.BallotType.Approval, optionCount, ballot), "every non-empty subset");
    }

    function testFuzz_scopeIsBelowTheField(uint256 chainId, address ballotbox, uint256 pollId) public pure {
        require(Ballots.scope(chainId, ballotbox, pollId) < SNARK_SCALAR_FIELD, "scope below the field");
    }

    function testFuzz_scopeBindsChainContractAndPoll(uint256 chainId, address ballotbox, uint256 pollId) public pure {
        uint256 scope = Ballots.scope(chainId, ballotbox, pollId);
        unchecked {
            require(scope != Ballots.scope(chainId + 1, ballotbox, pollId), "scope binds the chain");
            require(scope != Ballots.scope(chainId, address(uint160(ballotbox) ^ 1), pollId), "binds the contract");
            require(scope != Ballots.scope(chainId, ballotbox, pollId + 1), "scope binds the poll");
        }
    }
}
