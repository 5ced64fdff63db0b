/** The `ballotbox` command line: every command, its flags and its help. */
import { Command, Option } from "commander";
import { createPollCommand, statusCommand } from "./commands/polls.ts";
import { addVotersCommand, createInvitesCommand, registerCommand, setAllowlistCommand } from "./commands/roll.ts";
import { deployCommand } from "./commands/deploy.ts";
import { createTrusteeKeyCommand, trusteeStepCommand } from "./commands/sealed.ts";
import {
  createIdentityCommand,
  exportCommand,
  recountCommand,
  verifyBundleCommand,
  voteCommand,
} from "./commands/votes.ts";
import type { GlobalOptions } from "./context.ts";
import { parseBlock, parseChoice, parseCount, parseId, parseUrl } from "./parse.ts";

/** Collects a repeatable flag's values. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function buildProgram(): Command {
  const program = new Command("ballotbox")
    .description("Anonymous polls on an Ethereum chain that anyone can recount.")
    .addOption(
      new Option("--rpc <url>", "Ethereum JSON-RPC endpoint").env("BALLOTBOX_RPC_URL").default("http://127.0.0.1:8545"),
    )
    .addOption(
      new Option("--contract <address>", "Ballotbox contract (default: deployments/<chainId>.json)").env(
        "BALLOTBOX_CONTRACT",
      ),
    )
    .addOption(new Option("--chain-id <id>", "refuse a node on any other chain").argParser(parseCount))
    .option("--key-file <file>", "file holding the signing key (or set BALLOTBOX_PRIVATE_KEY)")
    .option("--verbose", "print stack traces of errors", false)
    .showHelpAfterError("(run with --help for usage)")
    .configureHelp({ showGlobalOptions: true });

  const global = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command("deploy")
    .description("deploy Semaphore and Ballotbox to the network --rpc points at")
    .action(() => deployCommand(global()));

  const poll = program.command("poll").description("create polls");
  poll
    .command("create")
    .description("create a poll (from flags or --file poll.json)")
    .option("--question <text>", "the question")
    .option("--option <label>", "an option (repeat for each, 2 to 32)", collect, [])
    .addOption(new Option("--type <type>", "ballot type").choices(["single", "approval"]).default("single"))
    .option("--start <time>", 'voting opens: ISO date, unix seconds or "+10m"')
    .option("--end <time>", "voting closes (or use --duration)")
    .option("--duration <duration>", 'voting lasts, e.g. "2h" or "7d" (default 1d)')
    .option("--file <file>", "a JSON file with question, options, type, start, end or duration")
    .option("--sealed", "sealed until close: ballots encrypted, only the total decrypted by the trustees")
    .option("--trustee <address>", "a trustee of a sealed poll (repeat for each, 1 to 16)", collect, [])
    .option("--threshold <t>", "how many trustees decrypt (default: a majority)", parseCount)
    .option("--keys-by <time>", "trustees publish their keys by (default: a fifth of the way to --start)")
    .option("--deals-by <time>", "trustees deal their shares by (default: two fifths)")
    .option("--complaints-by <time>", "trustees complain about bad shares by (default: three fifths)")
    .option("--reveals-by <time>", "dealers answer complaints by (default: four fifths)")
    .action((options: Parameters<typeof createPollCommand>[1]) => createPollCommand(global(), options));

  program
    .command("status")
    .description("phase, turnout and tally of a poll")
    .requiredOption("--poll <id>", "poll id", parseId)
    .option("--json", "print JSON")
    .action((options: { poll: bigint; json?: boolean }) => statusCommand(global(), options));

  program
    .command("voters")
    .description("manage a poll's roll")
    .command("add")
    .description("add identity commitments to the roll (organizer, before voting opens)")
    .requiredOption("--poll <id>", "poll id", parseId)
    .option("--commitment <commitment>", "one identity commitment")
    .option("--csv <file>", "a CSV file of identity commitments")
    .action((options: { poll: bigint; commitment?: string; csv?: string }) => addVotersCommand(global(), options));

  program
    .command("invites")
    .description("invite links for self-registration")
    .command("create")
    .description("create invite keys, set their root on chain, and print or write the links")
    .requiredOption("--poll <id>", "poll id", parseId)
    .requiredOption("--count <n>", "how many invites", parseCount)
    .option("--app-url <url>", "where the Ballotbox app is served", "http://127.0.0.1:3000")
    .option("--out <dir>", "write invites.csv (and QR codes with --qr) here instead of printing")
    .option("--qr", "also write one QR code PNG per invite")
    .action((options: { poll: bigint; count: number; appUrl: string; out?: string; qr?: boolean }) =>
      createInvitesCommand(global(), options),
    );

  program
    .command("allowlist")
    .description("wallets that may register themselves")
    .command("set")
    .description("set a poll's allowlist from a CSV of addresses")
    .requiredOption("--poll <id>", "poll id", parseId)
    .requiredOption("--csv <file>", "a CSV file of wallet addresses")
    .action((options: { poll: bigint; csv: string }) => setAllowlistCommand(global(), options));

  program
    .command("identity")
    .description("voting identities")
    .command("create")
    .description("create a voting identity (encrypted if BALLOTBOX_IDENTITY_PASSPHRASE is set)")
    .requiredOption("--out <file>", "where to write it")
    .action((options: { out: string }) => createIdentityCommand(options));

  const trustee = program.command("trustee").description("trustees of sealed polls");
  trustee
    .command("key")
    .command("create")
    .description("create a trustee key, encrypted with BALLOTBOX_TRUSTEE_PASSPHRASE: the only backup a trustee needs")
    .requiredOption("--out <file>", "where to write it")
    .action((options: { out: string }) => createTrusteeKeyCommand(options));
  trustee
    .command("step")
    .description("do this trustee's next step of a sealed poll (key, deal, complain, reveal, finalise, decrypt, tally)")
    .requiredOption("--poll <id>", "poll id", parseId)
    .requiredOption("--key <file>", "the trustee key file")
    .action((options: { poll: bigint; key: string }) => trusteeStepCommand(global(), options));

  program
    .command("register")
    .description("put an identity on a poll's roll with an invite link or from an allowlisted wallet")
    .requiredOption("--identity <file>", "the identity file")
    .option("--invite <link>", "an invite link")
    .option("--allowlist <file>", "the poll's allowlist CSV (the signing wallet must be on it)")
    .option("--poll <id>", "poll id (with --allowlist)", parseId)
    .action((options: { identity: string; invite?: string; allowlist?: string; poll?: bigint }) =>
      registerCommand(global(), options),
    );

  program
    .command("vote")
    .description("cast a ballot, through a relayer (--relayer) or from this machine's wallet (which links the wallet)")
    .requiredOption("--poll <id>", "poll id", parseId)
    .requiredOption("--identity <file>", "the voter's identity file")
    .requiredOption("--choice <options>", 'option number(s) from 1, e.g. "2" or "1,3" (approval)', parseChoice)
    .option("--relayer <url>", "send the ballot through this relayer: no wallet of yours is linked to it", parseUrl)
    .option("--no-wait", "with --relayer: stop once the relayer has accepted the ballot")
    .action((options: Parameters<typeof voteCommand>[1]) => voteCommand(global(), options));

  program
    .command("recount")
    .description("re-read every ballot from the chain, re-verify every proof and compare with the contract")
    .requiredOption("--poll <id>", "poll id", parseId)
    .option("--block <n>", "recount as of this block (default: latest)", parseBlock)
    .option("--json <file>", "also write the report as JSON")
    .action((options: { poll: bigint; block?: bigint; json?: string }) => recountCommand(global(), options));

  program
    .command("export")
    .description("write a poll's audit bundle: everything needed to recount offline")
    .requiredOption("--poll <id>", "poll id", parseId)
    .requiredOption("--out <file>", "the bundle file")
    .option("--block <n>", "as of this block (default: latest)", parseBlock)
    .action((options: { poll: bigint; out: string; block?: bigint }) => exportCommand(global(), options));

  program
    .command("verify-bundle")
    .description("recount from an audit bundle alone, offline")
    .argument("<file>", "the bundle file")
    .option("--json <file>", "also write the report as JSON")
    .action((file: string, options: { json?: string }) => verifyBundleCommand(file, options));

  return program;
}
