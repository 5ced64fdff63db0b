/**
 * Gas budget: fails when a ballot, cast alone or in a batch, costs more than 2% over the figures
 * `npm run bench:gas` wrote to bench/results/gas.json. A lean replay of that benchmark on the same
 * election and stored real ballots (test/helpers/batch-election.ts), measured by the same code
 * (scripts/ballot-gas.ts).
 *
 * The benchmark's medians are steady-state ballots: their option's tally slot and the poll's ballot
 * count are already non-zero (the first ballot for an option pays about 17k more to fill an empty
 * slot). So one warm-up ballot per option is cast first and not measured. Then ten ballots are cast
 * alone (their median is held to `single.median`) and, from the same state, the same ten in one
 * castVotes (per ballot, held to `batch10.median`) and fifty in one castVotes (`batch50.median`).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { network } from "hardhat";
import * as z from "zod";
import { castEachAlone, castInBatches, stat } from "../../scripts/ballot-gas.ts";
import { SINGLE_POLL, WARM_UP_VOTERS, loadBatchBallots, openBatchElection } from "../helpers/batch-election.ts";

const GAS_JSON = path.resolve(import.meta.dirname, "../../bench/results/gas.json");
/** How far over the committed figures a measurement may go. */
const TOLERANCE = 0.02;
const ALONE = 10;
const BATCH_SIZES = [10, 50] as const;

const baselineSchema = z.object({
  single: z.object({ median: z.number().positive() }),
  batch10: z.object({ median: z.number().positive() }),
  batch50: z.object({ median: z.number().positive() }),
});

const connection = await network.create();
const { networkHelpers } = connection;

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
  it("Should cast a ballot alone and in batches of 10 and 50 for at most 2% over the benchmark's medians", async (t) => {
    const baseline = baselineSchema.parse(JSON.parse(await readFile(GAS_JSON, "utf8")));
    const ballots = await loadBatchBallots();
    const { ballotbox, publicClient } = await openBatchElection(connection);
    const warmUp = WARM_UP_VOTERS.map((voter) => ballots.single[voter] ?? assert.fail());

    await castEachAlone(publicClient, ballotbox, SINGLE_POLL, warmUp);
    const warm = await networkHelpers.takeSnapshot();
    const alone = stat(
      await castEachAlone(publicClient, ballotbox, SINGLE_POLL, ballots.single.slice(0, ALONE)),
    ).median;
    const verdicts = [judge(`castVote, one ballot (median of ${ALONE})`, alone, baseline.single.median)];
    for (const size of BATCH_SIZES) {
      await warm.restore();
      const [batched] = await castInBatches(publicClient, ballotbox, SINGLE_POLL, ballots.single.slice(0, size), size);
      assert.ok(batched !== undefined, "the batch was not cast");
      verdicts.push(judge(`castVotes, batch of ${size} (per ballot)`, batched, baseline[`batch${size}`].median));
    }

    for (const { line } of verdicts) t.diagnostic(line);
    const failures = verdicts.flatMap(({ overBudget }) => (overBudget === undefined ? [] : [overBudget]));
    assert.deepEqual(failures, []);
  });
});
