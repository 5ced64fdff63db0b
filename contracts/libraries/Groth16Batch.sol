// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @dev BN254's base field: every coordinate of a curve point is below it.
uint256 constant BN254_BASE_FIELD = 21888242871839275222246405745257275088696311157297823662689037894645226208583;
/// @dev BN254's scalar field (the order of G1, G2 and the pairing's target group): public inputs live below it.
uint256 constant BN254_SCALAR_FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

/// @title Groth16Batch
/// @notice Verifies many Groth16 proofs over BN254 in one pairing check, by a random linear combination
/// with Fiat–Shamir coefficients, and names the bad ones when the combination fails. Generic over the
/// verification key and the number of public inputs. docs/batch-verification.md gives the equation,
/// the soundness bound and where each check lives; the comments here say how the code follows it.
/// @dev Memory is laid out for the precompiles (EIP-196/197): a G1 point is (x, y), a G2 point is
/// (x.c1, x.c0, y.c1, y.c0), imaginary parts first, as snarkjs's Solidity verifiers write them.
library Groth16Batch {
    /// @notice Words of a proof before its public inputs: key index, A (2), B (4), C (2).
    uint256 internal constant PROOF_HEADER_WORDS = 9;

    /// @dev Separates these coefficients from any other hash of the same words.
    bytes32 private constant DOMAIN = "ballotbox.groth16-batch.v1";
    /// @dev Bytes of one pairing-precompile pair: a G1 point and a G2 point.
    uint256 private constant PAIR_BYTES = 0xc0;
    /// @dev The pairing precompile's price since Istanbul (EIP-1108): base plus per pair.
    uint256 private constant PAIRING_BASE_GAS = 45_000;
    uint256 private constant PAIRING_PER_PAIR_GAS = 34_000;

    /// @notice Verification keys that share α, β and γ, as every circuit set up from one Powers of Tau
    /// by snarkjs does (γ is G2's generator, α and β come from the ptau), e.g. Semaphore's 32 depths.
    /// @param alpha α in G1.
    /// @param beta β in G2.
    /// @param gamma γ in G2.
    /// @param deltaAndIc Per key: δ (4 words), then IC_0 … IC_n (2 words each) for n public inputs.
    struct Keys {
        uint256[2] alpha;
        uint256[4] beta;
        uint256[4] gamma;
        uint256[][] deltaAndIc;
    }

    /// @notice Proofs to verify together.
    /// @param keys The keys the proofs are checked against.
    /// @param inputCount Public inputs per proof (n, the same for every key).
    /// @param count How many proofs `proofs` holds (it may have room for more).
    /// @param proofs `count` proofs of PROOF_HEADER_WORDS + inputCount words each: the index of its key in
    /// `keys.deltaAndIc`, A.x, A.y, B (4 words), C.x, C.y, then its public inputs.
    struct Batch {
        Keys keys;
        uint256 inputCount;
        uint256 count;
        uint256[] proofs;
    }

    /// @dev Memory one verification works in; pointers are to the first word of each area.
    /// @param stride Words per proof in Batch.proofs.
    /// @param candidates Well-formed proofs (K): only they enter the equation.
    /// @param index The proof (its index in the batch) of each candidate.
    /// @param pairs K + D + 2 pairs: (r·A, B) for each candidate, then room for a check's closing pairs.
    /// @param rc r·C for each candidate.
    /// @param sums Per key, over the candidates of the range being checked: whether there are any (1 or
    /// 0), Σ r, and Σ r·x_j for j = 1..n.
    /// @param accumulators Per key: Σ r·C over the range being checked.
    /// @param saved Room for the pairs a sub-range's closing pairs overwrite.
    struct Work {
        uint256 stride;
        uint256 candidates;
        uint256 index;
        uint256 pairs;
        uint256 rc;
        uint256 sums;
        uint256 accumulators;
        uint256 saved;
    }

    /// @notice Whether each proof of the batch is valid, with coefficients derived from the batch.
    /// @dev A batch whose proofs are all valid costs one pairing check; the fallback only runs when
    /// that check fails (see {verifyWith}).
    function verify(Batch memory batch) internal view returns (bool[] memory valid) {
        return verifyWith(batch, coefficients(batch));
    }

    /// @notice The Fiat–Shamir coefficients of a batch: r_0 = 1, and r_i (i ≥ 1) the top 128 bits of
    /// keccak256(seed, i), where the seed hashes the domain, the chain, this contract, the keys, and every
    /// word of every proof (public inputs included). Never block data: the submitter could choose it.
    function coefficients(Batch memory batch) internal view returns (uint256[] memory r) {
        uint256 count = batch.count;
        uint256[] memory proofs = batch.proofs;
        uint256 words = count * (PROOF_HEADER_WORDS + batch.inputCount);
        assert(words <= proofs.length);
        bytes32 proofsHash;
        assembly ("memory-safe") {
            proofsHash := keccak256(add(proofs, 0x20), mul(words, 0x20))
        }
        bytes32 seed = keccak256(
            abi.encode(DOMAIN, block.chainid, address(this), _keysHash(batch.keys), batch.inputCount, count, proofsHash)
        );
        r = new uint256[](count);
        assembly ("memory-safe") {
            if count {
                mstore(add(r, 0x20), 1)
            }
            mstore(0, seed)
            for {
                let i := 1
            } lt(i, count) {
                i := add(i, 1)
            } {
                mstore(0x20, i)
                let coefficient := shr(128, keccak256(0, 0x40))
                // Zero would drop the proof from the check (probability 2^-128).
                mstore(add(r, add(0x20, mul(i, 0x20))), add(coefficient, iszero(coefficient)))
            }
        }
    }

    /// @notice Whether each proof is valid, with the given coefficients (one per proof). Sound only
    /// with coefficients the proofs' author could not know: use {verify}; this is for tests.
    /// @dev Malformed proofs are invalid and left out. The rest are checked together; if that fails,
    /// the ranges that hold bad proofs are bisected with the same coefficients and products (see
    /// {_bisect}) until each bad proof is named.
    function verifyWith(Batch memory batch, uint256[] memory r) internal view returns (bool[] memory valid) {
        uint256 count = batch.count;
        assert(r.length == count && count * (PROOF_HEADER_WORDS + batch.inputCount) <= batch.proofs.length);
        for (uint256 k = 0; k < batch.keys.deltaAndIc.length; ++k) {
            // δ, then IC_0 … IC_n.
            assert(batch.keys.deltaAndIc[k].length == 6 + 2 * batch.inputCount);
        }
        valid = new bool[](count);
        Work memory work = _prepare(batch, r);
        if (work.candidates == 0) return valid;
        if (_holds(batch, r, work, 0, work.candidates)) {
            _markValid(work, 0, work.candidates, valid);
        } else {
            _bisect(batch, r, work, 0, work.candidates, valid);
        }
    }

    /// @dev Allocates the work areas, leaves out malformed proofs, and writes (r·A, B) and r·C for the
    /// others (the candidates): the per-proof scalar multiplications, done once for the fast path and
    /// any fallback.
    function _prepare(Batch memory batch, uint256[] memory r) private view returns (Work memory work) {
        uint256 count = batch.count;
        uint256 keyCount = batch.keys.deltaAndIc.length;
        uint256 inputCount = batch.inputCount;
        work.stride = PROOF_HEADER_WORDS + inputCount;
        work.index = _allocate(count);
        work.pairs = _allocate((count + keyCount + 2) * 6);
        work.rc = _allocate(count * 2);
        work.sums = _allocate(keyCount * (inputCount + 2));
        work.accumulators = _allocate(keyCount * 2);
        work.saved = _allocate((keyCount + 2) * 6);
        work.candidates = _selectCandidates(batch, work);
        _multiply(batch, r, work);
    }

    /// @dev Writes the index of every well-formed proof into `work.index` and returns how many there
    /// are. Well-formed: its key exists, its 8 coordinates are below the base field, A and C are on the
    /// curve (so in G1, whose cofactor is 1; the point at infinity is refused), and its inputs are below
    /// the scalar field (the sums are taken mod r: an input x + r would verify as x). B's membership of
    /// the twist and of G2 is left to the pairing precompile, which refuses points outside G2 (EIP-197):
    /// the check then fails, and the fallback names the proof.
    function _selectCandidates(Batch memory batch, Work memory work) private pure returns (uint256 candidates) {
        uint256 count = batch.count;
        uint256 keyCount = batch.keys.deltaAndIc.length;
        uint256 inputCount = batch.inputCount;
        uint256 stride = work.stride;
        uint256 index = work.index;
        uint256[] memory proofs = batch.proofs;
        assembly ("memory-safe") {
            function onCurve(x, y) -> ok {
                let q := BN254_BASE_FIELD
                ok := eq(mulmod(y, y, q), addmod(mulmod(mulmod(x, x, q), x, q), 3, q))
            }
            function canonical(p) -> ok {
                let q := BN254_BASE_FIELD
                let a := and(and(lt(mload(add(p, 0x20)), q), lt(mload(add(p, 0x40)), q)), lt(mload(add(p, 0x60)), q))
                let b := and(and(lt(mload(add(p, 0x80)), q), lt(mload(add(p, 0xa0)), q)), lt(mload(add(p, 0xc0)), q))
                ok := and(and(a, b), and(lt(mload(add(p, 0xe0)), q), lt(mload(add(p, 0x100)), q)))
            }
            function inField(p, inputs) -> ok {
                ok := 1
                for {
                    let at := add(p, 0x120)
                    let end := add(at, mul(inputs, 0x20))
                } lt(at, end) {
                    at := add(at, 0x20)
                } {
                    ok := and(ok, lt(mload(at), BN254_SCALAR_FIELD))
                }
            }
            for {
                let i := 0
            } lt(i, count) {
                i := add(i, 1)
            } {
                let p := add(add(proofs, 0x20), mul(i, mul(stride, 0x20)))
                // Every coordinate is checked before a point is tested.
                if and(and(lt(mload(p), keyCount), canonical(p)), inField(p, inputCount)) {
                    if and(
                        onCurve(mload(add(p, 0x20)), mload(add(p, 0x40))),
                        onCurve(mload(add(p, 0xe0)), mload(add(p, 0x100)))
                    ) {
                        mstore(add(index, mul(candidates, 0x20)), i)
                        candidates := add(candidates, 1)
                    }
                }
            }
        }
    }

    /// @dev For each candidate: (r·A, B) into the pairs and r·C into `rc` (no multiplication for r = 1).
    function _multiply(Batch memory batch, uint256[] memory r, Work memory work) private view {
        uint256 stride = work.stride;
        uint256 candidates = work.candidates;
        uint256 index = work.index;
        uint256 pairs = work.pairs;
        uint256 rc = work.rc;
        uint256[] memory proofs = batch.proofs;
        assembly ("memory-safe") {
            // [s](x, y) into out; the points are on the curve, so only running out of gas fails it.
            function multiply(x, y, s, out) {
                let input := mload(0x40)
                mstore(input, x)
                mstore(add(input, 0x20), y)
                mstore(add(input, 0x40), s)
                if iszero(staticcall(gas(), 0x07, input, 0x60, out, 0x40)) {
                    revert(0, 0)
                }
            }
            for {
                let k := 0
            } lt(k, candidates) {
                k := add(k, 1)
            } {
                let i := mload(add(index, mul(k, 0x20)))
                let p := add(add(proofs, 0x20), mul(i, mul(stride, 0x20)))
                let pair := add(pairs, mul(k, PAIR_BYTES))
                let rC := add(rc, mul(k, 0x40))
                let coefficient := mload(add(r, add(0x20, mul(i, 0x20))))
                switch coefficient
                case 1 {
                    mcopy(pair, add(p, 0x20), 0x40)
                    mcopy(rC, add(p, 0xe0), 0x40)
                }
                default {
                    multiply(mload(add(p, 0x20)), mload(add(p, 0x40)), coefficient, pair)
                    multiply(mload(add(p, 0xe0)), mload(add(p, 0x100)), coefficient, rC)
                }
                mcopy(add(pair, 0x40), add(p, 0x60), 0x80)
            }
        }
    }

    /// @dev Whether the batch equation holds for candidates [lo, hi): their pairs (r·A, B), then one
    /// (−Σ r·C, δ) per key used, (−X, γ) and (−(Σ r)·α, β), in one pairing call. The closing pairs are
    /// written right after the range's pairs; those they overwrite (a sub-range's followers) are saved
    /// and put back.
    function _holds(
        Batch memory batch,
        uint256[] memory r,
        Work memory work,
        uint256 lo,
        uint256 hi
    ) private view returns (bool ok) {
        _sum(batch, r, work, lo, hi);
        uint256 closing = work.pairs + hi * PAIR_BYTES;
        uint256 savedBytes = (batch.keys.deltaAndIc.length + 2) * PAIR_BYTES;
        bool restore = hi < work.candidates;
        if (restore) _copy(work.saved, closing, savedBytes);
        uint256 closingPairs = _writeClosingPairs(batch, work, closing);
        uint256 start = work.pairs + lo * PAIR_BYTES;
        uint256 pairCount = hi - lo + closingPairs;
        uint256 length = pairCount * PAIR_BYTES;
        // A B outside G2 (or off the twist) makes the precompile fail, and a failing precompile
        // consumes all the gas it is given: so it is given its price (EIP-1108) and a third more, as
        // Semaphore's verifier does, never the whole transaction's gas.
        uint256 stipend = ((PAIRING_BASE_GAS + PAIRING_PER_PAIR_GAS * pairCount) * 4) / 3;
        assembly ("memory-safe") {
            let out := mload(0x40)
            mstore(out, 0)
            // Two statements: Yul evaluates arguments right to left.
            let success := staticcall(stipend, 0x08, start, length, out, 0x20)
            ok := and(success, eq(mload(out), 1))
        }
        if (restore) _copy(closing, work.saved, savedBytes);
    }

    /// @dev Per key, over candidates [lo, hi): whether it has any, Σ r and Σ r·x_j (mod the scalar
    /// field) into `sums`, and Σ r·C into `accumulators`.
    function _sum(Batch memory batch, uint256[] memory r, Work memory work, uint256 lo, uint256 hi) private view {
        // Struct fields by offset (stack space is short): batch = (keys, inputCount, count, proofs),
        // keys = (alpha, beta, gamma, deltaAndIc), work = (stride, candidates, index, pairs, rc, sums,
        // accumulators, saved).
        assembly ("memory-safe") {
            function addInputs(s, p, coefficient, inputCount) {
                for {
                    let x := add(p, 0x120)
                    let end := add(x, mul(inputCount, 0x20))
                    let at := add(s, 0x40)
                } lt(x, end) {
                    x := add(x, 0x20)
                    at := add(at, 0x20)
                } {
                    mstore(at, addmod(mload(at), mulmod(coefficient, mload(x), BN254_SCALAR_FIELD), BN254_SCALAR_FIELD))
                }
            }
            function addPoint(accumulator, point) {
                let input := mload(0x40)
                mcopy(input, accumulator, 0x40)
                mcopy(add(input, 0x40), point, 0x40)
                if iszero(staticcall(gas(), 0x06, input, 0x80, accumulator, 0x40)) {
                    revert(0, 0)
                }
            }

            let inputCount := mload(add(batch, 0x20))
            let sumBytes := mul(add(inputCount, 2), 0x20)
            let keyCount := mload(mload(add(mload(batch), 0x60)))
            // Zeroes: calldata reads past its end give zeros.
            calldatacopy(mload(add(work, 0xa0)), calldatasize(), mul(keyCount, sumBytes))
            calldatacopy(mload(add(work, 0xc0)), calldatasize(), mul(keyCount, 0x40))
            for {
                let k := lo
            } lt(k, hi) {
                k := add(k, 1)
            } {
                let i := mload(add(mload(add(work, 0x40)), mul(k, 0x20)))
                let p := add(add(mload(add(batch, 0x60)), 0x20), mul(i, mul(mload(work), 0x20)))
                let coefficient := mload(add(r, add(0x20, mul(i, 0x20))))
                let s := add(mload(add(work, 0xa0)), mul(mload(p), sumBytes))
                mstore(s, 1)
                mstore(add(s, 0x20), addmod(mload(add(s, 0x20)), coefficient, BN254_SCALAR_FIELD))
                addInputs(s, p, coefficient, inputCount)
                addPoint(add(mload(add(work, 0xc0)), mul(mload(p), 0x40)), add(mload(add(work, 0x80)), mul(k, 0x40)))
            }
        }
    }

    /// @dev Writes the closing pairs of a check at `at`, from `sums` and `accumulators`: one (−Σ r·C, δ)
    /// per key with candidates in the range, then (−X, γ) with X = Σ_keys (Σ r·IC_0 + Σ_j (Σ r·x_j)·IC_j),
    /// then (−(Σ r)·α, β). Returns how many pairs it wrote.
    function _writeClosingPairs(Batch memory batch, Work memory work, uint256 at) private view returns (uint256 pairs) {
        Keys memory keys = batch.keys;
        uint256 sumBytes = (batch.inputCount + 2) * 0x20;
        uint256 x = _zeroPoint();
        uint256 alphaScalar;
        for (uint256 k = 0; k < keys.deltaAndIc.length; ++k) {
            uint256 s = work.sums + k * sumBytes;
            if (_word(s) == 0) continue;
            alphaScalar = addmod(alphaScalar, _word(s + 0x20), BN254_SCALAR_FIELD);
            uint256[] memory key = keys.deltaAndIc[k];
            uint256 ic;
            assembly ("memory-safe") {
                ic := add(key, 0xa0)
            }
            // IC_0 takes Σ r, IC_j takes Σ r·x_j: the words after the flag, in order.
            for (uint256 j = 0; j <= batch.inputCount; ++j) {
                _multiplyAdd(x, ic + j * 0x40, _word(s + 0x20 + j * 0x20));
            }
            _writeNegatedPair(at + pairs * PAIR_BYTES, work.accumulators + k * 0x40, _pointer(key) + 0x20);
            ++pairs;
        }
        _writeNegatedPair(at + pairs * PAIR_BYTES, x, _pointer(keys.gamma));
        uint256 alpha = _zeroPoint();
        _multiplyAdd(alpha, _pointer(keys.alpha), alphaScalar);
        _writeNegatedPair(at + (pairs + 1) * PAIR_BYTES, alpha, _pointer(keys.beta));
        pairs += 2;
    }

    /// @dev Writes the pair (−p, q) at `pair`, for a G1 point p and a G2 point q in memory. −(x, y) is
    /// (x, q − y), and the point at infinity (0, 0) stays (0, 0).
    function _writeNegatedPair(uint256 pair, uint256 p, uint256 q) private pure {
        assembly ("memory-safe") {
            mstore(pair, mload(p))
            mstore(add(pair, 0x20), mod(sub(BN254_BASE_FIELD, mload(add(p, 0x20))), BN254_BASE_FIELD))
            mcopy(add(pair, 0x40), q, 0x80)
        }
    }

    /// @dev Candidates [lo, hi) do not hold together: names their bad proofs (leaves them invalid)
    /// and marks the others valid. Checks the first half; if it holds, the second half is known not to
    /// hold and is bisected without a check; otherwise both halves are checked. A single proof known
    /// not to hold is bad. Same coefficients and products throughout (see the docs for the bound).
    function _bisect(
        Batch memory batch,
        uint256[] memory r,
        Work memory work,
        uint256 lo,
        uint256 hi,
        bool[] memory valid
    ) private view {
        if (hi - lo == 1) return;
        uint256 middle = lo + (hi - lo) / 2;
        if (_holds(batch, r, work, lo, middle)) {
            _markValid(work, lo, middle, valid);
        } else {
            _bisect(batch, r, work, lo, middle, valid);
            if (_holds(batch, r, work, middle, hi)) {
                _markValid(work, middle, hi, valid);
                return;
            }
        }
        _bisect(batch, r, work, middle, hi, valid);
    }

    /// @dev Marks the proofs of candidates [lo, hi) valid.
    function _markValid(Work memory work, uint256 lo, uint256 hi, bool[] memory valid) private pure {
        uint256 index = work.index;
        // Every index is a proof's, below valid.length (see _prepare).
        assembly ("memory-safe") {
            for {
                let k := add(index, mul(lo, 0x20))
                let end := add(index, mul(hi, 0x20))
            } lt(k, end) {
                k := add(k, 0x20)
            } {
                mstore(add(valid, add(0x20, mul(mload(k), 0x20))), 1)
            }
        }
    }

    /// @dev keccak256 of every key word: α, β, γ, then the hash of each key's δ and IC.
    function _keysHash(Keys memory keys) private pure returns (bytes32) {
        uint256 keyCount = keys.deltaAndIc.length;
        bytes32[] memory hashes = new bytes32[](keyCount);
        for (uint256 k = 0; k < keyCount; ++k) {
            hashes[k] = keccak256(abi.encodePacked(keys.deltaAndIc[k]));
        }
        return keccak256(abi.encodePacked(keys.alpha, keys.beta, keys.gamma, hashes));
    }

    /// @dev sum += [scalar]point, for G1 points in memory (2 words each; (0, 0) is the point at
    /// infinity). Skips the multiplication for scalars 0 and 1.
    function _multiplyAdd(uint256 sum, uint256 point, uint256 scalar) private view {
        if (scalar == 0) return;
        assembly ("memory-safe") {
            let input := mload(0x40)
            mcopy(input, sum, 0x40)
            switch scalar
            case 1 {
                mcopy(add(input, 0x40), point, 0x40)
            }
            default {
                mcopy(add(input, 0x40), point, 0x40)
                mstore(add(input, 0x80), scalar)
                if iszero(staticcall(gas(), 0x07, add(input, 0x40), 0x60, add(input, 0x40), 0x40)) {
                    revert(0, 0)
                }
            }
            if iszero(staticcall(gas(), 0x06, input, 0x80, sum, 0x40)) {
                revert(0, 0)
            }
        }
    }

    /// @dev A fresh point at infinity (0, 0) in memory.
    function _zeroPoint() private pure returns (uint256 point) {
        point = _allocate(2);
        assembly ("memory-safe") {
            mstore(point, 0)
            mstore(add(point, 0x20), 0)
        }
    }

    /// @dev `words` words of fresh memory (not zeroed), as a pointer to the first.
    function _allocate(uint256 words) private pure returns (uint256 pointer) {
        assembly ("memory-safe") {
            pointer := mload(0x40)
            mstore(0x40, add(pointer, mul(words, 0x20)))
        }
    }

    function _pointer(uint256[2] memory point) private pure returns (uint256 pointer) {
        assembly ("memory-safe") {
            pointer := point
        }
    }

    function _pointer(uint256[4] memory point) private pure returns (uint256 pointer) {
        assembly ("memory-safe") {
            pointer := point
        }
    }

    function _pointer(uint256[] memory words) private pure returns (uint256 pointer) {
        assembly ("memory-safe") {
            pointer := words
        }
    }

    function _word(uint256 pointer) private pure returns (uint256 value) {
        assembly ("memory-safe") {
            value := mload(pointer)
        }
    }

    function _copy(uint256 to, uint256 from, uint256 bytes_) private pure {
        assembly ("memory-safe") {
            mcopy(to, from, bytes_)
        }
    }
}
