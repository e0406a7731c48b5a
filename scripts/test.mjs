#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest, with the time
// of each stage printed at the end (also when a stage fails).
import { loadEnv, ROOT } from "./lib/env.mjs";
import { fuzzSample } from "./lib/fuzz-sample.mjs";
import { MATRIX_SHARD_COUNT, postgresMatrixShards } from "./lib/matrix-sample.mjs";
import { npmStage, runStages } from "./lib/stages.mjs";

const env = loadEnv({ quiet: true });
// Fuzzing: a seeded sample per action here; `npm run test:fuzz` runs 1,000.
const sample = fuzzSample(env);
console.log(sample.banner);
const fuzz = { env: { FUZZ_RUNS: String(sample.runs), FUZZ_SEED: String(sample.seed) }, hint: sample.replay };
// The security matrix: all its shards on SQLite, two of them on PostgreSQL, by the same seed.
const pgShards = postgresMatrixShards(sample.seed);
const pgMatrix = `matrix shards ${pgShards.join(" and ")} of ${MATRIX_SHARD_COUNT}`;
console.log(
  `Security matrix on PostgreSQL today: ${pgMatrix} (seed ${sample.seed}); every shard on SQLite. ` +
    `All of them on PostgreSQL: npm run test:integration:pg.`,
);

// The database check and the PostgreSQL runs need PostgreSQL's server
// binaries; they install Debian's package when missing (as root) and fail
// with instructions when they cannot, rather than pass without running.
// Stages in one array run side by side: the single-threaded typecheck and
// lint, and the schema check, which mostly waits for Prisma and initdb
// (docs/decisions/017-test-suite-time.md). Vitest runs one test file per core.
await runStages(
  [
    [
      npmStage("database schemas and migrations", "db:check"),
      npmStage("typecheck", "typecheck"),
      npmStage("lint", "lint"),
    ],
    npmStage("unit", "test:unit"),
    npmStage("integration (SQLite)", "test:integration"),
    npmStage(`integration (PostgreSQL, ${pgMatrix})`, "test:integration:pg", {
      env: { MATRIX_SHARDS: pgShards.join(",") },
    }),
    npmStage(`fuzzing (SQLite, ${sample.runs} inputs per action)`, "test:fuzz", fuzz),
    npmStage(`fuzzing (PostgreSQL, ${sample.runs} inputs per action)`, "test:fuzz:pg", fuzz),
    // The kill tests and the end-to-end tests run the production server.
    { name: "production build", cmd: "node", args: ["scripts/test-build.mjs"] },
    // Kills the production server three times while 60 participants confirm
    // their answers, then tries the failure budgets over HTTP with forged
    // headers, a restart and two processes.
    npmStage("durability: kills, failure budgets (SQLite)", "test:durability"),
    npmStage("durability: kills, failure budgets (PostgreSQL)", "test:durability:pg"),
    npmStage("end-to-end", "test:e2e"),
  ],
  { env, cwd: ROOT },
);
console.log(`\n✓ All checks passed (fuzzing seed ${sample.seed}).`);
