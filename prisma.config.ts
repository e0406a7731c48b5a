import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { sqliteAdapterFactory } from "./src/lib/sqlite-adapter";
import { databaseUrl, sqliteFilePath } from "./src/lib/sqlite-url";

// Prisma 6.19's CLI downloads a native schema engine unless it runs the
// JavaScript engine through a driver adapter; this machine has no access to
// that download, so the CLI always goes through better-sqlite3.
// Prisma skips .env when a config file exists; read it here (variables
// already set in the environment win).
if (fs.existsSync(".env")) process.loadEnvFile(".env");
const url = databaseUrl();
// The schema's datasource reads DATABASE_URL; without it the CLI falls back to
// downloading a query engine, so the default is made explicit here.
process.env.DATABASE_URL = url;
const file = sqliteFilePath(url);
if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => sqliteAdapterFactory(file),
});
