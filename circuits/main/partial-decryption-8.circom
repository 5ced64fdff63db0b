pragma circom 2.1.5;

// Partial decryption of up to 8 options (fewer are padded with zero shares).
include "../src/partial-decryption.circom";

component main {public [c1]} = PartialDecryption(8);
