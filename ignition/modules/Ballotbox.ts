import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/** Deploys Semaphore v4 (with its verifier and Poseidon library) and Ballotbox on top of it. */
export default buildModule("Ballotbox", (m) => {
  const poseidonT3 = m.library("PoseidonT3");
  const semaphoreVerifier = m.contract("SemaphoreVerifier");
  const semaphore = m.contract("Semaphore", [semaphoreVerifier], {
    libraries: { PoseidonT3: poseidonT3 },
  });
  const ballotbox = m.contract("Ballotbox", [semaphore]);

  return { poseidonT3, semaphoreVerifier, semaphore, ballotbox };
});
