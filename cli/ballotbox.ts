#!/usr/bin/env node
/** Entry point of the `ballotbox` command: errors become one readable line and a non-zero exit. */
import { CommanderError } from "commander";
import { CliError } from "./errors.ts";
import { buildProgram } from "./program.ts";

const program = buildProgram();
program.exitOverride();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed the problem (or the help) itself.
    process.exitCode = error.exitCode;
  } else {
    const verbose = program.opts<{ verbose?: boolean }>().verbose === true;
    if (verbose) console.error(error);
    else if (error instanceof CliError) console.error(`Error: ${error.message}`);
    else console.error(`Error: ${error instanceof Error ? error.message : String(error)} (--verbose shows details)`);
    process.exitCode = 1;
  }
}
