pragma circom 2.1.5;

// A sealed ballot for polls of up to 8 options, rolls of up to 2^20 voters.
include "../src/sealed-ballot.circom";

component main {public [scope]} = SealedBallot(8, 20);
