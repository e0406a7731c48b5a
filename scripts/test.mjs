#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest.
import { loadEnv, ROOT } from "./lib/env.mjs";
import { runOrExit } from "./lib/run.mjs";

const env = loadEnv({ quiet: true });
// The database check and the PostgreSQL integration run need PostgreSQL's
// server binaries; they install Debian's package when missing (as root) and
// fail with instructions when they cannot, rather than pass without running.
const steps = [
  ["database schemas and migrations", ["run", "db:check"]],
  ["typecheck", ["run", "typecheck"]],
  ["lint", ["run", "lint"]],
  ["unit", ["run", "test:unit"]],
  ["integration (SQLite)", ["run", "test:integration"]],
  ["integration (PostgreSQL)", ["run", "test:integration:pg"]],
  // 1,000 generated inputs per server action, on each database: a few minutes each.
  ["fuzzing (SQLite)", ["run", "test:fuzz"]],
  ["fuzzing (PostgreSQL)", ["run", "test:fuzz:pg"]],
  // Kills the production server three times while 60 participants confirm
  // their answers, then tries the failure budgets over HTTP with forged
  // headers, a restart and two processes (builds the app when needed): a few
  // minutes each.
  ["durability: kill during submissions, failure budgets (SQLite)", ["run", "test:durability"]],
  ["durability: kill during submissions, failure budgets (PostgreSQL)", ["run", "test:durability:pg"]],
  ["end-to-end", ["run", "test:e2e"]],
];
for (const [name, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  await runOrExit("npm", args, { cwd: ROOT, env });
}
console.log("\n✓ All checks passed.");
