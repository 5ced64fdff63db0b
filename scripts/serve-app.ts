/**
 * Serves the web app (Next's production server, or with --dev its dev server) through a plain Node
 * HTTP server that first sets who the client is (lib/relayer/forwarded-for.ts): so the relayer behind
 * the app's /relayer/* forwarder rate-limits each voter by their own address, and no client can choose
 * it by writing X-Forwarded-For. `npm start` runs this instead of `next start` / `next dev`.
 *
 *   node scripts/serve-app.ts [--dev] [--hostname 127.0.0.1] [--port 3000]
 *   APP_TRUST_PROXY  none (default) | number of proxies in front | their addresses or CIDR ranges
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { parseTrust, setForwardedFor } from "../lib/relayer/forwarded-for.ts";

const { values: flags } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    hostname: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: process.env.PORT ?? "3000" },
  },
});
const port = Number(flags.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, not "${flags.port}".`);
  process.exit(2);
}
const trust = (() => {
  try {
    return parseTrust(process.env.APP_TRUST_PROXY);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return process.exit(2);
  }
})();

// Next builds the proxy's request URL on "localhost" whatever hostname it is given, but compares the
// proxy's rewrites with the given hostname: with any other, every rewrite (next-intl's, to the
// language segment) looks external and is proxied back to this server. So Next is told "localhost";
// the server below still listens only on --hostname.
const app = next({ dev: flags.dev, hostname: "localhost", port, dir: new URL("..", import.meta.url).pathname });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((request, response) => {
  setForwardedFor(request, trust);
  void handle(request, response);
});
// The dev server's hot reload talks over WebSocket upgrades.
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (request, socket, head: Buffer) => {
  setForwardedFor(request, trust);
  void upgrade(request, socket, head);
});
server.listen(port, flags.hostname, () => {
  console.log(`App ready on http://${flags.hostname}:${port}`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  void app.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
