import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const TEMPLATE_DB = path.resolve(".tmp/integration/template.db");

/**
 * Builds one database from the real migrations (`prisma migrate deploy`);
 * each test file then works on its own copy (tests/support/integration-db.ts).
 */
export default function setup() {
  fs.mkdirSync(path.dirname(TEMPLATE_DB), { recursive: true });
  for (const f of fs.readdirSync(path.dirname(TEMPLATE_DB)))
    fs.rmSync(path.join(path.dirname(TEMPLATE_DB), f), { force: true });
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Fold the WAL into the main file so a plain copy is complete.
  execFileSync(process.execPath, [
    "-e",
    `const D=require("better-sqlite3");const d=new D(${JSON.stringify(TEMPLATE_DB)});d.pragma("wal_checkpoint(TRUNCATE)");d.pragma("journal_mode=DELETE");d.close();`,
  ]);
}
