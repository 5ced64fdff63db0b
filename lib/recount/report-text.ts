import type { RecountReport } from "./recount.ts";

/** The recount report as a person reads it in a terminal. */
export function formatReport(report: RecountReport): string {
  const { poll, contract } = report.input;
  const lines: string[] = [];
  lines.push(`Poll ${poll.pollId}: ${poll.question}`);
  lines.push(
    `  ${poll.ballotType === "single" ? "Single choice" : "Approval"} ballot, chain ${report.input.chainId}, contract ${report.input.ballotbox}`,
  );
  lines.push(
    `  Read at block ${report.input.blockNumber}${report.closed ? " (poll closed)" : " (poll NOT closed yet: counts may still change)"}`,
  );
  lines.push(`  Roll: ${report.roll.size} voter(s), root ${report.roll.root}`);
  lines.push("");
  const width = Math.max(...poll.options.map((option) => option.length), 6);
  lines.push(`  ${"Option".padEnd(width)}  Recount  Contract`);
  poll.options.forEach((option, index) => {
    const recounted = report.tally[index] ?? 0n;
    const onChain = contract.tally[index];
    const mark = onChain === recounted ? "" : "  ≠";
    lines.push(
      `  ${option.padEnd(width)}  ${String(recounted).padStart(7)}  ${String(onChain ?? "-").padStart(8)}${mark}`,
    );
  });
  lines.push("");
  lines.push(
    `  Ballots checked: ${report.ballotsChecked}, counted: ${report.ballotsCounted}, rejected: ${report.rejected.length} (contract reports ${contract.ballotCount})`,
  );
  lines.push(
    `  Proofs verified in ${report.verification.seconds.toFixed(2)} s (${Math.round(report.verification.ballotsPerSecond)} ballots/s)`,
  );
  for (const rejected of report.rejected) {
    lines.push(`  ✗ ballot ${rejected.nullifier} in ${rejected.transactionHash} (block ${rejected.blockNumber}):`);
    for (const reason of rejected.reasons) lines.push(`      ${reason}`);
  }
  lines.push("");
  if (report.status === "MATCH") {
    lines.push("MATCH: every ballot verifies and the contract's tally equals the recount.");
  } else {
    lines.push("MISMATCH:");
    for (const discrepancy of report.discrepancies) lines.push(`  - ${discrepancy}`);
  }
  return lines.join("\n");
}

/** The report as JSON (bigints as decimal strings), with each counted option named. */
export function reportToJson(report: RecountReport): string {
  const { poll } = report.input;
  const document = {
    ...report,
    options: poll.options.map((label, index) => ({
      label,
      recount: report.tally[index] ?? 0n,
      contract: report.input.contract.tally[index] ?? null,
    })),
  };
  return `${JSON.stringify(document, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), 2)}\n`;
}
