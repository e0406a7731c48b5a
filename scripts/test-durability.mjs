#!/usr/bin/env node
// `npm run test:durability` (SQLite) and `npm run test:durability:pg`
// (`--postgresql`, on a throwaway PostgreSQL server): kills the production
// server while participants confirm their answers, several times, and checks
// that every acknowledged confirmation survives; and tries the failure
// budgets through the production server (tests/durability/). Builds
// the app first when the sources changed since the last build, like the
// end-to-end tests. Extra arguments go to Vitest.
import { bin, loadEnv, ROOT } from "./lib/env.mjs";
import { run, runOrExit } from "./lib/run.mjs";
import { buildIsCurrent, stampBuild } from "./lib/source-hash.mjs";

const args = process.argv.slice(2);
const postgresql = args.includes("--postgresql");
const env = loadEnv({ quiet: true });
if (!buildIsCurrent()) {
  console.log("Building the app (the kill test runs the production server)…");
  await runOrExit(bin("next"), ["build"], { cwd: ROOT, env });
  stampBuild();
}
const vitestArgs = ["run", "--project", "durability", ...args.filter((a) => a !== "--postgresql")];
process.exit(
  await run(bin("vitest"), vitestArgs, {
    cwd: ROOT,
    env: { ...env, TEST_DATABASE: postgresql ? "postgresql" : "sqlite" },
  }),
);
