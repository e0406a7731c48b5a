#!/usr/bin/env node
// The production build the kill tests and the end-to-end tests run, made once
// as its own stage of `npm test` (so its time shows), and only when the
// sources changed since the last build (scripts/lib/source-hash.mjs).
import { bin, loadEnv, ROOT } from "./lib/env.mjs";
import { runOrExit } from "./lib/run.mjs";
import { buildIsCurrent, stampBuild } from "./lib/source-hash.mjs";

const env = loadEnv({ quiet: true });
if (buildIsCurrent()) {
  console.log("The production build is current.");
} else {
  await runOrExit(bin("next"), ["build"], { cwd: ROOT, env });
  stampBuild();
}
