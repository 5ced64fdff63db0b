#!/usr/bin/env node
/** Entry point of the `ballotbox` command: errors become one readable line and a non-zero exit. */
import { CommanderError } from "commander";
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
    // Errors of the core and of the commands are sentences written for the user: print the sentence,
    // and the stack only on request.
    if (program.opts<{ verbose?: boolean }>().verbose === true) console.error(error);
    else console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
