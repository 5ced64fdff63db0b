/** Why a request was refused: an HTTP status, a stable code for programs, and a sentence for people. */
import { contractError, type ContractErrorName } from "../lib/contracts/contract-errors.ts";
import type { RelayerErrorCode } from "../lib/relayer/protocol.ts";

export class Rejection extends Error {
  override name = "Rejection";
  readonly status: number;
  readonly code: RelayerErrorCode;

  constructor(status: number, code: RelayerErrorCode, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** A refusal the contract would make, found before spending gas: its code and sentence. */
  static contract(status: number, name: ContractErrorName): Rejection {
    const { code, message } = contractError(name);
    return new Rejection(status, code, message);
  }
}
