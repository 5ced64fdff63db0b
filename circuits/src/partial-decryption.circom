pragma circom 2.1.5;

// A trustee's partial decryption of a sealed poll's encrypted tally (docs/sealed-ballots.md): it knows
// shares s[0..K) with
//     vk[j] = s[j]·G        (its verification key for option j, which the contract derives from the
//                            ceremony's commitments)
//     d[j]  = s[j]·c1       (its share of the decryption of option j)
// for the tally's first point c1. Options past the poll's count use s = 0: vk and d are the identity.
// Public signals, in snarkjs order: vk[K][2], d[K][2], c1[2].

include "bitify.circom";
include "escalarmulany.circom";
include "escalarmulfix.circom";

template PartialDecryption(K) {
    signal input share[K];
    signal input c1[2];
    signal output vk[K][2];
    signal output d[K][2];

    var BASE8[2] = [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];

    for (var j = 0; j < K; j++) {
        // A share is below l < 2^253 < p, so its bits are unique.
        var bits[253] = Num2Bits(253)(share[j]);
        vk[j] <== EscalarMulFix(253, BASE8)(bits);
        d[j] <== EscalarMulAny(253)(bits, c1);
    }
}
