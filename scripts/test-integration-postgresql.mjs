#!/usr/bin/env node
// `npm run test:integration:pg`: the integration tests against PostgreSQL.
// The tests' global set-up starts a throwaway server (initdb + pg_ctl on a
// temporary folder and a loopback port; TEST_POSTGRES_URL names an existing
// server instead) and fails with instructions when PostgreSQL cannot be had.
import { bin, ROOT } from "./lib/env.mjs";
import { run } from "./lib/run.mjs";

const env = { ...process.env, TEST_DATABASE: "postgresql" };
process.exit(
  await run(bin("vitest"), ["run", "--project", "integration", ...process.argv.slice(2)], { cwd: ROOT, env }),
);
