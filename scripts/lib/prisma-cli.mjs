// Runs the Prisma CLI for one database: prisma.config.ts picks the schema,
// the migrations folder and the driver adapter from DATABASE_URL.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin, ROOT } from "./env.mjs";
import { POSTGRESQL, SQLITE } from "./schemas.mjs";

/**
 * A URL that selects PostgreSQL in prisma.config.ts for commands that never
 * connect (generate); nothing listens on port 1.
 */
export const OFFLINE_POSTGRES_URL = "postgresql://offline@127.0.0.1:1/unused";

/** A scratch SQLite file for commands that need a SQLite URL but no data (the shadow database is in memory). */
export function scratchSqliteUrl() {
  const dir = path.join(ROOT, ".tmp", "prisma-cli");
  fs.mkdirSync(dir, { recursive: true });
  return `file:${path.join(dir, "scratch.db")}`;
}

/** Runs `prisma <args>` with DATABASE_URL = url; returns { status, stdout, stderr }. */
export function prisma(args, url, { inherit = false } = {}) {
  const result = spawnSync(bin("prisma"), args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: inherit ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

export function prismaOrThrow(args, url) {
  const result = prisma(args, url);
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

/** Generates both clients: src/generated/prisma (SQLite) and src/generated/prisma-postgresql. */
export function generateClients() {
  prismaOrThrow(["generate", "--schema", path.relative(ROOT, SQLITE.schema)], scratchSqliteUrl());
  prismaOrThrow(["generate", "--schema", path.relative(ROOT, POSTGRESQL.schema)], OFFLINE_POSTGRES_URL);
}

/**
 * The SQL that takes a database built from `folder`'s migrations to
 * `schema`, replayed in a shadow database on the server `url` points at.
 */
export function diffMigrationsToSchema(database, url) {
  return prismaOrThrow(
    [
      "migrate",
      "diff",
      "--from-migrations",
      path.relative(ROOT, database.migrations),
      "--to-schema-datamodel",
      path.relative(ROOT, database.schema),
      "--script",
    ],
    url,
  );
}
