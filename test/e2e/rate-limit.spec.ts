/**
 * The relayer's rate limit through the app, as browsers reach it (/relayer/* on the app's origin):
 * each client has its own allowance, whatever X-Forwarded-For it writes. Clients are told apart by
 * their loopback source address (127.0.0.2, .3, …; never 127.0.0.1, which the browser tests use), with
 * the real `npm start` stack: scripts/serve-app.ts → the app's /relayer forwarder → the relayer. Each POST is an
 * empty body, refused (400) after the limit is checked, so nothing reaches the chain.
 * The figures (answered / refused with 429, of 120) are printed for the record.
 */
import { request } from "node:http";
import { expect, test } from "@playwright/test";
import { APP_URL } from "../../playwright.config.ts";

const url = new URL("/relayer/ballots", APP_URL);

/** One POST from `localAddress`, with extra headers; resolves with the status. */
function post(localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: "POST", localAddress, agent: false, headers: { "content-type": "application/json", ...headers } },
      (response) => {
        response.resume();
        response.on("end", () => {
          resolve(response.statusCode ?? 0);
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end("{}");
  });
}

/**
 * `count` POSTs from the given client, forty at a time (so that 120 fit in the relayer's window of
 * 3 s even on a loaded machine); how many were answered and how many refused.
 */
async function burst(count: number, client: () => [string, Record<string, string>?]) {
  const statuses: number[] = [];
  for (let sent = 0; sent < count; sent += 40) {
    const batch = Array.from({ length: Math.min(40, count - sent) }, () => post(...client()));
    statuses.push(...(await Promise.all(batch)));
  }
  const unexpected = statuses.filter((status) => status !== 400 && status !== 429);
  if (unexpected.length > 0) throw new Error(`Unexpected HTTP ${unexpected.join(", ")}`);
  return {
    answered: statuses.filter((status) => status === 400).length,
    limited: statuses.filter((status) => status === 429).length,
  };
}

const randomAddress = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.7`;

test("each client behind the app has its own rate limit, and cannot choose its address", async () => {
  // One client, 120 requests: limited after its burst.
  const one = await burst(120, () => ["127.0.0.2"]);
  // Right after, another client: not limited by the first one's requests.
  const other = await burst(10, () => ["127.0.0.3"]);
  // Two clients sharing 120 requests between them: each within its own allowance.
  const shared = await burst(
    120,
    (() => {
      let i = 0;
      return () => [i++ % 2 === 0 ? "127.0.0.4" : "127.0.0.5"];
    })(),
  );
  // One client making up a new X-Forwarded-For (and X-Real-IP, Forwarded) on every request.
  const spoofed = await burst(120, () => {
    const fake = randomAddress();
    return ["127.0.0.6", { "x-forwarded-for": fake, "x-real-ip": fake, forwarded: `for=${fake}` }];
  });
  console.log(
    `Through the app, 120 POSTs each: one client ${one.answered} answered / ${one.limited} limited; ` +
      `two clients ${shared.answered} / ${shared.limited}; spoofed X-Forwarded-For ${spoofed.answered} / ${spoofed.limited}; ` +
      `a second client right after the first: ${other.answered} / ${other.limited} of 10.`,
  );
  expect(one.limited).toBeGreaterThan(0);
  expect(other.limited).toBe(0);
  expect(shared.limited).toBe(0);
  expect(spoofed.limited).toBeGreaterThan(0);
});
