import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Integration tests run against SQLite by default, PostgreSQL with
// TEST_DATABASE=postgresql (`npm run test:integration:pg`); a file named
// *.sqlite.test.ts or *.postgresql.test.ts is about one database only.
// (tests/support/integration-target.ts validates the value.)
const otherDatabase = process.env.TEST_DATABASE === "postgresql" ? "sqlite" : "postgresql";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // `server-only` throws when imported outside a React Server environment;
  // tests run server code directly, so it resolves to an empty module here.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

// The fuzzing and durability projects take minutes: they run when asked for by
// name (`vitest run --project fuzz`, i.e. `npm run test:fuzz`; `npm run
// test:durability`), not in a plain `vitest run`.
const asked = (name: string) =>
  process.argv.some((arg, i) => arg === `--project=${name}` || (arg === name && process.argv[i - 1] === "--project"));
const fuzzAsked = asked("fuzz");
const durabilityAsked = asked("durability");

/** Tests against a real database built from the migrations (SQLite or PostgreSQL). */
const databaseTests = {
  environment: "node" as const,
  globalSetup: ["tests/support/integration-global-setup.ts"],
  setupFiles: ["tests/support/fail-on-console-error.ts", "tests/support/integration-db.ts"],
  pool: "forks" as const,
  // next-auth imports "next/server" without an extension, which Node's
  // ESM loader refuses; letting Vite transform it resolves the import.
  server: { deps: { inline: ["next-auth", "@auth/core"] } },
  hookTimeout: 60_000,
};

/**
 * Files known to take the longest start first, so that the two workers end
 * together instead of one finishing the longest file alone. Vitest orders by
 * the previous run's durations when its cache has them, and by file size on
 * a fresh clone (CI), where the small shard files of the security matrix
 * would otherwise start last (docs/decisions/017-test-suite-time.md).
 */
const HEAVY = [/action-matrix-\d+\.test\.ts$/, /setup-function-matrix\.test\.ts$/, /copy-database\.test\.ts$/];

const weight = (spec: TestSpecification) => (HEAVY.some((pattern) => pattern.test(spec.moduleId)) ? 1 : 0);

class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Vitest runs projects one after the other: keep its project order, and
    // within a project its own order for files of the same weight (a stable sort).
    const byProject = new Map<string, TestSpecification[]>();
    for (const spec of await super.sort(files)) {
      const specs = byProject.get(spec.project.name) ?? [];
      specs.push(spec);
      byProject.set(spec.project.name, specs);
    }
    return [...byProject.values()].flatMap((specs) => specs.sort((a, b) => weight(b) - weight(a)));
  }
}

/** The security matrix's shard files that MATRIX_SHARDS ("1,3") does not name; none when it is unset. */
function matrixShardsLeftOut(value: string | undefined): string[] {
  if (!value) return [];
  const kept = value.split(",").map(Number);
  if (kept.some((n) => !Number.isInteger(n) || n < 1 || n > 4)) throw new Error(`MATRIX_SHARDS: "${value}"`);
  return [1, 2, 3, 4].filter((n) => !kept.includes(n)).map((n) => `tests/integration/**/action-matrix-${n}.test.ts`);
}

/**
 * One test file per core. Vitest's default is one fewer (a single worker on
 * CI's 2 cores); every database test file has its own database
 * (tests/support/integration-db.ts), so files can run side by side.
 * VITEST_MAX_WORKERS (or --maxWorkers) overrides it, e.g. 1 on a busy machine.
 */
const maxWorkers = Number(process.env.VITEST_MAX_WORKERS) || os.availableParallelism();

export default defineConfig({
  resolve: { alias },
  test: {
    maxWorkers,
    sequence: { sequencer: HeavyFirstSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          // Two files at once on two busy cores can take a component test past
          // Vitest's 5 s default; a timeout is a hang detector, not a speed check.
          testTimeout: 15_000,
        },
      },
      {
        resolve: { alias },
        test: {
          ...databaseTests,
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [
            `tests/integration/**/*.${otherDatabase}.test.ts`,
            // `npm run test:quick`: the everyday loop leaves out the security matrix (its slowest file).
            ...(process.env.TEST_QUICK ? ["tests/integration/**/action-matrix-*.test.ts"] : []),
            // `npm test` on PostgreSQL: only the matrix shards of the day (scripts/lib/matrix-sample.mjs).
            ...matrixShardsLeftOut(process.env.MATRIX_SHARDS),
          ],
          testTimeout: 20_000,
        },
      },
      ...(fuzzAsked
        ? [
            {
              // Property-based fuzzing of every server action: slow, so kept
              // out of the integration run; `npm test` runs both.
              resolve: { alias },
              test: {
                ...databaseTests,
                name: "fuzz",
                include: ["tests/fuzz/**/*.fuzz.test.ts"],
                testTimeout: 900_000,
              },
            },
          ]
        : []),
      ...(durabilityAsked
        ? [
            {
              // Kills the production server while participants submit
              // (tests/durability/); needs a build, which
              // scripts/test-durability.mjs makes when missing.
              resolve: { alias },
              test: {
                ...databaseTests,
                name: "durability",
                include: ["tests/durability/**/*.test.ts"],
                // e.g. several processes on one database: PostgreSQL only (`npm run test:durability:pg`).
                exclude: [`tests/durability/**/*.${otherDatabase}.test.ts`],
                // One production server on one port at a time.
                maxWorkers: 1,
                testTimeout: 900_000,
                // Each file starts production servers: one file at a time.
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
