#!/usr/bin/env node
// `npm run dev`: migrate, load the demo into an empty database, run the dev server.
import { migrate, seedDemo } from "./lib/database.mjs";
import { bin, loadEnv, ROOT } from "./lib/env.mjs";
import { run } from "./lib/run.mjs";

const env = loadEnv();
await migrate(env);
await seedDemo(env);
process.exit(await run(bin("next"), ["dev", "-p", env.PORT], { cwd: ROOT, env }));
