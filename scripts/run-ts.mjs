#!/usr/bin/env node
// Runs a TypeScript script of the project with the app's environment and the
// server-only hook: `node scripts/run-ts.mjs scripts/retention.ts`.
import { loadEnv, ROOT, bin } from "./lib/env.mjs";
import { run } from "./lib/run.mjs";

const env = loadEnv({ quiet: true });
const [script, ...args] = process.argv.slice(2);
process.exit(await run(bin("tsx"), ["--import", "./scripts/lib/server-only-register.mjs", script, ...args], { cwd: ROOT, env }));
