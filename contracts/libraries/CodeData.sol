// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Reads `words` words at byte `offset` of `data`'s code: constants kept as the code of a data contract
/// (Solady's SSTORE2 pattern), such as verification keys too large for the code of the contract that uses them.
/// An EXTCODECOPY costs about 2.6k gas cold plus 3 gas a word; reading past the code gives zeros.
function readCodeWords(address data, uint256 offset, uint256 words) view returns (uint256[] memory values) {
    values = new uint256[](words);
    assembly ("memory-safe") {
        extcodecopy(data, add(values, 0x20), offset, mul(words, 0x20))
    }
}
