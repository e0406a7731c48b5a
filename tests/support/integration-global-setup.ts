import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "../../scripts/lib/postgres-cluster.mjs";
import { testDatabase } from "./integration-target";

export const TEMPLATE_DB = path.resolve(".tmp/integration/template.db");
const prismaBin = path.resolve("node_modules/.bin/prisma");

/**
 * Builds one database from the real migrations (`prisma migrate deploy`);
 * each test file then works on its own copy (tests/support/integration-db.ts).
 * For PostgreSQL: a throwaway server (or the one TEST_POSTGRES_URL names),
 * a template database, and one database per test file made from it.
 */
export default async function setup(project: TestProject) {
  if (testDatabase() === "postgresql") return setupPostgres(project);
  project.provide("postgres", null);
  fs.mkdirSync(path.dirname(TEMPLATE_DB), { recursive: true });
  for (const f of fs.readdirSync(path.dirname(TEMPLATE_DB)))
    fs.rmSync(path.join(path.dirname(TEMPLATE_DB), f), { force: true });
  execFileSync(prismaBin, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Fold the WAL into the main file so a plain copy is complete.
  execFileSync(process.execPath, [
    "-e",
    `const D=require("better-sqlite3");const d=new D(${JSON.stringify(TEMPLATE_DB)});d.pragma("wal_checkpoint(TRUNCATE)");d.pragma("journal_mode=DELETE");d.close();`,
  ]);
}

async function setupPostgres(project: TestProject) {
  const external = process.env.TEST_POSTGRES_URL;
  // Throws a PostgresUnavailableError with instructions when no server can be had.
  const cluster = external ? null : await startPostgresCluster({ log: (m: string) => console.log(m) });
  const adminUrl = external ?? cluster!.adminUrl;
  const template = `rc_template_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`CREATE DATABASE "${template}"`);
    const templateUrl = new URL(adminUrl);
    templateUrl.pathname = `/${template}`;
    execFileSync(prismaBin, ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: templateUrl.toString() },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (error) {
    cluster?.stop();
    throw error;
  }
  project.provide("postgres", { adminUrl, template });
  return async () => {
    if (cluster) cluster.stop();
    else await admin(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  };
}
