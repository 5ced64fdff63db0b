/** Why a request was refused: an HTTP status, a stable code for programs, and a sentence for people. */
export class Rejection extends Error {
  override name = "Rejection";
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
