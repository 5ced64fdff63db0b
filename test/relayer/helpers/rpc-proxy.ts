/**
 * A JSON-RPC proxy between the relayer and the Hardhat node, for faults a real provider produces: it
 * counts the methods called, and answers chosen calls with "execution reverted" and no revert data
 * (as providers that strip revert data do), so the relayer meets an error nobody can decode.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

interface RpcRequest {
  id: unknown;
  method: string;
  params?: unknown[];
}

export interface RpcProxy {
  url: string;
  /** How many times each method was called since the last reset. */
  calls: Map<string, number>;
  /** Calls (eth_estimateGas, eth_call) whose data contains one of these hex strings fail undecodably. */
  poisoned: Set<string>;
  close: () => Promise<void>;
}

function dataOf(request: RpcRequest): string {
  const [call] = request.params ?? [];
  const fields = typeof call === "object" && call !== null ? (call as { data?: unknown; input?: unknown }) : {};
  const data = fields.data ?? fields.input;
  return typeof data === "string" ? data.toLowerCase() : "";
}

export async function startRpcProxy(target: string, selectors: readonly string[]): Promise<RpcProxy> {
  const calls = new Map<string, number>();
  const poisoned = new Set<string>();
  const faulty = (request: RpcRequest) => {
    if (request.method !== "eth_estimateGas" && request.method !== "eth_call") return false;
    const data = dataOf(request);
    // Only the submitter's calls (castVote/castVotes), not the checks that read nullifierUsed.
    return selectors.some((selector) => data.startsWith(selector)) && [...poisoned].some((hex) => data.includes(hex));
  };
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const parsed = JSON.parse(text) as RpcRequest | RpcRequest[];
      const requests = Array.isArray(parsed) ? parsed : [parsed];
      for (const request of requests) calls.set(request.method, (calls.get(request.method) ?? 0) + 1);
      const [only] = requests;
      if (!Array.isArray(parsed) && only !== undefined && faulty(only)) {
        outgoing.writeHead(200, { "content-type": "application/json" });
        outgoing.end(
          JSON.stringify({ jsonrpc: "2.0", id: only.id, error: { code: 3, message: "execution reverted" } }),
        );
        return;
      }
      fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body: text })
        .then(async (response) => {
          outgoing.writeHead(response.status, { "content-type": "application/json" });
          outgoing.end(await response.text());
        })
        .catch(() => {
          outgoing.writeHead(502);
          outgoing.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    poisoned,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
