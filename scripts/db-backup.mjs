#!/usr/bin/env node
// `npm run db:backup [-- <file>]`: a consistent copy of the SQLite database,
// taken with SQLite's online backup API while the app keeps running (never
// copy the file itself: the WAL may hold committed data not yet in it).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadEnv, ROOT } from "./lib/env.mjs";

const env = loadEnv({ quiet: true });
if (!env.DATABASE_URL.startsWith("file:")) {
  console.error("db:backup copies the embedded SQLite database. For PostgreSQL use pg_dump (see README).");
  process.exit(2);
}
const source = path.resolve(ROOT, env.DATABASE_URL.slice("file:".length).split("?")[0]);
if (!fs.existsSync(source)) {
  console.error(`No database at ${source}.`);
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
const target = path.resolve(process.argv[2] ?? path.join(ROOT, "backups", `regards-croises-${stamp}.db`));
if (fs.existsSync(target)) {
  console.error(`${target} already exists; choose another name.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });

const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
await db.backup(target);
db.close();
const check = new Database(target, { readonly: true });
const ok = check.pragma("integrity_check", { simple: true });
check.close();
if (ok !== "ok") {
  console.error(`The backup failed its integrity check: ${ok}`);
  process.exit(1);
}
fs.chmodSync(target, 0o600);
console.log(`Backup written to ${target} (${fs.statSync(target).size} bytes).`);
