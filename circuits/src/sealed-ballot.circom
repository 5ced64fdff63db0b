pragma circom 2.1.5;

// A sealed ballot (docs/sealed-ballots.md): one Groth16 proof that
//  - its voter is in the poll's frozen roll, with the poll's nullifier (Semaphore v4, unchanged);
//  - it chooses m[0..K) with every m[j] in {0, 1}: exactly one for a single-choice poll, at least one
//    for approval, and none past the poll's option count;
//  - it is encrypted under the poll key PK[0..K) with one randomness k:
//        c1 = k·G,   c2[j] = m[j]·G + k·PK[j]
//  - the poll key, ballot type and option count it used hash to pollKeyHash (poll-key-hash.circom),
//    which the contract compares with the hash it computed when the key was fixed.
// Public signals, in snarkjs order: merkleRoot, nullifier, pollKeyHash, c1[2], c2[K][2], scope.

include "semaphore.circom";
include "babyjub.circom";
include "bitify.circom";
include "comparators.circom";
include "escalarmulany.circom";
include "escalarmulfix.circom";
include "poll-key-hash.circom";

template SealedBallot(K, MAX_DEPTH) {
    // The voter's identity and roll membership, as Semaphore's.
    signal input secret;
    signal input merkleProofLength, merkleProofIndex, merkleProofSiblings[MAX_DEPTH];
    signal input scope;
    // The poll: its ballot type (0 single choice, 1 approval), option count and key.
    signal input ballotType;
    signal input optionCount;
    signal input pollKey[K][2];
    // The choice and the encryption's randomness.
    signal input choice[K];
    signal input randomness;

    signal output merkleRoot, nullifier, pollKeyHash;
    signal output c1[2];
    signal output c2[K][2];

    var BASE8[2] = [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];

    // The message is unused: the ciphertexts are outputs of this proof, so they are bound to it.
    (merkleRoot, nullifier) <== Semaphore(MAX_DEPTH)(secret, merkleProofLength, merkleProofIndex, merkleProofSiblings, 0, scope);

    pollKeyHash <== PollKeyHash(K)(ballotType, optionCount, pollKey);

    // The choice: bits, none past the option count, one (single) or at least one (approval).
    ballotType * (ballotType - 1) === 0;
    signal chosen[K + 1];
    chosen[0] <== 0;
    for (var j = 0; j < K; j++) {
        choice[j] * (choice[j] - 1) === 0;
        var isOption = LessThan(4)([j, optionCount]);
        choice[j] * (1 - isOption) === 0;
        chosen[j + 1] <== chosen[j] + choice[j];
    }
    // Single choice: exactly one.
    (1 - ballotType) * (chosen[K] - 1) === 0;
    // Approval: not none.
    var none = IsZero()(chosen[K]);
    ballotType * none === 0;

    // The encryption. k < 2^253 < p, so its bits are unique.
    signal randomBits[253] <== Num2Bits(253)(randomness);
    c1 <== EscalarMulFix(253, BASE8)(randomBits);
    for (var j = 0; j < K; j++) {
        var shared[2] = EscalarMulAny(253)(randomBits, pollKey[j]);
        // m·G is G or the identity (0, 1): linear in the bit m.
        (c2[j][0], c2[j][1]) <== BabyAdd()(choice[j] * BASE8[0], 1 + choice[j] * (BASE8[1] - 1), shared[0], shared[1]);
    }
}
