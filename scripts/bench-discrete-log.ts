/**
 * How long reading a sealed tally's count takes: baby-step giant-step (lib/sealed/discrete-log.ts)
 * for m·G at the bounds a tally meets. Cold includes building the baby-step table; warm reuses it,
 * as the later options of one tally do. Each m is the worst case, the bound itself.
 *
 *     node scripts/bench-discrete-log.ts [bound…]     (default 1000000 1048576 16777216)
 */
import { mulBase } from "../lib/sealed/curve.ts";
import { discreteLog } from "../lib/sealed/discrete-log.ts";

const bounds = process.argv.slice(2).map(Number);
for (const bound of bounds.length > 0 ? bounds : [1_000_000, 2 ** 20, 2 ** 24]) {
  const target = mulBase(BigInt(bound));
  let started = performance.now();
  const found = discreteLog(target, bound);
  const cold = performance.now() - started;
  if (found !== BigInt(bound)) throw new Error(`discreteLog found ${found}, not ${bound}`);
  const warm: number[] = [];
  for (let run = 0; run < 5; run++) {
    started = performance.now();
    discreteLog(target, bound);
    warm.push(performance.now() - started);
  }
  warm.sort((a, b) => a - b);
  console.log(
    `bound ${bound.toLocaleString("en")}: ${cold.toFixed(0)} ms cold, ${(warm[2] ?? 0).toFixed(0)} ms warm (median of 5)`,
  );
}
