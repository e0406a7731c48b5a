#!/usr/bin/env node
// `npm run db:restore -- <backup file>`: puts a backup back as the SQLite
// database. Stop the app first. The current database is kept beside it
// (…-before-restore-<time>.db) so a wrong restore can itself be undone.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadEnv, ROOT } from "./lib/env.mjs";

const env = loadEnv({ quiet: true });
const backupFile = process.argv[2];
if (!backupFile) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
if (!env.DATABASE_URL.startsWith("file:")) {
  console.error("db:restore restores the embedded SQLite database. For PostgreSQL use pg_restore (see README).");
  process.exit(2);
}
const target = path.resolve(ROOT, env.DATABASE_URL.slice("file:".length).split("?")[0]);
const source = new Database(path.resolve(backupFile), { readonly: true, fileMustExist: true });
const ok = source.pragma("integrity_check", { simple: true });
if (ok !== "ok") {
  console.error(`The backup is damaged (${ok}); nothing was changed.`);
  process.exit(1);
}
if (fs.existsSync(target)) {
  // Checkpoint the current database so its safety copy is complete, then keep it.
  const current = new Database(target, { timeout: 5000 });
  current.pragma("wal_checkpoint(TRUNCATE)");
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
  const kept = target.replace(/\.db$/, "") + `-before-restore-${stamp}.db`;
  await current.backup(kept);
  current.close();
  console.log(`Current database kept as ${kept}.`);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
await source.backup(target);
source.close();
console.log(`Restored ${path.resolve(backupFile)} into ${target}. Start the app again.`);
