import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { getAddress, type Address, type Hex } from "viem";

/**
 * A Merkle tree of addresses in OpenZeppelin's StandardMerkleTree format (leaf type `address`,
 * double-hashed leaves), the format Ballotbox checks invite and allowlist proofs against.
 */
export class AddressTree {
  private readonly tree: StandardMerkleTree<[string]>;
  /** Each address's index in the tree, so a proof costs O(log n), not a scan: 10,000 invites need 10,000 proofs. */
  private readonly indexes = new Map<string, number>();

  constructor(addresses: readonly Address[]) {
    if (addresses.length === 0) throw new Error("An address tree needs at least one address");
    const unique = new Set(addresses.map((address) => getAddress(address)));
    if (unique.size !== addresses.length) throw new Error("An address tree must not list an address twice");
    this.tree = StandardMerkleTree.of<[string]>(
      [...unique].map((address) => [address]),
      ["address"],
    );
    for (const [index, [leaf]] of this.tree.entries()) this.indexes.set(leaf, index);
  }

  /** The root to store on chain. */
  get root(): Hex {
    return this.tree.root as Hex;
  }

  /** The proof that `address` is in the tree; throws if it is not. */
  proof(address: Address): Hex[] {
    const wanted = getAddress(address);
    const index = this.indexes.get(wanted);
    if (index !== undefined) return this.tree.getProof(index) as Hex[];
    throw new Error(`${wanted} is not in this tree`);
  }
}
