import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/**
 * Deploys Semaphore v4 (with its verifier and Poseidon library), Ballotbox on top of it, and the two
 * contracts of sealed polls: TrusteeCeremony (the key ceremony, after Ballotbox, whose polls it reads)
 * and SealedBallots (ballots, encrypted tally and decryption, after both).
 */
export default buildModule("Ballotbox", (m) => {
  const poseidonT3 = m.library("PoseidonT3");
  const semaphoreVerifier = m.contract("SemaphoreVerifier");
  const semaphore = m.contract("Semaphore", [semaphoreVerifier], {
    libraries: { PoseidonT3: poseidonT3 },
  });
  const ballotbox = m.contract("Ballotbox", [semaphore]);
  // After Ballotbox, so that Ballotbox keeps its address (its deployer's nonce) on a fresh chain: the stored
  // proofs of test/data/ are bound to it through their scope.
  const poseidonT6 = m.library("PoseidonT6", { after: [ballotbox] });
  const trusteeCeremony = m.contract("TrusteeCeremony", [ballotbox], {
    libraries: { PoseidonT3: poseidonT3, PoseidonT6: poseidonT6 },
  });
  const sealedBallots = m.contract("SealedBallots", [ballotbox, trusteeCeremony]);

  return { poseidonT3, poseidonT6, semaphoreVerifier, semaphore, ballotbox, trusteeCeremony, sealedBallots };
});
