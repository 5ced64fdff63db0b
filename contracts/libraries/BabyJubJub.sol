// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title BabyJubJub
/// @notice Arithmetic on BabyJubJub as circomlib and `@zk-kit/baby-jubjub` define it: the twisted Edwards curve
/// A·x² + y² = 1 + D·x²·y² over F_P, P being BN254's scalar field (so circuits on BN254 do this curve's arithmetic
/// natively), with the generator G = Base8 of the subgroup of prime order ORDER = l; the whole group has order 8·l
/// and O = (0, 1) is its identity. Written for the sealed polls of docs/sealed-ballots.md: on-curve and subgroup
/// checks of trustees' points, the Feldman checks (Horner's rule in a trustee's index), the encrypted tally (sums
/// converted back together) and the tally check m·G + Σ λₕ·Dₕ = C (Straus multi-scalar multiplication).
///
/// Points are affine (x, y) at the API, in multi-point arguments flattened as x₀, y₀, x₁, y₁, … Arithmetic reads
/// coordinates mod P and never checks that a point is on the curve: validate untrusted points with {isOnCurve}
/// (which also refuses coordinates ≥ P) or {inSubgroup} first. Off-curve inputs give meaningless outputs, never a
/// revert. The addition law is complete (A is a square mod P, D is not), so no input needs a special case: O, P + P,
/// P + (−P) and the points of small order all go through the same formulas.
///
/// @dev Gas, measured with eth_estimateGas through contracts/test/BabyJubJubHarness.sol on Hardhat's in-process
/// network (hardfork Osaka, whose EIP-7883 prices the modexp inversion at 4,048 gas + the call), as the whole call
/// less a call of the same calldata that does nothing:
///
/// (to be measured)
///
/// How the gas is kept down, each explained where it is done:
/// - no inversion until a point leaves the library: extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z,
///   T = XY/Z (Hisil, Wong, Carter, Dawson 2008), one modexp per point returned, one for a whole batch
///   ({toAffineBatch}, Montgomery's trick), none for the checks that only compare ({inSubgroup},
///   {multiScalarEquals}, {equals});
/// - inside, points live on the isomorphic curve −u² + v² = 1 + d′·u²·v² (u = S·x with S² = −A, v = y,
///   d′ = −D/A), where those authors' fastest formulas apply: 8 multiplications per addition and per doubling,
///   7 for a doubling whose T nobody reads, against 10 and 9 with BabyJubJub's own A;
/// - lazy reduction: P < 2²⁵⁴, so sums of a few reduced values fit in a word and go into `mulmod` unreduced; only
///   `mulmod`'s outputs (always < P) are stored;
/// - fixed windows whose width follows the largest scalar's bit length, so that short scalars pay for short loops;
/// - a comb table for G ({mulBase}), precomputed here.
library BabyJubJub {
    /// @notice The field of the coordinates: BN254's scalar field.
    uint256 internal constant P = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice l, the prime order of the subgroup G generates (251 bits).
    uint256 internal constant ORDER = 2736030358979909402780800718157159386076813972158567259200215660948447373041;
    /// @notice The curve's coefficients: A·x² + y² = 1 + D·x²·y².
    uint256 internal constant A = 168700;
    uint256 internal constant D = 168696;
    /// @notice G: circomlib's and zk-kit's Base8, a generator of the subgroup of order l.
    uint256 internal constant BASE_X = 5299619240641551281634865583518297030282874472190772894086521144482721001553;
    uint256 internal constant BASE_Y = 16950150798460657717958625567821834550301663161624707787222815936182638968203;

    /// @dev S = √−A mod P (the smaller root): u = S·x maps a point to the internal curve −u² + v² = 1 + d′u²v².
    uint256 private constant S = 6360561867910373094066688120553762416144456282423235903351243436111059670888;
    /// @dev P − S: maps a point and negates it at once, for a negative scalar's term (−(x, y) = (−x, y)).
    uint256 private constant S_NEG = 15527681003928902128179717624703512672403908117992798440346960750464748824729;
    /// @dev 2·d′ = −2D/A mod P, the constant of the addition formula (T₁·2d′·T₂); cached points hold 2d′·T.
    uint256 private constant K = 2475045175004185027501911298141836274980133961483913877536377848625489762075;
    /// @dev Fermat's exponent: z^(P − 2) = 1/z.
    uint256 private constant P_MINUS_2 = 21888242871839275222246405745257275088548364400416034343698204186575808495615;

    /// @notice `points` must hold two words (x, y) per point.
    error OddPointWords(uint256 words);
    /// @notice `points` and `scalars` must describe as many terms.
    error LengthMismatch(uint256 points, uint256 scalars);
    /// @notice {mulSmall} and {horner} take k, x < 2⁶⁴.
    error ScalarTooLarge(uint256 scalar);

    /// @notice A point in the library's extended coordinates, for sums built up over many additions and converted
    /// back once (the encrypted tally of a batch of ballots, a ceremony's aggregate commitments). The coordinates
    /// are those of the internal curve: build and read one only through this library.
    struct ExtendedPoint {
        uint256 x;
        uint256 y;
        uint256 z;
        uint256 t;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Checks and affine operations
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Whether (x, y) is a point of the curve with canonical coordinates (both < P). The points of small
    /// order are on the curve: {inSubgroup} is the check that refuses them.
    function isOnCurve(uint256 x, uint256 y) internal pure returns (bool on) {
        assembly ("memory-safe") {
            if and(lt(x, P), lt(y, P)) {
                let xx := mulmod(x, x, P)
                let yy := mulmod(y, y, P)
                on := eq(addmod(mulmod(A, xx, P), yy, P), addmod(1, mulmod(D, mulmod(xx, yy, P), P), P))
            }
        }
    }

    /// @notice Whether (x, y) is O = (0, 1).
    function isIdentity(uint256 x, uint256 y) internal pure returns (bool) {
        return x == 0 && y == 1;
    }

    /// @notice −(x, y) = (−x, y).
    function negate(uint256 x, uint256 y) internal pure returns (uint256, uint256) {
        return ((P - (x % P)) % P, y % P);
    }

    /// @notice (x₁, y₁) + (x₂, y₂), by the affine formulas with their two divisions done as one inversion:
    /// x₃ = n_x/(1 + δ), y₃ = n_y/(1 − δ) with δ = D·x₁x₂y₁y₂, and 1/(1 ± δ) = (1 ∓ δ)/((1 + δ)(1 − δ)).
    function add(uint256 x1, uint256 y1, uint256 x2, uint256 y2) internal view returns (uint256 x3, uint256 y3) {
        uint256 plus;
        uint256 minus;
        assembly ("memory-safe") {
            x1 := mod(x1, P)
            y1 := mod(y1, P)
            x2 := mod(x2, P)
            y2 := mod(y2, P)
            let xx := mulmod(x1, x2, P)
            let yy := mulmod(y1, y2, P)
            // n_x = x₁y₂ + y₁x₂ = (x₁ + y₁)(x₂ + y₂) − x₁x₂ − y₁y₂, n_y = y₁y₂ − A·x₁x₂.
            x3 := addmod(mulmod(add(x1, y1), add(x2, y2), P), sub(P, addmod(xx, yy, P)), P)
            y3 := addmod(yy, sub(P, mulmod(A, xx, P)), P)
            let delta := mulmod(D, mulmod(xx, yy, P), P)
            plus := addmod(1, delta, P)
            minus := addmod(1, sub(P, delta), P)
        }
        uint256 inverse = _inverse(mulmod(plus, minus, P));
        return (mulmod(mulmod(x3, minus, P), inverse, P), mulmod(mulmod(y3, plus, P), inverse, P));
    }

    /// @notice 2·(x, y) (the addition law is complete, so it doubles too).
    function double(uint256 x, uint256 y) internal view returns (uint256, uint256) {
        return add(x, y, x, y);
    }

    /// @notice scalar·(x, y) for any scalar: the whole integer, not reduced mod l, so that it is right for points
    /// outside the subgroup too. A 4-bit fixed window over the scalar's bit length: ~250 doublings, ~63 additions,
    /// 14 to build the window's table.
    function mul(uint256 x, uint256 y, uint256 scalar) internal view returns (uint256, uint256) {
        (uint256 px, uint256 py, uint256 pz) = _mulProjective(x, y, scalar);
        return _toAffine(px, py, pz);
    }

    /// @notice scalar·G, with a comb over a table precomputed here: 51 doublings and 51 additions instead of
    /// {mul}'s 250 and 77 (see COMB_TABLE). The scalar is reduced mod l first (G has order l).
    // One assembly block with its Yul helpers inside (Yul functions cannot be shared across blocks).
    // solhint-disable-next-line function-max-lines
    function mulBase(uint256 scalar) internal view returns (uint256, uint256) {
        bytes memory table = COMB_TABLE;
        uint256 px;
        uint256 py;
        uint256 pz;
        assembly ("memory-safe") {
            // 2·(x : y : z), with T = E·H for an addition to follow (dbl-2008-hwcd, a = −1, signs flipped so every
            // term is a sum): A = x², B = y², H = A + B, E = H − (x + y)², G = A − B, F = 2z² + G;
            // (E·F : G·H : F·G : E·H). Inputs below 2P; lazily reduced terms (E < 3P, F < 4P) go straight into mulmod.
            function dbl4(ex, ey, ez) -> rx, ry, rz, rt {
                let a := mulmod(ex, ex, P)
                let b := mulmod(ey, ey, P)
                ez := mulmod(ez, ez, P)
                ex := add(ex, ey)
                ex := mulmod(ex, ex, P)
                ey := add(a, b)
                ex := add(ey, sub(P, ex))
                a := add(a, sub(P, b))
                ez := add(add(ez, ez), a)
                rx := mulmod(ex, ez, P)
                ry := mulmod(a, ey, P)
                rz := mulmod(ez, a, P)
                rt := mulmod(ex, ey, P)
            }

            // (x1 : y1 : z1 : t1) + the affine point cached at q, (v − u, v + u, 2d′·uv): add-2008-hwcd-3 with
            // Z = 1, so D = 2·z1 costs an addition, not a multiplication.
            function maddC(ex, ey, ez, et, q) -> rx, ry, rz, rt {
                let a := mulmod(add(ey, sub(P, ex)), mload(q), P)
                let b := mulmod(add(ey, ex), mload(add(q, 0x20)), P)
                let c := mulmod(et, mload(add(q, 0x40)), P)
                let d := add(ez, ez)
                ex := add(b, sub(P, a))
                ey := add(b, a)
                ez := add(d, sub(P, c))
                et := add(d, c)
                rx := mulmod(ex, ez, P)
                ry := mulmod(et, ey, P)
                rz := mulmod(ez, et, P)
                rt := mulmod(ex, ey, P)
            }

            let s := mod(scalar, ORDER)
            px := 0
            py := 1
            pz := 1
            let pt := 0
            // Entry d (1 … 31) is at base + 0x60·d.
            let base := sub(add(table, 0x20), 0x60)
            // Column i, from the top: double, then add the entry named by bits i, i + 51, …, i + 204 of s. The
            // teeth mask picks those 5 bits; the multiplication by COMB_GATHER moves bit 51k + i to 204 + k
            // (every other product lands below 204 or above 208, each on its own bit, so nothing carries into
            // the digit), and one shift and mask read the digit.
            for {
                let i := 50
            } 1 {} {
                let digit := and(
                    shr(204, mul(and(shr(i, s), 0x1000000000000200000000000040000000000008000000000001), COMB_GATHER)),
                    0x1f
                )
                if digit {
                    px, py, pz, pt := maddC(px, py, pz, pt, add(base, mul(digit, 0x60)))
                }
                if iszero(i) {
                    break
                }
                i := sub(i, 1)
                px, py, pz, pt := dbl4(px, py, pz)
            }
        }
        return _toAffine(px, py, pz);
    }

    /// @notice k·(x, y) for k < 2⁶⁴, by double-and-add over k's bits only (a trustee's index, Horner's steps).
    function mulSmall(uint256 x, uint256 y, uint256 k) internal view returns (uint256, uint256) {
        (uint256 px, uint256 py, uint256 pz, uint256 pt) = _fromAffine(x, y);
        (px, py, pz, ) = _mulSmall(px, py, pz, pt, k);
        return _toAffine(px, py, pz);
    }

    /// @notice Whether (x, y) is on the curve (canonically) and in the subgroup of order l: l·(x, y) = O, checked
    /// in projective coordinates (X = 0, Y = Z) so that no inversion is needed. O itself passes; the points of
    /// order 2, 4 and 8 and their sums with subgroup points fail.
    function inSubgroup(uint256 x, uint256 y) internal pure returns (bool) {
        if (!isOnCurve(x, y)) return false;
        (uint256 px, uint256 py, uint256 pz) = _mulProjective(x, y, ORDER);
        return px == 0 && py == pz;
    }

    /// @notice Σ scalars[i]·points[i], by Straus's interleaving: one run of doublings for all terms, as many as
    /// the largest scalar has bits, each term adding from its own window table.
    /// @param points x₀, y₀, x₁, y₁, …
    function multiScalar(uint256[] memory points, uint256[] memory scalars) internal view returns (uint256, uint256) {
        (uint256 px, uint256 py, uint256 pz) = _straus(points, scalars, false);
        return _toAffine(px, py, pz);
    }

    /// @notice Σ scalars[i]·points[i] with signed scalars: a negative one multiplies the negated point by its
    /// magnitude (negation is free on Edwards curves). For the tally check, whose Lagrange coefficients times 16!
    /// are integers of either sign and at most 105 bits, as are the other scalars: ~105 doublings, not 251.
    function multiScalar(uint256[] memory points, int256[] memory scalars) internal view returns (uint256, uint256) {
        (uint256 px, uint256 py, uint256 pz) = _straus(points, _asWords(scalars), true);
        return _toAffine(px, py, pz);
    }

    /// @notice Whether Σ scalars[i]·points[i] (signed, as {multiScalar}) equals (x, y) mod P, compared in projective
    /// coordinates: the tally check m·G + Σ λₕ·Dₕ = C without an inversion.
    function multiScalarEquals(
        uint256[] memory points,
        int256[] memory scalars,
        uint256 x,
        uint256 y
    ) internal pure returns (bool) {
        (uint256 px, uint256 py, uint256 pz) = _straus(points, _asWords(scalars), true);
        return _equals(px, py, pz, x, y);
    }

    /// @notice Σₗ xˡ·Aₗ for coefficients A₀ … A_{t−1} and x < 2⁶⁴, by Horner's rule: (…(A_{t−1}·x + A_{t−2})·x …)·x
    /// + A₀, each ·x a {mulSmall} step (x = 16: four doublings). A trustee's verification key from the aggregate
    /// commitments, the check of a share against a dealer's commitments.
    /// @param coefficients x₀, y₀ (A₀), x₁, y₁ (A₁), …; none gives O.
    function horner(uint256[] memory coefficients, uint256 x) internal view returns (uint256, uint256) {
        ExtendedPoint memory r = hornerExtended(coefficients, x);
        return _toAffine(r.x, r.y, r.z);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Extended points: sums kept without inversions, converted back together
    // ---------------------------------------------------------------------------------------------------------

    /// @notice O as an extended point: the start of a sum.
    function identityExtended() internal pure returns (ExtendedPoint memory) {
        return ExtendedPoint(0, 1, 1, 0);
    }

    /// @notice (x, y) as an extended point.
    function toExtended(uint256 x, uint256 y) internal pure returns (ExtendedPoint memory) {
        (uint256 px, uint256 py, uint256 pz, uint256 pt) = _fromAffine(x, y);
        return ExtendedPoint(px, py, pz, pt);
    }

    /// @notice sum += (x, y), in place, with no inversion (7 multiplications: the affine point's Z is 1).
    function addTo(ExtendedPoint memory sum, uint256 x, uint256 y) internal pure {
        (sum.x, sum.y, sum.z, sum.t) = _addAffine(sum.x, sum.y, sum.z, sum.t, x, y);
    }

    /// @notice {horner}, left in extended coordinates (to convert with others in {toAffineBatch}, or to compare
    /// with {equals}).
    function hornerExtended(uint256[] memory coefficients, uint256 x) internal pure returns (ExtendedPoint memory) {
        if (coefficients.length % 2 != 0) revert OddPointWords(coefficients.length);
        if (x >> 64 != 0) revert ScalarTooLarge(x);
        uint256 i = coefficients.length;
        if (i == 0) return identityExtended();
        (uint256 px, uint256 py, uint256 pz, uint256 pt) = _fromAffine(coefficients[i - 2], coefficients[i - 1]);
        unchecked {
            for (i -= 2; i != 0; i -= 2) {
                (px, py, pz, pt) = _mulSmall(px, py, pz, pt, x);
                (px, py, pz, pt) = _addAffine(px, py, pz, pt, coefficients[i - 2], coefficients[i - 1]);
            }
        }
        return ExtendedPoint(px, py, pz, pt);
    }

    /// @notice Whether `point` is (x, y) mod P, without an inversion (X = S·x·Z, Y = y·Z).
    function equals(ExtendedPoint memory point, uint256 x, uint256 y) internal pure returns (bool) {
        return _equals(point.x, point.y, point.z, x, y);
    }

    /// @notice `point` in affine coordinates (one inversion).
    function toAffine(ExtendedPoint memory point) internal view returns (uint256, uint256) {
        return _toAffine(point.x, point.y, point.z);
    }

    /// @notice Every point of `points` in affine coordinates, with one inversion for all (Montgomery's trick: invert
    /// the product of the Zs, then peel each 1/Z off it with two multiplications), so a tally of K + 1 points or a
    /// ceremony's K·t aggregate commitments cost one modexp, not K + 1 or K·t.
    /// @return coordinates x₀, y₀, x₁, y₁, …
    function toAffineBatch(ExtendedPoint[] memory points) internal view returns (uint256[] memory coordinates) {
        uint256 n = points.length;
        coordinates = new uint256[](2 * n);
        if (n == 0) return coordinates;
        uint256 product = 1;
        assembly ("memory-safe") {
            // Slot x_i holds S·Z_i and slot y_i the product of S·Z_0 … S·Z_i until the second pass overwrites them.
            for {
                let i := 0
            } lt(i, n) {
                i := add(i, 1)
            } {
                let zs := mulmod(mload(add(mload(add(points, shl(5, add(i, 1)))), 0x40)), S, P)
                product := mulmod(product, zs, P)
                let slot := add(coordinates, add(0x20, shl(6, i)))
                mstore(slot, zs)
                mstore(add(slot, 0x20), product)
            }
        }
        uint256 inverse = _inverse(product);
        assembly ("memory-safe") {
            for {
                let i := n
            } i {} {
                i := sub(i, 1)
                let point := mload(add(points, shl(5, add(i, 1))))
                let slot := add(coordinates, add(0x20, shl(6, i)))
                let zs := mload(slot)
                // 1/(S·Z_i) = (1/(S·Z_0 … S·Z_i))·(S·Z_0 … S·Z_{i−1}), then drop S·Z_i from the running inverse.
                let zi := inverse
                if i {
                    zi := mulmod(inverse, mload(sub(slot, 0x20)), P)
                }
                inverse := mulmod(inverse, zs, P)
                mstore(slot, mulmod(mload(point), zi, P))
                mstore(add(slot, 0x20), mulmod(mulmod(mload(add(point, 0x20)), zi, P), S, P))
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Straus's multi-scalar multiplication, in projective coordinates of the internal curve. The first pass
    /// finds the largest magnitude, whose bit length b sets the window width w (the number of additions per term
    /// is about 2^w − 2 for its table plus b/w, least at w = 1, 2, 3, 4 for b below 4, 24, 96 and from then on).
    /// The second builds each term's block in memory past the free memory pointer (never allocated: nothing else
    /// runs until it is read): its magnitude, then 1·Q … (2^w − 1)·Q cached for addition. The third runs the
    /// windows from the top: w doublings, then each term's digit's entry.
    // One assembly block with its Yul helpers inside (Yul functions cannot be shared across blocks).
    // solhint-disable-next-line function-max-lines
    function _straus(
        uint256[] memory points,
        uint256[] memory scalars,
        bool signed
    ) private pure returns (uint256 px, uint256 py, uint256 pz) {
        uint256 n = scalars.length;
        if (points.length != 2 * n) revert LengthMismatch(points.length, n);
        assembly ("memory-safe") {
            // 2·(x : y : z) without T (dbl-2008-hwcd, a = −1, signs flipped so every term is a sum): A = x², B = y²,
            // H = A + B, E = H − (x + y)², G = A − B, F = 2z² + G; (E·F : G·H : F·G). Inputs below 2P; lazily
            // reduced terms (E < 3P, F < 4P) go straight into mulmod.
            function dbl3(ex, ey, ez) -> rx, ry, rz {
                let a := mulmod(ex, ex, P)
                let b := mulmod(ey, ey, P)
                ez := mulmod(ez, ez, P)
                ex := add(ex, ey)
                ex := mulmod(ex, ex, P)
                ey := add(a, b)
                ex := add(ey, sub(P, ex))
                a := add(a, sub(P, b))
                ez := add(add(ez, ez), a)
                rx := mulmod(ex, ez, P)
                ry := mulmod(a, ey, P)
                rz := mulmod(ez, a, P)
            }

            // 2·(x : y : z), with T = E·H for an addition to follow (dbl-2008-hwcd, a = −1, signs flipped so every
            // term is a sum): A = x², B = y², H = A + B, E = H − (x + y)², G = A − B, F = 2z² + G;
            // (E·F : G·H : F·G : E·H). Inputs below 2P; lazily reduced terms (E < 3P, F < 4P) go straight into mulmod.
            function dbl4(ex, ey, ez) -> rx, ry, rz, rt {
                let a := mulmod(ex, ex, P)
                let b := mulmod(ey, ey, P)
                ez := mulmod(ez, ez, P)
                ex := add(ex, ey)
                ex := mulmod(ex, ex, P)
                ey := add(a, b)
                ex := add(ey, sub(P, ex))
                a := add(a, sub(P, b))
                ez := add(add(ez, ez), a)
                rx := mulmod(ex, ez, P)
                ry := mulmod(a, ey, P)
                rz := mulmod(ez, a, P)
                rt := mulmod(ex, ey, P)
            }

            // (x1 : y1 : z1 : t1) + the cached point at q, (Y − X, Y + X, 2Z, 2d′·T) (add-2008-hwcd-3, a = −1,
            // complete here): A = (y1 − x1)(Y − X), B = (y1 + x1)(Y + X), C = t1·2d′T, D = z1·2Z, E = B − A,
            // F = D − C, G = D + C, H = B + A; (E·F : G·H : F·G : E·H). x1 < P (every stored coordinate is).
            function addC(ex, ey, ez, et, q) -> rx, ry, rz, rt {
                let a := mulmod(add(ey, sub(P, ex)), mload(q), P)
                let b := mulmod(add(ey, ex), mload(add(q, 0x20)), P)
                let c := mulmod(et, mload(add(q, 0x60)), P)
                let d := mulmod(ez, mload(add(q, 0x40)), P)
                ex := add(b, sub(P, a))
                ey := add(b, a)
                ez := add(d, sub(P, c))
                et := add(d, c)
                rx := mulmod(ex, ez, P)
                ry := mulmod(et, ey, P)
                rz := mulmod(ez, et, P)
                rt := mulmod(ex, ey, P)
            }

            // (x : y : z : t) cached for addition at q: (y − x, y + x, 2z, 2d′·t), the first three unreduced (< 2P).
            function cache(q, ex, ey, ez, et) {
                mstore(q, add(ey, sub(P, ex)))
                mstore(add(q, 0x20), add(ey, ex))
                mstore(add(q, 0x40), add(ez, ez))
                mstore(add(q, 0x60), mulmod(et, K, P))
            }

            // The number of bits of v (0 for 0), by halving the range.
            function bitLength(v) -> b {
                if shr(128, v) {
                    v := shr(128, v)
                    b := 128
                }
                if shr(64, v) {
                    v := shr(64, v)
                    b := add(b, 64)
                }
                if shr(32, v) {
                    v := shr(32, v)
                    b := add(b, 32)
                }
                if shr(16, v) {
                    v := shr(16, v)
                    b := add(b, 16)
                }
                if shr(8, v) {
                    v := shr(8, v)
                    b := add(b, 8)
                }
                if shr(4, v) {
                    v := shr(4, v)
                    b := add(b, 4)
                }
                if shr(2, v) {
                    v := shr(2, v)
                    b := add(b, 2)
                }
                if shr(1, v) {
                    v := shr(1, v)
                    b := add(b, 1)
                }
                b := add(b, v)
            }

            // Q's block from its cached first entry on: 2Q by doubling, then each next multiple by adding Q.
            function table(e1, end, u, v) {
                // Q = (u, v) affine: (v − u, v + u, 2·Z = 2, 2d′·uv).
                mstore(e1, add(v, sub(P, u)))
                mstore(add(e1, 0x20), add(v, u))
                mstore(add(e1, 0x40), 2)
                mstore(add(e1, 0x60), mulmod(mulmod(u, v, P), K, P))
                let q := add(e1, 0x80)
                if lt(q, end) {
                    let x, y, z, t := dbl4(u, v, 1)
                    cache(q, x, y, z, t)
                    for {
                        q := add(q, 0x80)
                    } lt(q, end) {
                        q := add(q, 0x80)
                    } {
                        x, y, z, t := addC(x, y, z, t, e1)
                        cache(q, x, y, z, t)
                    }
                }
            }

            // The windows, from the one at `shift` down to bit 0. Entry d of a block at b is at b + 0x80·d − 0x60.
            function run(blocks, end, size, w, shift) -> x, y, z {
                x := 0
                y := 1
                z := 1
                let t := 0
                let mask := sub(shl(w, 1), 1)
                for {} 1 {} {
                    for {
                        let b := blocks
                    } lt(b, end) {
                        b := add(b, size)
                    } {
                        let digit := and(shr(shift, mload(b)), mask)
                        if digit {
                            x, y, z, t := addC(x, y, z, t, sub(add(b, shl(7, digit)), 0x60))
                        }
                    }
                    if iszero(shift) {
                        break
                    }
                    // Only the last doubling's T is read (by the next addition).
                    for {
                        let k := 1
                    } lt(k, w) {
                        k := add(k, 1)
                    } {
                        x, y, z := dbl3(x, y, z)
                    }
                    x, y, z, t := dbl4(x, y, z)
                    shift := sub(shift, w)
                }
            }

            // The largest magnitude's bits: the OR of all magnitudes has as many.
            function largestBits(ss, count, sg) -> bits {
                let largest := 0
                for {
                    let i := 0
                } lt(i, count) {
                    i := add(i, 1)
                } {
                    let s := mload(add(ss, shl(5, add(i, 1))))
                    if and(sg, slt(s, 0)) {
                        s := sub(0, s)
                    }
                    largest := or(largest, s)
                }
                bits := bitLength(largest)
            }

            // Each term's block, from the free memory pointer on: its magnitude, then its table (none for a zero
            // scalar, whose digits are all 0). A negative scalar's point is negated as it is mapped (u = −S·x).
            function blocksFor(ps, ss, count, sg, size) {
                let b := mload(0x40)
                for {
                    let end := add(b, mul(count, size))
                } lt(b, end) {
                    b := add(b, size)
                    ps := add(ps, 0x40)
                    ss := add(ss, 0x20)
                } {
                    let s := mload(add(ss, 0x20))
                    let m := S
                    if and(sg, slt(s, 0)) {
                        s := sub(0, s)
                        m := S_NEG
                    }
                    mstore(b, s)
                    if s {
                        table(
                            add(b, 0x20),
                            add(b, size),
                            mulmod(mload(add(ps, 0x20)), m, P),
                            mod(mload(add(ps, 0x40)), P)
                        )
                    }
                }
            }

            // Kept in a function so that the Solidity variables below its frame need not be reached.
            function straus(ps, ss, count, sg) -> x, y, z {
                x := 0
                y := 1
                z := 1
                let bits := largestBits(ss, count, sg)
                if bits {
                    let w := 4
                    if lt(bits, 96) {
                        w := 3
                    }
                    if lt(bits, 24) {
                        w := 2
                    }
                    if lt(bits, 4) {
                        w := 1
                    }
                    let size := add(0x20, shl(7, sub(shl(w, 1), 1)))
                    blocksFor(ps, ss, count, sg, size)
                    let blocks := mload(0x40)
                    let shift := mul(sub(div(add(bits, sub(w, 1)), w), 1), w)
                    x, y, z := run(blocks, add(blocks, mul(count, size)), size, w, shift)
                }
            }

            px, py, pz := straus(points, scalars, n, signed)
        }
    }

    /// @dev scalar·(x, y) in projective coordinates of the internal curve.
    function _mulProjective(uint256 x, uint256 y, uint256 scalar) private pure returns (uint256, uint256, uint256) {
        uint256[] memory points = new uint256[](2);
        points[0] = x;
        points[1] = y;
        uint256[] memory scalars = new uint256[](1);
        scalars[0] = scalar;
        return _straus(points, scalars, false);
    }

    /// @dev k·(x, y, z, t) for k < 2⁶⁴: from k's top bit down, double, and add the point where k has a 1.
    // One assembly block with its Yul helpers inside (Yul functions cannot be shared across blocks).
    // solhint-disable-next-line function-max-lines
    function _mulSmall(
        uint256 x,
        uint256 y,
        uint256 z,
        uint256 t,
        uint256 k
    ) private pure returns (uint256 mx, uint256 my, uint256 mz, uint256 mt) {
        if (k >> 64 != 0) revert ScalarTooLarge(k);
        assembly ("memory-safe") {
            // 2·(x : y : z), with T = E·H for an addition to follow (dbl-2008-hwcd, a = −1, signs flipped so every
            // term is a sum): A = x², B = y², H = A + B, E = H − (x + y)², G = A − B, F = 2z² + G;
            // (E·F : G·H : F·G : E·H). Inputs below 2P; lazily reduced terms (E < 3P, F < 4P) go straight into mulmod.
            function dbl4(ex, ey, ez) -> rx, ry, rz, rt {
                let a := mulmod(ex, ex, P)
                let b := mulmod(ey, ey, P)
                ez := mulmod(ez, ez, P)
                ex := add(ex, ey)
                ex := mulmod(ex, ex, P)
                ey := add(a, b)
                ex := add(ey, sub(P, ex))
                a := add(a, sub(P, b))
                ez := add(add(ez, ez), a)
                rx := mulmod(ex, ez, P)
                ry := mulmod(a, ey, P)
                rz := mulmod(ez, a, P)
                rt := mulmod(ex, ey, P)
            }

            // (x1 : y1 : z1 : t1) + the cached point at q, (Y − X, Y + X, 2Z, 2d′·T) (add-2008-hwcd-3, a = −1,
            // complete here): A = (y1 − x1)(Y − X), B = (y1 + x1)(Y + X), C = t1·2d′T, D = z1·2Z, E = B − A,
            // F = D − C, G = D + C, H = B + A; (E·F : G·H : F·G : E·H). x1 < P (every stored coordinate is).
            function addC(ex, ey, ez, et, q) -> rx, ry, rz, rt {
                let a := mulmod(add(ey, sub(P, ex)), mload(q), P)
                let b := mulmod(add(ey, ex), mload(add(q, 0x20)), P)
                let c := mulmod(et, mload(add(q, 0x60)), P)
                let d := mulmod(ez, mload(add(q, 0x40)), P)
                ex := add(b, sub(P, a))
                ey := add(b, a)
                ez := add(d, sub(P, c))
                et := add(d, c)
                rx := mulmod(ex, ez, P)
                ry := mulmod(et, ey, P)
                rz := mulmod(ez, et, P)
                rt := mulmod(ex, ey, P)
            }

            // (x : y : z : t) cached for addition at q: (y − x, y + x, 2z, 2d′·t), the first three unreduced (< 2P).
            function cache(q, ex, ey, ez, et) {
                mstore(q, add(ey, sub(P, ex)))
                mstore(add(q, 0x20), add(ey, ex))
                mstore(add(q, 0x40), add(ez, ez))
                mstore(add(q, 0x60), mulmod(et, K, P))
            }

            // The number of bits of v (0 for 0), by halving the range.
            function bitLength(v) -> b {
                if shr(128, v) {
                    v := shr(128, v)
                    b := 128
                }
                if shr(64, v) {
                    v := shr(64, v)
                    b := add(b, 64)
                }
                if shr(32, v) {
                    v := shr(32, v)
                    b := add(b, 32)
                }
                if shr(16, v) {
                    v := shr(16, v)
                    b := add(b, 16)
                }
                if shr(8, v) {
                    v := shr(8, v)
                    b := add(b, 8)
                }
                if shr(4, v) {
                    v := shr(4, v)
                    b := add(b, 4)
                }
                if shr(2, v) {
                    v := shr(2, v)
                    b := add(b, 2)
                }
                if shr(1, v) {
                    v := shr(1, v)
                    b := add(b, 1)
                }
                b := add(b, v)
            }

            // A function of its own, so that its variables are all within reach of the stack.
            function smul(ex, ey, ez, et, m) -> sx, sy, sz, st {
                sx := 0
                sy := 1
                sz := 1
                if m {
                    sx := ex
                    sy := ey
                    sz := ez
                    st := et
                    // The point, cached for addition, in scratch memory past the free memory pointer.
                    let q := mload(0x40)
                    cache(q, ex, ey, ez, et)
                    for {
                        let i := sub(bitLength(m), 1)
                    } i {} {
                        i := sub(i, 1)
                        sx, sy, sz, st := dbl4(sx, sy, sz)
                        if and(shr(i, m), 1) {
                            sx, sy, sz, st := addC(sx, sy, sz, st, q)
                        }
                    }
                }
            }

            mx, my, mz, mt := smul(x, y, z, t, k)
        }
    }

    /// @dev (x, y, z, t) + the affine point (ax, ay).
    function _addAffine(
        uint256 x,
        uint256 y,
        uint256 z,
        uint256 t,
        uint256 ax,
        uint256 ay
    ) private pure returns (uint256, uint256, uint256, uint256) {
        assembly ("memory-safe") {
            // (x1 : y1 : z1 : t1) + the affine point cached at q, (v − u, v + u, 2d′·uv): add-2008-hwcd-3 with
            // Z = 1, so D = 2·z1 costs an addition, not a multiplication.
            function maddC(ex, ey, ez, et, q) -> rx, ry, rz, rt {
                let a := mulmod(add(ey, sub(P, ex)), mload(q), P)
                let b := mulmod(add(ey, ex), mload(add(q, 0x20)), P)
                let c := mulmod(et, mload(add(q, 0x40)), P)
                let d := add(ez, ez)
                ex := add(b, sub(P, a))
                ey := add(b, a)
                ez := add(d, sub(P, c))
                et := add(d, c)
                rx := mulmod(ex, ez, P)
                ry := mulmod(et, ey, P)
                rz := mulmod(ez, et, P)
                rt := mulmod(ex, ey, P)
            }

            let q := mload(0x40)
            let u := mulmod(ax, S, P)
            let v := mod(ay, P)
            mstore(q, add(v, sub(P, u)))
            mstore(add(q, 0x20), add(v, u))
            mstore(add(q, 0x40), mulmod(mulmod(u, v, P), K, P))
            x, y, z, t := maddC(x, y, z, t, q)
        }
        return (x, y, z, t);
    }

    /// @dev (x, y) in extended coordinates of the internal curve: (S·x, y, 1, S·x·y), reduced mod P.
    function _fromAffine(uint256 x, uint256 y) private pure returns (uint256 px, uint256 py, uint256 pz, uint256 pt) {
        px = mulmod(x, S, P);
        py = y % P;
        pz = 1;
        pt = mulmod(px, py, P);
    }

    /// @dev (X : Y : Z) of the internal curve back to BabyJubJub's affine (x, y) = (X/(S·Z), Y/Z), with one
    /// inversion of S·Z.
    function _toAffine(uint256 px, uint256 py, uint256 pz) private view returns (uint256, uint256) {
        uint256 inverse = _inverse(mulmod(pz, S, P));
        return (mulmod(px, inverse, P), mulmod(mulmod(py, inverse, P), S, P));
    }

    /// @dev Whether (X : Y : Z) of the internal curve is BabyJubJub's (x, y) mod P.
    function _equals(uint256 px, uint256 py, uint256 pz, uint256 x, uint256 y) private pure returns (bool) {
        return px == mulmod(mulmod(x, S, P), pz, P) && py == mulmod(y, pz, P);
    }

    /// @dev 1/z mod P (0 for 0) by Fermat, z^(P − 2), with the modexp precompile (EIP-198): cheaper than any
    /// inversion written in EVM code, even at Osaka's price. Needs `view`, as any call does.
    function _inverse(uint256 z) private view returns (uint256 inverse) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, 0x20)
            mstore(add(m, 0x20), 0x20)
            mstore(add(m, 0x40), 0x20)
            mstore(add(m, 0x60), z)
            mstore(add(m, 0x80), P_MINUS_2)
            mstore(add(m, 0xa0), P)
            if iszero(staticcall(gas(), 0x05, m, 0xc0, m, 0x20)) {
                revert(0, 0)
            }
            inverse := mload(m)
        }
    }

    /// @dev int256[] and uint256[] share their memory layout: the signed scalars, read as words.
    function _asWords(int256[] memory scalars) private pure returns (uint256[] memory words) {
        assembly ("memory-safe") {
            words := scalars
        }
    }

    /// @dev Bits i, i + 51, i + 102, i + 153, i + 204 → bits 204 … 208 (see {mulBase}).
    uint256 private constant COMB_GATHER = 0x1000000000000400000000000100000000000040000000000010;

    /// @dev The comb's table for G, 5 teeth 51 bits apart (51 columns cover the 251 bits of a scalar mod l): entry d
    /// (1 … 31) is Σ_{k : bit k of d} 2^(51·k)·G, on the internal curve as the addition reads it, (v − u, v + u,
    /// 2d′·u·v), three words. 2,976 bytes of code, copied to memory once per call. Five teeth are the step where
    /// the table still costs little code; six would save another ~4k gas for 6 KB more in every contract using
    /// {mulBase}. test/contracts/BabyJubJub.test.ts checks every entry.
    bytes private constant COMB_TABLE =
        hex"0a7723148350af54f755a00b11848add0c289172271a655df95349419582bd29"
        hex"101772808abf15139b0876780fd210a1c5639084d2ee90ff59430c1f88d83dec"
        hex"189c20290e51e9563af0d1d39e6d3cf4caa881535da3441157e538a14e4d3a66"
        hex"219cffba4677a9f887713c304129a0924317d13611fdf99ebcd8057a3a0d6325"
        hex"262716e327014e3a936421e4e5ab5b114a727284299726ab9891fe1f964529aa"
        hex"03200e0d780e40fe2c4104c70186ce0d1855cc341bbcbeace4416ced3c45f502"
        hex"1407dfd5dc6f3906ed040674fcb455dde9db2ce1708f6ca51da1cf3ac25d352d"
        hex"0a3a6b013a624c155e2ff2ae6ad2e9bc261e507e2a0ff2a0a0d62fe485b4b36a"
        hex"10873408a51cb52c95b9d9f38f6ad0551adb5e3293f2d23ca50c91368dec69bb"
        hex"049beff0f7f29f4ca2bcf8cc8637ab3dda19387e085eaf19f292369381922a9d"
        hex"041d034e9be2817e0a12298406225b1862a35c6538e35a012e9f7f4bc00d0117"
        hex"2be78880d31b87846a48a6fc8a74f522b584221a3a47f135aeb4476c5ac0eda9"
        hex"03086941f214b8cf055839efab38fd6fbc0496d4d75107412fd5863d0a44a2fe"
        hex"27ae72e6482d0d38663b19cfde26091c1ecbf25719a0a73eec02306395ca2984"
        hex"29289b2947cb4442cdd1417fb4686c02974ab66f4ed5b5c831991c244de94941"
        hex"2b9c994679f489e9877dbdb2cd85badc026f34f4d3411ee326c6c93389d8edab"
        hex"2e59d4ad6add30c56dc52a6fe0faedaaede99c2902d439c739cf9761e0c77d27"
        hex"1a87b71e686bd98c5bc75e2cc4f946397c90ea113a0aa38ae0ff0c5590108da4"
        hex"0166ad31f37482f3033075636b0a4751dc2dd97eb60aba75ec066aa946a43527"
        hex"1508da38610dc021ae75eaf678c36e5bcf65d89385144791e0127c8e87c9844a"
        hex"1c5f8f521836bdfa14cf0dd5513da157b84ad243ec7eb0d5aed5109e9070235a"
        hex"0e3cbf1451cddaa4c9fb7cec9e541859d2c8def18666c005847a7ee5e9630c1c"
        hex"27acf348338c4c402a0be65e8a2b7c090968510dccd67138996407244379092e"
        hex"1ea3557e262345ed94277e45663711a05007e580ae827853f6872d72c768399e"
        hex"1e65d53c34afb4e20fa9c7f79ea86ed43e53c6f89d09f5f3b58be1cd2a7076f9"
        hex"2f53a9261d16915ff38b874a763d4607f760e8d40aa9864f3632dfc627b04cbf"
        hex"28309297a01d53d3b208acd43576e453c26fbba919a1963a4101f0221f04533e"
        hex"1cd7d964d2d94158f6cc6220e53a8c20fa347267b7c0c8526f65d41bac053e02"
        hex"0cdcb559bf788abdf1f86a2507db009a1a396ced2b072b1ddb531b531d2e6df8"
        hex"2b6c20d431a5a6255f711f236e432a35160dceab4724c0cec91701be9bc6a744"
        hex"238b7eb56f95d9a8e216c1e02f7e198eb9a91f2c16289d55ff065ed52dca58a5"
        hex"0a063efd4d95b9eabeea66aa5b30f79afb602facda821d01e37e09b3a002e2a5"
        hex"1b319a28d8d174eaa61326d221a2e0a2cc0f6d53cf974283852599a5573a686e"
        hex"099fc1b00d53efdd5639147133f53ed389a6a686f943a857f90fddd0d85e1be1"
        hex"1cb621ca3aecca290ee1fe724a32fe8dfe4792f85212d9973220f489516fa156"
        hex"168cb4419264c21b56e73df88a1cd1f976273cabf268947bc3375a152ca0cb57"
        hex"07feabf8b2351772ef45566b7fbdacbd61242d8fb556bf2c7f424bd81c2a7e77"
        hex"08875e42b235ddf2dff3e2bd8f386543eeabb2d0947388176487f50f008c19b9"
        hex"01f3ccb20d6995d223923bb207432c4df1a4fc451caa57f7ad280f9b0b049763"
        hex"111f2000fd3fd9385ec91aee1090f9c63ae571bf490531842ed3488e94eaa2a1"
        hex"0439635e2dd8bae927c11519aac84e5af1848f3fd7c2a0005426062f6996eda9"
        hex"073c957f510758f82bd0cad7b9a5109b6a4dbf965a0b4540bea8f0519f9aa2c6"
        hex"07d65e2cfdadb28dd1d340e64efafde817be84bb526bbef4f7c5d4480acc6679"
        hex"11354f50e9a919c018a3ee6006a3b7da8bbb3003a0e60d02bc6d30d636d4da90"
        hex"24532a09410d5ce3697bf6a5e55f2450b26200bea0858446df920b7e76e4f60d"
        hex"1bb2cb6bf23718d1abd6d8079e304ea6b4a76d3726c3344d8e2bf71062ebda68"
        hex"25e354301af24b799f93e77d3542033956b97a94435f936b44e3d4b6c9c68f33"
        hex"23e99e1356eb66b78b98bba5c2e935f22606b3fc897e102d5f53e31536771bd4"
        hex"18aa68dc56d3a55adc5322b09ed6bc6e16f4a2892891fc06a22f1a0bd20b6aba"
        hex"0212e91a03d5b65b825621850cc3681dc98660f2e6256b4a897b6b7dae0a9e81"
        hex"07549ceb717d1777a3d357e6b6252351ee0e760adf82a6e35c48be3657f203f2"
        hex"02c20bdf47e0fcf7be81ab1069c71885b95774297a73ce030b8ca4cf6b789528"
        hex"24a89a43c5858269efcff0f5035c939417e5f6515ee1631bb6ecd92836d5989e"
        hex"2f4792bf1a7bb58e0edbbdc7d442f4973416b334e4af816e3d4a2d0863d439e7"
        hex"05902cc24463c78979d66fb3f7feed4a80dae93e258f16f7511ac93645b9733d"
        hex"2993c514c4dc4f3444c2cc52735e87dea7ecea101670044372a2361ea69c98c3"
        hex"053f9bb548ae63252c460581ca1ce5e3452f1e9e48985061dd3c3eb859c75198"
        hex"2066d4f800457900ec4788291c950898009cc23c4931d2ab1cb628c3bbd0860f"
        hex"07ed2ab3119e70429970cd235ec8f101a2ea5506903b049ce75bd985c2dcbbdb"
        hex"0a3ee759e2ae3456e7547362f7d792d4d89c25fdf9583d055da8233bb33c4518"
        hex"19e86980469128d7581da02e976981625ed9f9f68938418c70d07673488bfcf2"
        hex"03ed0f719ef3562c17f57d1855c75813ad142fe737e96d6103e460d7551c7ccb"
        hex"09249f60ddc0bc2fde89c95093258a992e6128325613f16034a3b1622edf0946"
        hex"1f70a25afc63209e5fd5f9f4f60da5f95222625a2f093d549299aa8157c26de4"
        hex"1362d10d587e34c7d31a77916d314e63fcdd31d66b76c16f818807bc8ca21d1b"
        hex"21669ac541e3661fdfae1e58c719a49a8dfd6a84ebe11e83e2a6301c4ae8f56b"
        hex"04cee63489f0377a5cd1dc54d35c0777bd616bbef9685e3fbe89948e28646a2e"
        hex"0ac1c094ad2f9b95d601384d0ed9189f43fa63d34aa06009cc02000fdf07b09b"
        hex"02c8ae11ee067c62daa4ad1782830815d127e52bce0361930f08cb2e25288a85"
        hex"28e502b086fdf46a42c9c17fc7c907dc59aa0b4f662cad2676a501b3a4043b31"
        hex"09070c42d65eb75d647d458f983f6aad1de62266592fcb8d246bfc271b626d49"
        hex"1676646aec6ae1a00336b676733b9bf8c630a7ba12c60f5b32fd084400c46fba"
        hex"1fd7efa1d9fec37ae70e071e24acce184c2131a5393f09e5359a0c525e894b73"
        hex"2458c6499ddfa670cb0a38ed78a1c413f85b3daea26138bcc255ec4be9784bd6"
        hex"10d3572c3a552388dfaa3e54232bb52a736862a1c31b1e6eef80a7b09ccb63e7"
        hex"1a41b60220827712ef753504746e7eb7952ef10910fc6d0a9b002268c6029d6c"
        hex"13dafedeec29bb3a1dfabf90e16b7c5974c84fe8e5f0126ed793e628dbd22528"
        hex"0a9ed489e4ddfd4874ecae78d75a3dca9f47244519ab25f101f4d12d7b28e87b"
        hex"10285d60b81a2364da0b9d094a091b25d5a3cccbe889670345eb484d5784416c"
        hex"2c2a5631c94a8db0b60ba7411216ff04dd540474dd03968566d2532f5a8320f4"
        hex"0a8bdbd58c57c078d6494cf7100b6fe08e91f146a25edd8fc6be00edb341b36e"
        hex"0b83ac4d7a6c2d80f44ca1525d2a4aac8092ef349ce056835015833d43016282"
        hex"0f0187c18ba1294b8a936a62e7fccde5fbc1d1cd1b009781a5cd65f5a8a1d816"
        hex"1211e85a58fb824ae7d1bea8a0726f5a2a3f4a6b8d1802c14e843012084e3fcc"
        hex"07698819a797cafe4f59e809f49704fadf5a2eceb5cee1ad1362bdb4b76b6c10"
        hex"1c6a91f3da962efbf3e6311a61056b67cd4e3bfd61838710ad661575b0fd3e7d"
        hex"25160c8c389dd5ff8ca08020c16a0f8401f51f2b80fbf8b553cab887e25d5cf9"
        hex"2b6e6eb941f5ae4dfaedf49e7595863b318063e0ebf10a8f28845da9974686f2"
        hex"11a8f9614533c027a145017ac48e9ebd51d9aeed86e4a2ad1eb5844adbd93cf1"
        hex"04bc7326928922f75974de9ac83759301e740400471812e03abf844ff87aa78e"
        hex"09eb1c28b871d9b4e573dd60e897866813e87a175c89b11392a538339a9f9987"
        hex"09e585c8d4e06cf63a69bf5d4f32f7fbbb007e290de4565ab3f00ced4cc772ff"
        hex"135d7170f8ee7aceb9fa049fb49bbcfdcfe53f2a3fafe814b6edda689fabdb27";
}
