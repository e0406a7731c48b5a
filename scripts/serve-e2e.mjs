#!/usr/bin/env node
// Serves the production build on a throwaway database for the end-to-end
// tests: --db <file> is recreated from the migrations, --demo on|off,
// --seed <name> runs scripts/seed-<name>.ts on it (a project's own start), and
// --base-url <url> sets the public address (default http://localhost:<port>),
// e.g. https://… to serve as if behind a TLS-terminating reverse proxy.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrate, seedDemo } from "./lib/database.mjs";
import { bin, loadEnv, ROOT } from "./lib/env.mjs";
import { run, runOrExit } from "./lib/run.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    db: { type: "string" },
    demo: { type: "string", default: "off" },
    seed: { type: "string" },
    "base-url": { type: "string" },
  },
});
const dbFile = path.resolve(ROOT, values.db);
if (!dbFile.startsWith(path.join(ROOT, ".tmp") + path.sep)) {
  // Never point the tests at a real database.
  console.error(`Refusing to serve tests on ${dbFile}: test databases live under .tmp/`);
  process.exit(2);
}
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
fs.mkdirSync(path.dirname(dbFile), { recursive: true });

const env = loadEnv({ quiet: true });
const baseUrl = values["base-url"] ?? `http://localhost:${values.port}`;
Object.assign(env, {
  PORT: values.port,
  BASE_URL: baseUrl,
  AUTH_URL: baseUrl,
  DATABASE_URL: `file:${dbFile}`,
  DEMO: values.demo,
  LOG_LEVEL: "warn",
});
await migrate(env);
if (values.demo === "on") await seedDemo(env);
if (values.seed) {
  if (!/^[a-z0-9-]+$/.test(values.seed)) throw new Error(`Bad seed name: ${values.seed}`);
  await runOrExit(
    bin("tsx"),
    ["--import", "./scripts/lib/server-only-register.mjs", `scripts/seed-${values.seed}.ts`],
    {
      cwd: ROOT,
      env,
    },
  );
}
// The same server entry as `npm start` (decision 012).
process.exit(await run(process.execPath, ["scripts/server.mjs", "--port", values.port], { cwd: ROOT, env }));
