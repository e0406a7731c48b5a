// The two Prisma schemas and their migrations. prisma/schema.prisma (SQLite)
// is the one source of truth; the PostgreSQL schema is generated from it,
// because Prisma fixes the provider per schema file.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./env.mjs";

export const SQLITE = {
  provider: "sqlite",
  schema: path.join(ROOT, "prisma", "schema.prisma"),
  migrations: path.join(ROOT, "prisma", "migrations"),
};
export const POSTGRESQL = {
  provider: "postgresql",
  schema: path.join(ROOT, "prisma", "postgresql", "schema.prisma"),
  migrations: path.join(ROOT, "prisma", "postgresql", "migrations"),
};

const HEADER = [
  "// GENERATED from prisma/schema.prisma by scripts/lib/schemas.mjs: do not edit.",
  "// Change prisma/schema.prisma, then `npm run db:new-migration -- <name>` (both",
  "// databases) or `npm run db:sync-postgresql` (PostgreSQL after a merge).",
  "// `npm run db:check` fails when this file or either migrations folder is stale.",
  "",
].join("\n");

function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(
    new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`),
  );
  if (!matches || matches.length !== 1) {
    throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches?.length ?? 0}`);
  }
  return text.replace(pattern, replacement);
}

/**
 * The PostgreSQL schema for a SQLite schema text: the same models, fields,
 * defaults, relations and indexes (enumerations stay strings, so no native
 * enum types), with the datasource provider and the client's output folder
 * swapped. Prisma's default PostgreSQL column types fit: TEXT for String,
 * TIMESTAMP(3) for DateTime (millisecond precision, as SQLite stores them).
 */
export function postgresSchemaFrom(sqliteSchema) {
  if (/@db\./.test(sqliteSchema)) {
    throw new Error("prisma/schema.prisma uses a native type (@db.*): map it in scripts/lib/schemas.mjs first.");
  }
  if (/^\s*enum\s+\w+\s*\{/m.test(sqliteSchema)) {
    throw new Error("prisma/schema.prisma declares an enum: the project keeps enumerations as strings.");
  }
  let text = sqliteSchema;
  text = replaceOnce(
    text,
    /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    'datasource provider = "sqlite"',
  );
  text = replaceOnce(
    text,
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/src\/generated\/prisma"/,
    '$1"../../src/generated/prisma-postgresql"',
    'generator output = "../src/generated/prisma"',
  );
  text = text.replace(
    /\/\/ CLI both connect through the better-sqlite3 driver adapter\./,
    "// CLI both connect through the node-postgres driver adapter.",
  );
  return HEADER + text;
}

export function readSqliteSchema() {
  return fs.readFileSync(SQLITE.schema, "utf8");
}

/** Is the committed PostgreSQL schema the one generated from the SQLite schema? */
export function postgresSchemaIsCurrent() {
  return (
    fs.existsSync(POSTGRESQL.schema) &&
    fs.readFileSync(POSTGRESQL.schema, "utf8") === postgresSchemaFrom(readSqliteSchema())
  );
}

/** Writes the PostgreSQL schema; returns true when it changed. */
export function writePostgresSchema() {
  const next = postgresSchemaFrom(readSqliteSchema());
  const previous = fs.existsSync(POSTGRESQL.schema) ? fs.readFileSync(POSTGRESQL.schema, "utf8") : null;
  if (previous === next) return false;
  fs.mkdirSync(path.dirname(POSTGRESQL.schema), { recursive: true });
  fs.writeFileSync(POSTGRESQL.schema, next);
  return true;
}

/** Migration folder names, in the order Prisma applies them. */
export function migrationNames(folder) {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

const FOLLOWS = /^-- Follows SQLite migrations?: (.+)$/m;

/**
 * The SQLite migrations that have a PostgreSQL counterpart: a PostgreSQL
 * migration of the same name, or one whose header lists it (a single
 * PostgreSQL migration may follow several SQLite ones after a merge).
 */
export function followedSqliteMigrations() {
  const followed = new Set();
  for (const name of migrationNames(POSTGRESQL.migrations)) {
    followed.add(name);
    const sql = fs.readFileSync(path.join(POSTGRESQL.migrations, name, "migration.sql"), "utf8");
    const match = sql.match(FOLLOWS);
    if (match) for (const listed of match[1].split(",")) followed.add(listed.trim());
  }
  return followed;
}

export function unfollowedSqliteMigrations() {
  const followed = followedSqliteMigrations();
  return migrationNames(SQLITE.migrations).filter((name) => !followed.has(name));
}

export function followsHeader(sqliteMigrations) {
  return `-- Follows SQLite migration${sqliteMigrations.length === 1 ? "" : "s"}: ${sqliteMigrations.join(", ")}\n`;
}

export function migrationStamp(date = new Date()) {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

export function slug(name) {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** True when a migration script holds something other than comments and blank lines. */
export function hasStatements(sql) {
  return /\S/.test(sql.replace(/^--.*$/gm, ""));
}
