// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";
import {ISemaphoreVerifier} from "@semaphore-protocol/contracts/interfaces/ISemaphoreVerifier.sol";
import {Groth16Batch} from "../libraries/Groth16Batch.sol";
import {Ballots} from "../libraries/Ballots.sol";
import {SemaphoreBallotVerifier} from "../base/SemaphoreBallotVerifier.sol";
import {SemaphoreBatchVerifier} from "../base/SemaphoreBatchVerifier.sol";

/// @title SemaphoreBatchHarness
/// @notice Test-only: the proof verification of Ballotbox without its polls, so that tests can compare
/// the batch verifier with the one-by-one verifier and the off-chain one on any proofs, and try chosen
/// coefficients. Never deployed (the Ignition module does not name it).
contract SemaphoreBatchHarness is SemaphoreBatchVerifier {
    constructor(ISemaphoreVerifier verifier_) SemaphoreBallotVerifier(verifier_) {}

    /// @notice Whether each proof is valid, verified together as castVotes does (depths outside 1..32 are
    /// invalid; any root, scope and message are accepted).
    function verifyBatch(ISemaphore.SemaphoreProof[] calldata proofs) external view returns (bool[] memory valid) {
        (BallotBatch memory batch, uint256[] memory positions) = _collect(proofs);
        return _byProof(_verifyBallots(batch), positions);
    }

    /// @notice {verifyBatch} with chosen coefficients (one per proof of a supported depth, in order)
    /// instead of the derived ones: what a forger could do if it knew the coefficients in advance.
    function verifyBatchWith(
        ISemaphore.SemaphoreProof[] calldata proofs,
        uint256[] calldata coefficients
    ) external view returns (bool[] memory valid) {
        (BallotBatch memory batch, uint256[] memory positions) = _collect(proofs);
        if (batch.proofs.count == 0) return new bool[](proofs.length);
        return _byProof(Groth16Batch.verifyWith(_withKeys(batch), coefficients), positions);
    }

    /// @notice The derived coefficients of the batch {verifyBatch} checks (with this contract's address).
    function batchCoefficients(ISemaphore.SemaphoreProof[] calldata proofs) external view returns (uint256[] memory) {
        (BallotBatch memory batch, ) = _collect(proofs);
        return Groth16Batch.coefficients(_withKeys(batch));
    }

    /// @notice Whether each proof is valid, one by one with Semaphore's verifier, as castVote checks it.
    function verifyEach(ISemaphore.SemaphoreProof[] calldata proofs) external view returns (bool[] memory valid) {
        valid = new bool[](proofs.length);
        for (uint256 i = 0; i < proofs.length; ++i) {
            valid[i] = _verifyBallot(proofs[i].merkleTreeRoot, proofs[i]) == bytes4(0);
        }
    }

    /// @notice Semaphore's keys for these depths (each 1..32) as the batch verifier loads them.
    function semaphoreKeys(uint256[] calldata depths) external view returns (Groth16Batch.Keys memory) {
        return _semaphoreKeys(depths);
    }

    /// @dev The proofs of a supported depth in one batch, and each proof's position plus one (0: left out).
    function _collect(
        ISemaphore.SemaphoreProof[] calldata proofs
    ) private pure returns (BallotBatch memory batch, uint256[] memory positions) {
        batch = _newBallotBatch(proofs.length);
        positions = new uint256[](proofs.length);
        for (uint256 i = 0; i < proofs.length; ++i) {
            if (_checkTree(proofs[i].merkleTreeRoot, proofs[i]) != bytes4(0)) continue;
            positions[i] = _addBallot(batch, proofs[i], Ballots.semaphoreHash(proofs[i].scope)) + 1;
        }
    }

    function _byProof(bool[] memory byPosition, uint256[] memory positions) private pure returns (bool[] memory valid) {
        valid = new bool[](positions.length);
        for (uint256 i = 0; i < positions.length; ++i) {
            valid[i] = positions[i] != 0 && byPosition[positions[i] - 1];
        }
    }
}
