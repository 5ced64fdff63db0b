/** Whether an Ethereum JSON-RPC endpoint answers `eth_chainId` within `timeoutMs`. */
export async function rpcAnswers(rpcUrl: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok;
  } catch {
    return false;
  }
}
