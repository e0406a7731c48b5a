#!/usr/bin/env node
// `npm start`: migrate the embedded database, load the demo on first run,
// build when the sources changed, and serve the app.
import { DEMO_BANNER } from "./lib/demo-banner.mjs";
import { migrate, seedDemo } from "./lib/database.mjs";
import { bin, loadEnv, ROOT } from "./lib/env.mjs";
import { run, runOrExit } from "./lib/run.mjs";
import { buildIsCurrent, stampBuild } from "./lib/source-hash.mjs";

const env = loadEnv();
await migrate(env);
await seedDemo(env);
if (!buildIsCurrent()) {
  console.log("Building the app (first start or sources changed)…");
  await runOrExit(bin("next"), ["build"], { cwd: ROOT, env });
  stampBuild();
}
console.log(`\nRegards croisés → ${env.BASE_URL}\n${DEMO_BANNER(env)}`);
// Through scripts/server.mjs, not `next start`: it gives the app the client address (decision 012).
process.exit(await run(process.execPath, ["scripts/server.mjs", "--port", env.PORT], { cwd: ROOT, env }));
