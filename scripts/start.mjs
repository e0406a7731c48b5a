#!/usr/bin/env node
// `npm start`: migrate the database, load the demo on first run, build when
// the sources changed, and serve the app.
//
//   npm start                        one process on PORT (default 3000)
//   npm start -- --processes 4       PostgreSQL only: 4 processes on PORT … PORT+3,
//                                    for a reverse proxy in front (deploy/, decision 019)
//
// Migrations and the demo run once, here, before any app process starts, and
// on PostgreSQL under an advisory lock: two starts on one database (two
// machines, or a start beside `npm run db:migrate`) never migrate at the same
// time; the second waits, then finds nothing to do.
import { parseArgs } from "node:util";
import { DEMO_BANNER } from "./lib/demo-banner.mjs";
import { migrate, seedDemo, withMigrationLock } from "./lib/database.mjs";
import { bin, loadEnv, ROOT } from "./lib/env.mjs";
import { processCount, processPorts, serveProcesses } from "./lib/processes.mjs";
import { runOrExit } from "./lib/run.mjs";
import { buildIsCurrent, stampBuild } from "./lib/source-hash.mjs";

const { values } = parseArgs({ options: { processes: { type: "string" } } });
const env = loadEnv();
const count = processCount(values.processes, env.DATABASE_URL);
if (typeof count === "string") {
  console.error(`✗ ${count}`);
  process.exit(2);
}
await withMigrationLock(env, async () => {
  await migrate(env);
  await seedDemo(env);
});
if (!buildIsCurrent()) {
  console.log("Building the app (first start or sources changed)…");
  await runOrExit(bin("next"), ["build"], { cwd: ROOT, env });
  stampBuild();
}
const ports = processPorts(Number(env.PORT), count);
console.log(`\nRegards croisés → ${env.BASE_URL}\n${DEMO_BANNER(env)}`);
if (count > 1) {
  console.log(
    `${count} app processes on ports ${ports.join(", ")}: list them in the reverse proxy's upstream ` +
      `(deploy/nginx/regards-croises.conf) and set TRUSTED_PROXY_HOPS=1.`,
  );
}
// Through scripts/server.mjs, not `next start`: it gives the app the client address (decision 012).
process.exit(await serveProcesses({ ports, cwd: ROOT, env }));
