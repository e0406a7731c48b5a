#!/usr/bin/env node
// The app's HTTP server, in place of `next start` (and `next dev` with --dev):
// Next.js's request handler behind node:http, so that the client address
// comes from the socket, not from a header the client can write (decision
// 012). Every request gets the x-rc-client-address header, set here from
// req.socket.remoteAddress, or from X-Forwarded-For as TRUSTED_PROXY_HOPS
// reverse proxies wrote it; a copy sent by the client is dropped.
//
//   node scripts/server.mjs --port 3000 [--hostname 0.0.0.0] [--dev]
//
// Serves the app in the current directory (npm start, the end-to-end and
// durability tests and the benchmarks all start it).
import http from "node:http";
import { parseArgs } from "node:util";
import { queueActions } from "./lib/action-queue.mjs";
import { parseTrustedHops, withClientAddress } from "./lib/client-address.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    dev: { type: "boolean", default: false },
  },
});
const dev = values.dev;
// As `next start` and `next dev` do, before Next.js loads.
process.env.NODE_ENV ??= dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const port = Number(values.port ?? process.env.PORT ?? 3000);
const trustedHops = parseTrustedHops(process.env.TRUSTED_PROXY_HOPS);

const { default: next } = await import("next");
const app = next({ dev, dir: process.cwd(), hostname: values.hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer(
  withClientAddress(
    // A few server actions at a time; reads go straight through (action-queue.mjs).
    queueActions((req, res) =>
      handle(req, res).catch((error) => {
        // Next.js answers its own errors; this is only for one that escapes it.
        console.error(error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      }),
    ),
    { trustedHops },
  ),
);
if (dev) {
  // Hot reload's websocket; its requests need no client address.
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (req, socket, head) => upgrade(req, socket, head));
}
server.listen(port, values.hostname, () => {
  const proxies = trustedHops === 0 ? "no trusted proxy" : `${trustedHops} trusted proxy hop(s)`;
  console.log(`▲ Next.js ${dev ? "dev " : ""}server on port ${port} (client address: ${proxies})`);
});

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  // Finish the requests in flight, then leave; never wait for ever.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 4000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
