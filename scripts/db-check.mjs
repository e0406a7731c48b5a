#!/usr/bin/env node
// `npm run db:check` (run by `npm test`): fails when the two databases' schema
// files or migrations have drifted apart:
// 1. prisma/postgresql/schema.prisma is not the one generated from prisma/schema.prisma;
// 2. a SQLite migration has no PostgreSQL counterpart;
// 3. the SQLite migrations, replayed into an empty database, differ from prisma/schema.prisma;
// 4. the same for PostgreSQL, replayed on a throwaway server.
import path from "node:path";
import { ROOT } from "./lib/env.mjs";
import { PostgresUnavailableError, startPostgresCluster } from "./lib/postgres-cluster.mjs";
import { prisma, scratchSqliteUrl } from "./lib/prisma-cli.mjs";
import { POSTGRESQL, postgresSchemaIsCurrent, SQLITE, unfollowedSqliteMigrations } from "./lib/schemas.mjs";

const problems = [];

if (!postgresSchemaIsCurrent()) {
  problems.push(
    "prisma/postgresql/schema.prisma is not the one generated from prisma/schema.prisma: run `npm run db:sync-postgresql`.",
  );
}
const unfollowed = unfollowedSqliteMigrations();
if (unfollowed.length > 0) {
  problems.push(
    `SQLite migration(s) without a PostgreSQL counterpart: ${unfollowed.join(", ")}. Run \`npm run db:sync-postgresql\`.`,
  );
}

/** `migrate diff --exit-code`: 0 = the migrations give exactly the schema, 2 = they differ. */
function migrationsMatch(database, url, label, fix) {
  const result = prisma(
    [
      "migrate",
      "diff",
      "--from-migrations",
      path.relative(ROOT, database.migrations),
      "--to-schema-datamodel",
      path.relative(ROOT, database.schema),
      "--script",
      "--exit-code",
    ],
    url,
  );
  if (result.status === 0) {
    console.log(`✓ ${label} migrations match ${path.relative(ROOT, database.schema)}`);
  } else if (result.status === 2) {
    const lines = result.stdout.trimEnd().split("\n");
    const shown = lines.slice(0, 40).join("\n") + (lines.length > 40 ? `\n… (${lines.length - 40} more lines)` : "");
    problems.push(
      `${label} migrations do not match ${path.relative(ROOT, database.schema)}; ${fix}. Missing SQL:\n${shown}`,
    );
  } else {
    problems.push(`${label}: prisma migrate diff failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  }
}

migrationsMatch(SQLITE, scratchSqliteUrl(), "SQLite", "create one with `npm run db:new-migration -- <name>`");

let cluster;
try {
  cluster = await startPostgresCluster();
  migrationsMatch(POSTGRESQL, cluster.adminUrl, "PostgreSQL", "run `npm run db:sync-postgresql`");
} catch (error) {
  if (!(error instanceof PostgresUnavailableError)) throw error;
  problems.push(error.message);
} finally {
  cluster?.stop();
}

if (postgresSchemaIsCurrent() && unfollowed.length === 0 && problems.length === 0) {
  console.log(
    "✓ prisma/postgresql/schema.prisma is generated from prisma/schema.prisma and follows every SQLite migration",
  );
}
if (problems.length > 0) {
  console.error(`\n✗ Database schema check failed:\n\n${problems.map((p) => `- ${p}`).join("\n\n")}`);
  process.exit(1);
}
