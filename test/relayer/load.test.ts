/**
 * `npm run test:load`: many clients post ballots to the relayer at once, about a fifth of them invalid
 * (a tampered proof, a closed poll, malformed JSON) or sent twice (a valid ballot again, which must get
 * its first receipt back); halfway through, the relayer is killed with SIGKILL and started again on the
 * same journal. Then: every valid ballot is counted on chain exactly once, every invalid one got a 4xx,
 * every resend the receipt of its original, the tally is the valid ballots' tally, and no ballot was
 * lost.
 *
 * CI size: LOAD_BALLOTS=60 (default). Larger: LOAD_BALLOTS=500 LOAD_CLIENTS=32 npm run test:load
 * (needs that many stored proofs: npm run relayer:generate -- --count 500).
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parseEventLogs } from "viem";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { ballotBody, get, loadBallots, type StoredBallots } from "./helpers/ballots.ts";
import { postAll, type LoadRequest } from "./helpers/clients.ts";
import { deployElection, expectOpenPollTally, waitForBallotCount, type Deployed } from "./helpers/deploy.ts";
import { BALLOTBOX, CLOSED_POLL, OPEN_POLL } from "./helpers/election.ts";
import { killAll, startChain, startRelayer, type Service } from "./helpers/processes.ts";

const CHAIN_PORT = 8547;
const RELAYER_PORT = 8789;
const TOTAL = Number(process.env.LOAD_BALLOTS ?? 60);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 12);

let chain: Service & { rpcUrl: string };
let relayer: Service & { url: string };
let deployed: Deployed;
let ballots: StoredBallots;
let dataDir: string;

const env = () => ({
  RELAYER_RPC_URL: chain.rpcUrl,
  RELAYER_CONTRACT: BALLOTBOX,
  RELAYER_DATA_DIR: dataDir,
  RELAYER_PORT: String(RELAYER_PORT),
  // Every client is 127.0.0.1 here: the per-client limit must not throttle the whole test.
  RELAYER_RATE_BURST: "100000",
  RELAYER_RATE_PER_SECOND: "100000",
});

before(async () => {
  ballots = await loadBallots();
  dataDir = await mkdtemp(path.join(tmpdir(), "ballotbox-relayer-load-"));
  chain = await startChain(CHAIN_PORT);
  deployed = await deployElection(chain.rpcUrl);
  relayer = await startRelayer(env());
});

after(async () => {
  await killAll();
  await rm(dataDir, { recursive: true, force: true });
});

/** The requests, in a fixed interleaving: four valid ones, then one invalid, of the four kinds in turn. */
function plan(): { requests: LoadRequest[]; validIndexes: number[] } {
  const invalidCount = Math.floor(TOTAL / 5);
  const validCount = TOTAL - invalidCount;
  if (validCount > ballots.open.length) {
    throw new Error(`LOAD_BALLOTS=${TOTAL} needs ${validCount} stored ballots; there are ${ballots.open.length}.`);
  }
  const requests: LoadRequest[] = [];
  const validIndexes: number[] = [];
  let valid = 0;
  let invalid = 0;
  const firstOf = new Map<number, number>();
  while (valid < validCount || invalid < invalidCount) {
    if (valid < validCount && (requests.length % 5 !== 4 || invalid >= invalidCount)) {
      const proof = ballots.open[valid];
      assert.ok(proof);
      firstOf.set(valid, requests.length);
      validIndexes.push(valid);
      requests.push({ valid: true, body: JSON.stringify(ballotBody(OPEN_POLL.pollId, proof)) });
      valid++;
      continue;
    }
    const kind = invalid % 4;
    const source = ballots.open[invalid % valid] ?? ballots.open[0];
    assert.ok(source);
    if (kind === 0) {
      // Tampered: another valid choice under a real proof.
      const tampered = { ...source, message: (source.message + 1n) % BigInt(OPEN_POLL.optionCount) };
      requests.push({ valid: false, body: JSON.stringify(ballotBody(OPEN_POLL.pollId, tampered)) });
    } else if (kind === 1) {
      // The same ballot again once its original has its answer: the same receipt comes back.
      requests.push({
        valid: false,
        body: JSON.stringify(ballotBody(OPEN_POLL.pollId, source)),
        after: firstOf.get(invalid % valid),
      });
    } else if (kind === 2) {
      const closed = ballots.closed[invalid % ballots.closed.length];
      assert.ok(closed);
      requests.push({ valid: false, body: JSON.stringify(ballotBody(CLOSED_POLL.pollId, closed)) });
    } else {
      requests.push({ valid: false, body: '{"pollId": "1", "proof": ' });
    }
    invalid++;
  }
  return { requests, validIndexes };
}

describe("relayer under load, killed with SIGKILL mid-run", () => {
  it(
    `Should count each of ${TOTAL - Math.floor(TOTAL / 5)} valid ballots once, refuse the invalid ones and answer resends with their receipt`,
    { timeout: 600_000 },
    async () => {
      const { requests, validIndexes } = plan();
      let restarting: Promise<void> | undefined;
      const outcomes = await postAll(relayer.url, requests, CLIENTS, (_, answered) => {
        if (answered === Math.floor(TOTAL / 2) && restarting === undefined) {
          restarting = (async () => {
            await relayer.kill("SIGKILL");
            relayer = await startRelayer(env());
          })();
        }
      });
      await restarting;

      const isResend = (i: number) => requests[i]?.after !== undefined;
      const invalidAnswers = outcomes.filter((_, i) => requests[i]?.valid === false && !isResend(i));
      for (const outcome of invalidAnswers) {
        assert.ok(outcome.status >= 400 && outcome.status < 500, `an invalid ballot got ${outcome.status}`);
      }
      // A valid ballot is accepted; only if its first attempt died with the relayer may the retry
      // find it already journaled, and get its receipt (200).
      const validAnswers = outcomes.filter((_, i) => requests[i]?.valid === true);
      for (const outcome of validAnswers) {
        assert.ok(
          outcome.status === 202 || (outcome.retried && outcome.status === 200),
          `a valid ballot got ${outcome.status} ${JSON.stringify(outcome.body)}`,
        );
      }
      // A ballot sent again gets the receipt of its original (idempotent), not a second entry.
      outcomes.forEach((outcome, i) => {
        const original = requests[i]?.after;
        if (original === undefined) return;
        assert.equal(outcome.status, 200, JSON.stringify(outcome.body));
        assert.equal(outcome.body.id, outcomes[original]?.body.id);
      });

      // Wait for the chain to count them all.
      const ballotCount = await waitForBallotCount(deployed.client, validIndexes.length, 120_000);

      // Exactly once: one BallotCast per valid nullifier, no other, and nothing rejected on chain
      // (a re-submitted ballot would show as BallotRejected(NullifierAlreadyUsed)).
      const logs = parseEventLogs({
        abi: ballotboxAbi,
        logs: await deployed.client.getLogs({ address: BALLOTBOX, fromBlock: 0n, toBlock: "latest" }),
      });
      const cast = logs.flatMap((log) => (log.eventName === "BallotCast" ? [log.args.nullifier] : []));
      const rejectedOnChain = logs.filter((log) => log.eventName === "BallotRejected").length;
      const expected = new Set(validIndexes.map((i) => ballots.open[i]?.nullifier));
      const counted = cast.filter((nullifier) => expected.has(nullifier));
      const lost = validIndexes.length - new Set(counted).size;
      const figures = {
        sent: requests.length,
        accepted: validAnswers.length,
        rejected: invalidAnswers.length,
        resent: outcomes.filter((_, i) => isResend(i)).length,
        counted: cast.length,
        lost,
        rejectedOnChain,
        retriedAfterKill: outcomes.filter((outcome) => outcome.retried).length,
      };
      // What the restarted relayer found in its journal (waiting entries, transactions to re-check).
      console.log(`restart: ${/Journal [^\n]*/.exec(relayer.output())?.[0] ?? "?"}`);
      console.log(`load: ${JSON.stringify(figures)}`);
      assert.equal(lost, 0, "no valid ballot is lost");
      assert.equal(cast.length, validIndexes.length, "no ballot is counted twice, and no invalid one is counted");
      assert.equal(new Set(cast).size, cast.length);
      assert.equal(rejectedOnChain, 0, "the relayer never submitted a ballot twice");
      assert.equal(ballotCount, validIndexes.length);

      await expectOpenPollTally(deployed.client, validIndexes);

      // Every receipt the relayer handed out reads "counted" after the restart.
      for (const outcome of validAnswers) {
        if (outcome.status !== 202 && outcome.status !== 200) continue;
        const receipt = await get(`${relayer.url}/ballots/${outcome.body.id ?? ""}`);
        assert.equal(receipt.body.state, "counted", JSON.stringify(receipt.body));
      }
    },
  );
});
