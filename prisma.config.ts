import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./src/lib/database-url";
import { postgresAdapterFactory } from "./src/lib/postgres-adapter";
import { sqliteAdapterFactory } from "./src/lib/sqlite-adapter";

// Prisma 6.19's CLI downloads a native schema engine unless it runs the
// JavaScript engine through a driver adapter; this machine has no access to
// that download, so the CLI always goes through one: better-sqlite3 for a
// `file:` URL, node-postgres for a `postgresql://` one.
// Prisma skips .env when a config file exists; read it here (variables
// already set in the environment win).
if (fs.existsSync(".env")) process.loadEnvFile(".env");
const url = databaseUrl();
// The schema's datasource reads DATABASE_URL; without it the CLI falls back to
// downloading a query engine, so the default is made explicit here.
process.env.DATABASE_URL = url;

// Prisma fixes the provider per schema file: PostgreSQL has its own schema
// (generated from prisma/schema.prisma, see scripts/lib/schemas.mjs) and its
// own migrations folder.
const postgres = databaseProvider(url) === "postgresql";
const file = postgres ? null : sqliteFilePath(url);
if (file && file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });

if (postgres) letSchemaEngineTimersNotHoldTheProcess();

/**
 * Prisma 6.19's schema engine (WebAssembly) bounds its wait for PostgreSQL's
 * migration advisory lock with a 10-second timer that it never clears, so
 * every PostgreSQL command (`migrate deploy`, `migrate diff`) would sit idle
 * for 10 s after finishing. Timers created by the engine are unref'd: they
 * still fire while the engine is waiting on the database (an open query keeps
 * the process alive), but no longer delay the exit of a finished command.
 */
function letSchemaEngineTimersNotHoldTheProcess() {
  const setTimeoutOriginal = globalThis.setTimeout;
  const patched = (...args: Parameters<typeof setTimeout>) => {
    const timer = setTimeoutOriginal(...args);
    if (new Error().stack?.includes("wasm://")) timer.unref();
    return timer;
  };
  globalThis.setTimeout = Object.assign(patched, setTimeoutOriginal);
}

export default defineConfig({
  schema: postgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => (file ? sqliteAdapterFactory(file) : postgresAdapterFactory(url)),
});
