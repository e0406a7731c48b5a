#!/usr/bin/env node
// Creates a new migration from the difference between the existing migrations
// and prisma/schema.prisma. Prisma 6.19's `migrate dev` cannot run offline on
// a fresh SQLite file, so this wraps `migrate diff`; apply with `npm run db:migrate`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "")
  .trim()
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
const sql = execFileSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
  console.log("The schema matches the migrations: nothing to create.");
  process.exit(0);
}
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Created ${dir}/migration.sql; apply it with npm run db:migrate.`);
