pragma circom 2.1.5;

// The poll key hash (docs/sealed-ballots.md; lib/sealed/poll-key-hash.ts and the contract compute the
// same): over 8 key slots, the slots past K (and past the poll's option count) being the identity
// (0, 1),
//     h = Poseidon2(ballotType, optionCount)
//     h = Poseidon5(h, PK[2i].x, PK[2i].y, PK[2i+1].x, PK[2i+1].y)      for i = 0..3
// so one definition serves every circuit size: a poll with 3 options hashes the same with K = 4 or 8.

include "poseidon.circom";

template PollKeyHash(K) {
    signal input ballotType;
    signal input optionCount;
    signal input pollKey[K][2];
    signal output out;

    var SLOTS = 8;
    assert(K <= SLOTS && K % 2 == 0);
    signal slot[SLOTS][2];
    for (var j = 0; j < SLOTS; j++) {
        if (j < K) {
            slot[j] <== pollKey[j];
        } else {
            slot[j] <== [0, 1];
        }
    }
    signal chain[SLOTS / 2 + 1];
    chain[0] <== Poseidon(2)([ballotType, optionCount]);
    for (var i = 0; i < SLOTS / 2; i++) {
        chain[i + 1] <== Poseidon(5)([chain[i], slot[2 * i][0], slot[2 * i][1], slot[2 * i + 1][0], slot[2 * i + 1][1]]);
    }
    out <== chain[SLOTS / 2];
}
