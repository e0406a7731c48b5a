#!/usr/bin/env node
// `npm run test:e2e`: a browser, a current production build, then Playwright
// (which starts its own servers on throwaway databases, see playwright.config.ts).
//
// With no arguments, the projects run in two lanes side by side (two
// Playwright processes, E2E_LANE=1 and 2), each lane's lines prefixed with
// its number: one browser and one server at a time left a core idle
// (docs/decisions/017-test-suite-time.md). With arguments (a project, a
// spec), one Playwright process runs what was asked.
import { spawn } from "node:child_process";
import readline from "node:readline";
import { bin, loadEnv, ROOT } from "./lib/env.mjs";
import { run, runOrExit } from "./lib/run.mjs";
import { buildIsCurrent, stampBuild } from "./lib/source-hash.mjs";

const env = loadEnv({ quiet: true });
await runOrExit("node", ["scripts/ensure-browser.mjs"], { cwd: ROOT, env });
if (!buildIsCurrent()) {
  await runOrExit(bin("next"), ["build"], { cwd: ROOT, env });
  stampBuild();
}

const args = process.argv.slice(2);
if (args.length > 0) process.exit(await run(bin("playwright"), ["test", ...args], { cwd: ROOT, env }));

/** One lane's Playwright run; its output lines carry the lane's number. */
function lane(n) {
  return new Promise((resolve) => {
    const child = spawn(bin("playwright"), ["test"], {
      cwd: ROOT,
      env: { ...env, E2E_LANE: String(n) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [child.stdout, child.stderr])
      readline.createInterface({ input: stream }).on("line", (line) => console.log(`[lane ${n}] ${line}`));
    child.on("error", (error) => {
      console.error(`[lane ${n}] ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const codes = await Promise.all([lane(1), lane(2)]);
const failed = codes.flatMap((code, i) => (code === 0 ? [] : [i + 1]));
if (failed.length > 0) console.error(`\n✗ end-to-end lane ${failed.join(" and ")} failed`);
process.exit(failed.length > 0 ? 1 : 0);
