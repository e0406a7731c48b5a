import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

/**
 * Runs before each integration test file, before any app module loads: gives
 * the file its own copy of the migrated template database and the settings
 * the server layer needs.
 */
const template = path.resolve(".tmp/integration/template.db");
const file = path.resolve(`.tmp/integration/test-${randomUUID()}.db`);
fs.copyFileSync(template, file);

process.env.DATABASE_URL = `file:${file}`;
process.env.AUTH_SECRET = "integration-tests-secret-0123456789abcdef0123456789";
process.env.BASE_URL = "http://localhost:3000";
process.env.DEMO = "on";

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
