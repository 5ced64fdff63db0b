/**
 * Groth16 verification keys, in the JSON form snarkjs exports and @zk-kit/semaphore-artifacts ships
 * (`semaphore-<depth>.json`), and the contract between "where keys come from" (a file in Node, a fetch
 * in a browser) and the verifiers that use them.
 */
import { z } from "zod";

const decimal = z.string().regex(/^\d+$/, "expected a decimal integer");
const g1 = z.tuple([decimal, decimal, decimal]);
const fq2 = z.tuple([decimal, decimal]);
const g2 = z.tuple([fq2, fq2, fq2]);

const verificationKeySchema = z.object({
  protocol: z.literal("groth16"),
  curve: z.literal("bn128"),
  nPublic: z.number().int().positive(),
  vk_alpha_1: g1,
  vk_beta_2: g2,
  vk_gamma_2: g2,
  vk_delta_2: g2,
  // One point per public signal, plus the constant term.
  IC: z.array(g1).min(2),
});

/** A Groth16 verification key over BN254: points as projective coordinates in decimal, G2 as [c0, c1]. */
export type Groth16VerificationKey = z.infer<typeof verificationKeySchema>;

/** Gives the Semaphore verification key for a tree depth (1 to 32). Implementations should cache. */
export type VerificationKeySource = (depth: number) => Promise<Groth16VerificationKey>;

/** Parses a verification key; throws unless it is one for `publicSignals` public signals. */
export function parseVerificationKey(json: unknown, publicSignals: number): Groth16VerificationKey {
  const key = verificationKeySchema.parse(json);
  if (key.nPublic !== publicSignals || key.IC.length !== publicSignals + 1) {
    throw new Error(`Expected a key for ${publicSignals} public signals, this one has ${key.nPublic}`);
  }
  return key;
}

/** Parses a verification key (e.g. a semaphore-<depth>.json); throws unless it is one for 4 public signals. */
export function parseSemaphoreVerificationKey(json: unknown): Groth16VerificationKey {
  return parseVerificationKey(json, 4);
}
