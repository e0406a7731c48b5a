#!/usr/bin/env node
// `npm run test:integration:pg`: the integration tests against PostgreSQL.
// The tests' global set-up starts a throwaway server (initdb + pg_ctl on a
// temporary folder and a loopback port; TEST_POSTGRES_URL names an existing
// server instead) and fails with instructions when PostgreSQL cannot be had.
import { bin, ROOT } from "./lib/env.mjs";
import { run } from "./lib/run.mjs";

// `--project fuzz` (npm run test:fuzz:pg) runs the fuzzing instead of the integration tests.
const args = process.argv.slice(2);
const project = args.some((a) => a === "--project" || a.startsWith("--project=")) ? [] : ["--project", "integration"];
const env = { ...process.env, TEST_DATABASE: "postgresql" };
process.exit(await run(bin("vitest"), ["run", ...project, ...args], { cwd: ROOT, env }));
