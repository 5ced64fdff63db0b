/**
 * No secret in what the browser downloads: the client bundle the server just built is searched for
 * every key the local setup knows (Hardhat's test keys, which the local development account and the
 * relayer use on chain 31337) and for the names of the server's secret settings.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { mnemonicToAccount } from "viem/accounts";
import { bytesToHex } from "viem";

const HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";
const SECRET_SETTINGS = ["BALLOTBOX_DEPLOYER_KEY", "RELAYER_PRIVATE_KEY", "RELAYER_KEY_FILE"];

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

test("the client bundle holds no private key and no secret setting", async () => {
  const files = await filesUnder(path.join(".next", "static"));
  expect(files.some((file) => file.endsWith(".js"))).toBe(true);
  const keys = Array.from({ length: 20 }, (_, index) => {
    const privateKey = mnemonicToAccount(HARDHAT_MNEMONIC, { addressIndex: index }).getHdKey().privateKey;
    if (privateKey === null) throw new Error("no key derived");
    return bytesToHex(privateKey).slice(2);
  });
  const needles = [...keys, ...SECRET_SETTINGS, process.env.RELAYER_PRIVATE_KEY?.replace(/^0x/, "")].filter(
    (needle): needle is string => needle !== undefined && needle !== "",
  );
  for (const file of files) {
    const text = (await readFile(file)).toString("latin1").toLowerCase();
    for (const needle of needles)
      expect(text.includes(needle.toLowerCase()), `${needle.slice(0, 8)}… in ${file}`).toBe(false);
  }
});
