/** An error the CLI reports as one sentence, without a stack trace (unless --verbose). */
export class CliError extends Error {
  override name = "CliError";
}
