#!/usr/bin/env node
// `npm run db:migrate`: applies the migrations to DATABASE_URL, once. On
// PostgreSQL it holds the migration lock (scripts/lib/database.mjs), so it can
// run beside an `npm start` or another `db:migrate` on the same database
// (several app processes or machines, decision 019): the second waits, then
// finds nothing left to apply. The hosted deployment runs it as a one-shot
// systemd unit before the app processes (deploy/systemd/).
import { migrate, withMigrationLock } from "./lib/database.mjs";
import { loadEnv } from "./lib/env.mjs";

const env = loadEnv({ quiet: true });
const output = await withMigrationLock(env, () => migrate(env));
// Prisma's own summary ("No pending migrations to apply." or the list applied).
const summary = output
  .split("\n")
  .filter((line) => /migration|applied|pending/i.test(line) && !/^Loaded|^Prisma schema/.test(line));
console.log(summary.join("\n").trim() || "Migrations applied.");
