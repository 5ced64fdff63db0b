/** Building the roll: `voters add`, `invites create`, `allowlist set`, `register`. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import QRCode from "qrcode";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { readIdentityFile } from "../../lib/identity/identity-file.node.ts";
import { AddressTree } from "../../lib/registration/address-tree.ts";
import { CsvError, parseAddressesCsv, parseCommitmentsCsv } from "../../lib/registration/csv.ts";
import { createInviteLink, parseInviteLink } from "../../lib/registration/invite-link.ts";
import { createInvites, signInviteRegistration } from "../../lib/registration/invites.ts";
import { readPoll } from "../../lib/chain/poll-reader.ts";
import { connect, loadSigner, sendContractCall, walletFor, type GlobalOptions } from "../context.ts";
import { CliError } from "../errors.ts";

/** Commitments per addVoters transaction: about 47k gas each keeps a chunk well under a block's limit. */
const VOTERS_PER_TRANSACTION = 250;

async function readCsv<T>(file: string, parse: (text: string) => T[]): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError(`Cannot read ${file}.`);
  }
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

export async function addVotersCommand(
  global: GlobalOptions,
  options: { poll: bigint; commitment?: string; csv?: string },
): Promise<void> {
  if ((options.commitment === undefined) === (options.csv === undefined)) {
    throw new CliError("Give either --commitment or --csv.");
  }
  const commitments =
    options.csv !== undefined
      ? await readCsv(options.csv, parseCommitmentsCsv)
      : parseCommitmentsCsv(options.commitment ?? "");
  const conn = await connect(global);
  const wallet = walletFor(conn, await loadSigner(global, conn.chainId));
  for (let start = 0; start < commitments.length; start += VOTERS_PER_TRANSACTION) {
    const chunk = commitments.slice(start, start + VOTERS_PER_TRANSACTION);
    const receipt = await sendContractCall(conn, wallet, {
      address: conn.ballotbox,
      abi: ballotboxAbi,
      functionName: "addVoters",
      args: [options.poll, chunk],
    });
    console.log(
      `Added ${start + chunk.length} of ${commitments.length} voter(s) (transaction ${receipt.transactionHash})`,
    );
  }
}

export async function createInvitesCommand(
  global: GlobalOptions,
  options: { poll: bigint; count: number; appUrl: string; out?: string; qr?: boolean },
): Promise<void> {
  const conn = await connect(global);
  await readPoll(conn, options.poll, { blockNumber: await conn.client.getBlockNumber() });
  const invites = createInvites(
    { chainId: conn.chainId, ballotbox: conn.ballotbox, pollId: options.poll },
    options.count,
  );
  const links = invites.invites.map((invite) => createInviteLink(options.appUrl, invite));
  // Write the links before the root goes on chain: a root without its links would strand the invites.
  if (options.out !== undefined) {
    await mkdir(options.out, { recursive: true });
    await writeFile(path.join(options.out, "invites.csv"), `link\n${links.join("\n")}\n`, { mode: 0o600 });
    if (options.qr === true) {
      await Promise.all(
        links.map((link, index) => QRCode.toFile(path.join(options.out ?? ".", `invite-${index + 1}.png`), link)),
      );
    }
  }
  const wallet = walletFor(conn, await loadSigner(global, conn.chainId));
  const receipt = await sendContractCall(conn, wallet, {
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "setInviteRoot",
    args: [options.poll, invites.root],
  });
  console.error(`Set the invite root of poll ${options.poll} (transaction ${receipt.transactionHash}).`);
  if (options.out !== undefined) {
    console.error(
      `Wrote ${links.length} invite link(s) to ${path.join(options.out, "invites.csv")}${options.qr === true ? " with QR codes" : ""}.`,
    );
  } else {
    for (const link of links) console.log(link);
  }
}

export async function setAllowlistCommand(
  global: GlobalOptions,
  options: { poll: bigint; csv: string },
): Promise<void> {
  const addresses = await readCsv(options.csv, parseAddressesCsv);
  const tree = new AddressTree(addresses);
  const conn = await connect(global);
  const wallet = walletFor(conn, await loadSigner(global, conn.chainId));
  const receipt = await sendContractCall(conn, wallet, {
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "setAllowlistRoot",
    args: [options.poll, tree.root],
  });
  console.log(
    `Allowlisted ${addresses.length} wallet(s) in poll ${options.poll} (root ${tree.root}, transaction ${receipt.transactionHash}).`,
  );
  console.log("Each wallet registers with: ballotbox register --allowlist FILE --poll ID --identity FILE");
}

export async function registerCommand(
  global: GlobalOptions,
  options: { identity: string; invite?: string; allowlist?: string; poll?: bigint },
): Promise<void> {
  const identity = await readIdentityFile(options.identity, passphraseFromEnvironment);
  if ((options.invite === undefined) === (options.allowlist === undefined)) {
    throw new CliError("Register with either --invite LINK or --allowlist FILE.");
  }
  if (options.invite !== undefined) {
    const invite = parseInviteLink(options.invite);
    const conn = await connect({ ...global, contract: invite.ballotbox, chainId: invite.chainId });
    const registration = await signInviteRegistration(invite, identity.commitment);
    const wallet = walletFor(conn, await loadSigner(global, conn.chainId));
    const receipt = await sendContractCall(conn, wallet, {
      address: conn.ballotbox,
      abi: ballotboxAbi,
      functionName: "registerWithInvite",
      args: [
        registration.pollId,
        registration.identityCommitment,
        registration.invite,
        registration.inviteProof,
        registration.signature,
      ],
    });
    console.log(
      `Registered identity ${identity.commitment} in poll ${invite.pollId} (transaction ${receipt.transactionHash}).`,
    );
    return;
  }
  if (options.poll === undefined) throw new CliError("--allowlist needs --poll ID.");
  const addresses = await readCsv(options.allowlist ?? "", parseAddressesCsv);
  const conn = await connect(global);
  const account = await loadSigner(global, conn.chainId);
  if (!addresses.some((address) => address.toLowerCase() === account.address.toLowerCase())) {
    throw new CliError(`The wallet ${account.address} is not in ${options.allowlist ?? "the allowlist"}.`);
  }
  const proof = new AddressTree(addresses).proof(account.address);
  const receipt = await sendContractCall(conn, walletFor(conn, account), {
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "registerFromAllowlist",
    args: [options.poll, identity.commitment, proof],
  });
  console.log(
    `Registered identity ${identity.commitment} in poll ${options.poll} from ${account.address} (transaction ${receipt.transactionHash}).`,
  );
}

/** Encrypted identity backups are opened with BALLOTBOX_IDENTITY_PASSPHRASE (never a flag). */
export function passphraseFromEnvironment(): Promise<string> {
  const passphrase = process.env.BALLOTBOX_IDENTITY_PASSPHRASE;
  if (passphrase === undefined) {
    return Promise.reject(new CliError("This identity file is encrypted: set BALLOTBOX_IDENTITY_PASSPHRASE."));
  }
  return Promise.resolve(passphrase);
}
