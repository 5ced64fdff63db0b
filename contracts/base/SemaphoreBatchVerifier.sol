// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";
import {MAX_DEPTH} from "@semaphore-protocol/contracts/base/Constants.sol";
import {Groth16Batch} from "../libraries/Groth16Batch.sol";
import {Ballots} from "../libraries/Ballots.sol";
import {SemaphoreBallotVerifier} from "./SemaphoreBallotVerifier.sol";
import {
    SemaphoreVerificationKeys,
    readSemaphoreDepthKey,
    SEMAPHORE_ALPHA_X,
    SEMAPHORE_ALPHA_Y,
    SEMAPHORE_BETA_X1,
    SEMAPHORE_BETA_X2,
    SEMAPHORE_BETA_Y1,
    SEMAPHORE_BETA_Y2,
    SEMAPHORE_GAMMA_X1,
    SEMAPHORE_GAMMA_X2,
    SEMAPHORE_GAMMA_Y1,
    SEMAPHORE_GAMMA_Y2
} from "./SemaphoreVerificationKeys.sol";

/// @title SemaphoreBatchVerifier
/// @notice Verifies many Semaphore v4 proofs at once with {Groth16Batch}, against the same keys as
/// Semaphore's own verifier; mixed tree depths cost one pair (and one key read) more per extra depth.
/// See docs/batch-verification.md.
/// @dev Collects proofs into a batch (their public signals computed as Semaphore's verifier does),
/// loads the keys of the depths present once, and returns each proof's validity. The caller checks
/// depth and root first ({SemaphoreBallotVerifier-_checkTree}); Groth16Batch checks the encodings.
abstract contract SemaphoreBatchVerifier is SemaphoreBallotVerifier {
    /// @dev A proof in a batch: key index, A, B, C, then the public signals [merkleTreeRoot, nullifier,
    /// hash(message), hash(scope)].
    uint256 private constant SEMAPHORE_INPUTS = 4;
    uint256 private constant PROOF_WORDS = 13;

    /// @notice The {SemaphoreVerificationKeys} data contract, deployed by this contract's constructor.
    address public immutable verificationKeys;

    /// @dev Proofs being collected. Keys are numbered by first appearance of their depth: keyOfDepth[d]
    /// is depth d's key index plus one (0: no proof of that depth yet), depthOfKey[k] the depth of key k.
    struct BallotBatch {
        Groth16Batch.Batch proofs;
        uint256[MAX_DEPTH + 1] keyOfDepth;
        uint256[MAX_DEPTH] depthOfKey;
        uint256 keyCount;
    }

    constructor() {
        verificationKeys = address(new SemaphoreVerificationKeys());
    }

    /// @dev An empty batch with room for `capacity` proofs.
    function _newBallotBatch(uint256 capacity) internal pure returns (BallotBatch memory batch) {
        batch.proofs.inputCount = SEMAPHORE_INPUTS;
        batch.proofs.proofs = new uint256[](capacity * PROOF_WORDS);
    }

    /// @dev Adds a proof whose depth is 1..32; `scopeHash` is `Ballots.semaphoreHash(proof.scope)` (a poll's
    /// ballots share it). Returns the proof's position in the batch.
    function _addBallot(
        BallotBatch memory batch,
        ISemaphore.SemaphoreProof calldata proof,
        uint256 scopeHash
    ) internal pure returns (uint256 position) {
        position = batch.proofs.count;
        uint256[] memory proofs = batch.proofs.proofs;
        assert(position < proofs.length / PROOF_WORDS);
        uint256 depth = proof.merkleTreeDepth;
        uint256 key = batch.keyOfDepth[depth];
        // Counts below the batch's capacity and MAX_DEPTH: no overflow.
        unchecked {
            batch.proofs.count = position + 1;
            if (key == 0) {
                batch.depthOfKey[batch.keyCount] = depth;
                key = ++batch.keyCount;
                batch.keyOfDepth[depth] = key;
            }
        }
        uint256 messageHash = Ballots.semaphoreHash(proof.message);
        assembly ("memory-safe") {
            let p := add(add(proofs, 0x20), mul(position, mul(PROOF_WORDS, 0x20)))
            mstore(p, sub(key, 1))
            // The packed points are A, B (imaginary parts first) and C, as the precompiles take them.
            calldatacopy(add(p, 0x20), add(proof, 0xa0), 0x100)
            mstore(add(p, 0x120), calldataload(add(proof, 0x20)))
            mstore(add(p, 0x140), calldataload(add(proof, 0x40)))
            mstore(add(p, 0x160), messageHash)
            mstore(add(p, 0x180), scopeHash)
        }
    }

    /// @dev Whether each proof of the batch is valid, by position.
    function _verifyBallots(BallotBatch memory batch) internal view returns (bool[] memory valid) {
        if (batch.proofs.count == 0) return new bool[](0);
        return Groth16Batch.verify(_withKeys(batch));
    }

    /// @dev The batch ready for {Groth16Batch}: the keys of its depths, in order of first appearance.
    function _withKeys(BallotBatch memory batch) internal view returns (Groth16Batch.Batch memory proofs) {
        proofs = batch.proofs;
        uint256[] memory depths = new uint256[](batch.keyCount);
        for (uint256 k = 0; k < depths.length; ++k) {
            depths[k] = batch.depthOfKey[k];
        }
        proofs.keys = _semaphoreKeys(depths);
    }

    /// @dev Semaphore's keys for these depths (each 1..32), one EXTCODECOPY per depth.
    function _semaphoreKeys(uint256[] memory depths) internal view returns (Groth16Batch.Keys memory keys) {
        keys.alpha = [SEMAPHORE_ALPHA_X, SEMAPHORE_ALPHA_Y];
        keys.beta = [SEMAPHORE_BETA_X1, SEMAPHORE_BETA_X2, SEMAPHORE_BETA_Y1, SEMAPHORE_BETA_Y2];
        keys.gamma = [SEMAPHORE_GAMMA_X1, SEMAPHORE_GAMMA_X2, SEMAPHORE_GAMMA_Y1, SEMAPHORE_GAMMA_Y2];
        keys.deltaAndIc = new uint256[][](depths.length);
        for (uint256 k = 0; k < depths.length; ++k) {
            keys.deltaAndIc[k] = readSemaphoreDepthKey(verificationKeys, depths[k]);
        }
    }
}
