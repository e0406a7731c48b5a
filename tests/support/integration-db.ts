import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";

/**
 * Runs before each integration test file, before any app module loads: gives
 * the file its own database (a copy of the migrated SQLite template, or a
 * PostgreSQL database created from the template database) and the settings
 * the server layer needs.
 */
process.env.AUTH_SECRET = "integration-tests-secret-0123456789abcdef0123456789";
process.env.BASE_URL = "http://localhost:3000";
process.env.DEMO = "on";

const postgres = inject("postgres");

async function onAdmin(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let cleanUp: () => Promise<void>;
if (postgres) {
  const name = `test_${randomUUID().replace(/-/g, "")}`;
  await onAdmin(postgres.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${postgres.template}"`);
  const url = new URL(postgres.adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  cleanUp = () => onAdmin(postgres.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
} else {
  const template = path.resolve(".tmp/integration/template.db");
  const file = path.resolve(`.tmp/integration/test-${randomUUID()}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  cleanUp = async () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
}

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  await cleanUp();
});
