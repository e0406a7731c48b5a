#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest.
import { loadEnv, ROOT } from "./lib/env.mjs";
import { runOrExit } from "./lib/run.mjs";

const env = loadEnv({ quiet: true });
const steps = [
  ["typecheck", ["run", "typecheck"]],
  ["lint", ["run", "lint"]],
  ["unit", ["run", "test:unit"]],
  ["integration", ["run", "test:integration"]],
  ["end-to-end", ["run", "test:e2e"]],
];
for (const [name, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  await runOrExit("npm", args, { cwd: ROOT, env });
}
console.log("\n✓ All checks passed.");
