#!/usr/bin/env node
// `npm run db:new-migration -- <name>`: writes the migration for the change
// to prisma/schema.prisma, for SQLite (prisma/migrations) and PostgreSQL
// (prisma/postgresql/migrations, with the schema regenerated), then
// regenerates both clients. Prisma 6.19's `migrate dev` cannot run offline,
// so this wraps `migrate diff`; apply with `npm run db:migrate`.
import fs from "node:fs";
import path from "node:path";
import { syncPostgres } from "./lib/postgres-migrations.mjs";
import { diffMigrationsToSchema, scratchSqliteUrl } from "./lib/prisma-cli.mjs";
import { hasStatements, migrationNames, migrationStamp, slug, SQLITE } from "./lib/schemas.mjs";

const name = slug(process.argv[2] ?? "");
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
try {
  const sql = diffMigrationsToSchema(SQLITE, scratchSqliteUrl());
  if (!hasStatements(sql)) {
    console.log("The schema matches the SQLite migrations: no SQLite migration to create.");
  } else {
    let stamp = migrationStamp();
    const latest = migrationNames(SQLITE.migrations).at(-1) ?? "";
    if (`${stamp}_${name}` <= latest) stamp = `${latest.slice(0, 14)}9`;
    const dir = path.join(SQLITE.migrations, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql (SQLite).`);
  }
  await syncPostgres();
  console.log("Apply with npm run db:migrate.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
