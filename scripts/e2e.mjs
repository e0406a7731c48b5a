#!/usr/bin/env node
// `npm run test:e2e`: a browser, a current production build, then Playwright
// (which starts its own servers on throwaway databases, see playwright.config.ts).
import { bin, loadEnv, ROOT } from "./lib/env.mjs";
import { run, runOrExit } from "./lib/run.mjs";
import { buildIsCurrent, stampBuild } from "./lib/source-hash.mjs";

const env = loadEnv({ quiet: true });
await runOrExit("node", ["scripts/ensure-browser.mjs"], { cwd: ROOT, env });
if (!buildIsCurrent()) {
  await runOrExit(bin("next"), ["build"], { cwd: ROOT, env });
  stampBuild();
}
process.exit(await run(bin("playwright"), ["test", ...process.argv.slice(2)], { cwd: ROOT, env }));
