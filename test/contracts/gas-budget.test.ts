/**
 * Gas budget: fails when a ballot, cast alone or in a batch, costs more than 2% over the figures
 * `npm run bench:gas` wrote to bench/results/gas.json. A lean replay of that benchmark with real
 * proofs (14 instead of 100), measured by the same code (scripts/ballot-gas.ts).
 *
 * The benchmark's medians are steady-state ballots: their option's tally slot and the poll's ballot
 * count are already non-zero (the first ballot for an option pays about 17k more to fill an empty
 * slot). So one warm-up ballot per option is cast first and not measured. Then ten ballots are cast
 * alone (their median is held to `single.median`) and, from the same state, the same ten in one
 * castVotes (per ballot, held to `batch10.median`, whose batches mix the options the same way).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import { network } from "hardhat";
import * as z from "zod";
import BallotboxModule from "../../ignition/modules/Ballotbox.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import {
  SINGLE_OPTIONS,
  benchVoter,
  castEachAlone,
  castInBatches,
  singleChoiceBallot,
  stat,
} from "../../scripts/ballot-gas.ts";
import { HOUR, SINGLE_CHOICE } from "../helpers/fixtures.ts";
import { proveBallot } from "../helpers/proofs.ts";

const GAS_JSON = path.resolve(import.meta.dirname, "../../bench/results/gas.json");
/** How far over the committed figures a measurement may go. */
const TOLERANCE = 0.02;
const WARM_UP = SINGLE_OPTIONS.length;
/** The benchmark's smaller batch, `batch10`. */
const BATCH_SIZE = 10;
const POLL = 1n;

const baselineSchema = z.object({
  single: z.object({ median: z.number().positive() }),
  batch10: z.object({ median: z.number().positive() }),
});

const connection = await network.create();
const { viem, networkHelpers } = connection;

after(releaseSnarkjs);

/** Ten real ballots, in the benchmark's poll shape, with four warm-up ballots before them. */
async function castableBallots() {
  const { ballotbox } = await connection.ignition.deploy(BallotboxModule);
  const startTime = BigInt(await networkHelpers.time.latest()) + HOUR;
  await ballotbox.write.createPoll([
    "Favourite colour?",
    SINGLE_OPTIONS,
    SINGLE_CHOICE,
    Number(startTime),
    Number(startTime + HOUR),
  ]);
  const identities = Array.from({ length: WARM_UP + BATCH_SIZE }, (_, i) => benchVoter(i));
  const group = new Group(identities.map((identity) => identity.commitment));
  await ballotbox.write.addVoters([POLL, group.members]);
  const scope = await ballotbox.read.pollScope([POLL]);
  const proofs: SolidityProof[] = [];
  for (const [i, identity] of identities.entries()) {
    proofs.push(await proveBallot(identity, group, singleChoiceBallot(i), scope));
  }
  await networkHelpers.time.increaseTo(startTime);
  return { ballotbox, warmUp: proofs.slice(0, WARM_UP), measured: proofs.slice(WARM_UP) };
}

/** One line of the report, and the sentence of the failure if the figure is over budget. */
function judge(operation: string, measured: number, baseline: number) {
  const n = (gas: number) => Math.round(gas).toLocaleString("en-US");
  const change = ((measured - baseline) / baseline) * 100;
  const line = `${operation}: ${n(measured)} gas measured, ${n(baseline)} in gas.json (${change >= 0 ? "+" : ""}${change.toFixed(2)}%)`;
  const overBudget =
    measured > baseline * (1 + TOLERANCE)
      ? `${line}, more than ${TOLERANCE * 100}% over: find what made ballots dearer, or if that is wanted, ` +
        "run `npm run bench:gas` and commit the new bench/results/gas.json."
      : undefined;
  return { line, overBudget };
}

describe("Gas budget (bench/results/gas.json)", () => {
  it("Should cast a ballot alone and in a batch of 10 for at most 2% over the benchmark's medians", async (t) => {
    const baseline = baselineSchema.parse(JSON.parse(await readFile(GAS_JSON, "utf8")));
    const { ballotbox, warmUp, measured } = await castableBallots();
    const publicClient = await viem.getPublicClient();

    await castEachAlone(publicClient, ballotbox, POLL, warmUp);
    const warm = await networkHelpers.takeSnapshot();
    const alone = stat(await castEachAlone(publicClient, ballotbox, POLL, measured)).median;
    await warm.restore();
    const [batched] = await castInBatches(publicClient, ballotbox, POLL, measured, BATCH_SIZE);
    assert.ok(batched !== undefined, "the batch was not cast");

    const verdicts = [
      judge("castVote, one ballot (median of 10)", alone, baseline.single.median),
      judge(`castVotes, batch of ${BATCH_SIZE} (per ballot)`, batched, baseline.batch10.median),
    ];
    for (const { line } of verdicts) t.diagnostic(line);
    const failures = verdicts.flatMap(({ overBudget }) => (overBudget === undefined ? [] : [overBudget]));
    assert.deepEqual(failures, []);
  });
});
