/**
 * snarkjs keeps one shared BN254 engine, with worker threads, in `globalThis.curve_bn128` for both
 * proving and verifying. Those threads keep a Node process alive: whoever is done with snarkjs calls
 * this. snarkjs builds a new engine if it is needed again.
 */
export async function releaseSnarkjs(): Promise<void> {
  const engine = (globalThis as { curve_bn128?: { terminate?: () => Promise<void> } | null }).curve_bn128;
  await engine?.terminate?.();
}
