// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {SemaphoreVerifierKeyPts} from "@semaphore-protocol/contracts/base/SemaphoreVerifierKeyPts.sol";
import {MAX_DEPTH} from "@semaphore-protocol/contracts/base/Constants.sol";
import {readCodeWords} from "../libraries/CodeData.sol";

// α, β and γ of every Semaphore v4 key, copied from @semaphore-protocol/contracts 4.14.3
// base/SemaphoreVerifier.sol (alphax … gammay2), where they are internal constants. A test checks them,
// and δ and IC of every depth, against the @zk-kit/semaphore-artifacts keys the proofs are made with.
uint256 constant SEMAPHORE_ALPHA_X = 16428432848801857252194528405604668803277877773566238944394625302971855135431;
uint256 constant SEMAPHORE_ALPHA_Y = 16846502678714586896801519656441059708016666274385668027902869494772365009666;
uint256 constant SEMAPHORE_BETA_X1 = 3182164110458002340215786955198810119980427837186618912744689678939861918171;
uint256 constant SEMAPHORE_BETA_X2 = 16348171800823588416173124589066524623406261996681292662100840445103873053252;
uint256 constant SEMAPHORE_BETA_Y1 = 4920802715848186258981584729175884379674325733638798907835771393452862684714;
uint256 constant SEMAPHORE_BETA_Y2 = 19687132236965066906216944365591810874384658708175106803089633851114028275753;
uint256 constant SEMAPHORE_GAMMA_X1 = 11559732032986387107991004021392285783925812861821192530917403151452391805634;
uint256 constant SEMAPHORE_GAMMA_X2 = 10857046999023057135944570762232829481370756359578518086990519993285655852781;
uint256 constant SEMAPHORE_GAMMA_Y1 = 4082367875863433681332203403145435568316851327593401208105741076214120093531;
uint256 constant SEMAPHORE_GAMMA_Y2 = 8495653923123431417604973247489272438418190587263600148770280649306958101930;

/// @dev Words of key points per depth in `SemaphoreVerifierKeyPts`: δ (4), then IC_0 … IC_4 (2 each).
uint256 constant SEMAPHORE_DEPTH_KEY_WORDS = 14;

/// @title SemaphoreVerificationKeys
/// @notice A data contract: its code is a zero byte (so that calling it stops at once) followed by the
/// key points of every Semaphore v4 depth, 1 to 32, as `SemaphoreVerifierKeyPts.getPts` gives them to
/// Semaphore's own verifier. {SemaphoreBatchVerifier} reads one depth with EXTCODECOPY.
/// @dev Not a contract with a getter: `getPts` copies all 14 KB of points into memory on every call,
/// and the points do not fit in Ballotbox's own code next to everything else. As code of their own,
/// one depth costs an EXTCODECOPY of 448 bytes (about 2.7k gas cold), the pattern of Solady's SSTORE2.
contract SemaphoreVerificationKeys {
    constructor() {
        uint256 depthBytes = SEMAPHORE_DEPTH_KEY_WORDS * 32;
        bytes memory code = new bytes(1 + MAX_DEPTH * depthBytes);
        for (uint256 depth = 1; depth <= MAX_DEPTH; ++depth) {
            uint256 freeMemory;
            assembly ("memory-safe") {
                freeMemory := mload(0x40)
            }
            uint256[SEMAPHORE_DEPTH_KEY_WORDS] memory points = SemaphoreVerifierKeyPts.getPts(depth);
            uint256 at = 1 + (depth - 1) * depthBytes;
            assembly ("memory-safe") {
                mcopy(add(add(code, 0x20), at), points, depthBytes)
                // getPts copied all the points into memory: give that memory back before the next call.
                mstore(0x40, freeMemory)
            }
        }
        assembly ("memory-safe") {
            return(add(code, 0x20), mload(code))
        }
    }
}

/// @notice Reads depth `depth`'s δ and IC (SEMAPHORE_DEPTH_KEY_WORDS words) from a
/// {SemaphoreVerificationKeys} contract. The caller checks 1 <= depth <= MAX_DEPTH.
function readSemaphoreDepthKey(address keys, uint256 depth) view returns (uint256[] memory) {
    return readCodeWords(keys, 1 + (depth - 1) * SEMAPHORE_DEPTH_KEY_WORDS * 32, SEMAPHORE_DEPTH_KEY_WORDS);
}
