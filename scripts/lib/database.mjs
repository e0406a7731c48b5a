import { spawn } from "node:child_process";
import pg from "pg";
import { bin, ROOT } from "./env.mjs";
import { runOrExit } from "./run.mjs";

const isPostgres = (url = "") => url.startsWith("postgresql://") || url.startsWith("postgres://");

/**
 * The PostgreSQL advisory lock (two-key form: project, purpose) that
 * serialises the start-up work that must run once: migrations and the demo's
 * first load. Prisma's own migration lock (key 72707369) is a different one:
 * it gives up after 10 seconds, so a second `migrate deploy` waiting behind a
 * long migration would fail instead of finding nothing left to do.
 */
export const MIGRATION_LOCK = [0x52c0, 1];

/** How long a start waits for another one's migrations before giving up. */
const LOCK_WAIT = "15min";

/**
 * Runs `work` while holding the migration lock on DATABASE_URL's PostgreSQL
 * server (on SQLite, one process by design, it just runs `work`). Another
 * process asking for the lock waits until this one is done, then runs its own
 * `work`, which then finds the migrations applied and the demo loaded or not
 * wanted. The lock is a session lock on a connection of its own: it is
 * released when `work` ends, and by PostgreSQL if this process dies.
 */
export async function withMigrationLock(env, work) {
  if (!isPostgres(env.DATABASE_URL)) return work();
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  try {
    await client.connect();
    await client.query(`SET lock_timeout = '${LOCK_WAIT}'`);
    const { rows } = await client.query("SELECT pg_try_advisory_lock($1, $2) AS free", MIGRATION_LOCK);
    if (!rows[0].free) {
      console.log("Another process is migrating this database: waiting for it to finish…");
      await client.query("SELECT pg_advisory_lock($1, $2)", MIGRATION_LOCK);
    }
  } catch (error) {
    await client.end().catch(() => undefined);
    console.error(`\n✗ Could not take the migration lock on the PostgreSQL database: ${error.message}`);
    process.exit(1);
  }
  try {
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1, $2)", MIGRATION_LOCK).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/**
 * Applies the migrations; Prisma's chatter is shown only when it fails.
 * Callers that may run beside another process on the same PostgreSQL
 * database hold the migration lock (withMigrationLock) around it.
 */
export async function migrate(env = process.env) {
  const output = [];
  const code = await new Promise((resolve, reject) => {
    const child = spawn(bin("prisma"), ["migrate", "deploy"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => output.push(d));
    child.stderr.on("data", (d) => output.push(d));
    child.on("error", reject);
    child.on("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    process.stderr.write(Buffer.concat(output));
    console.error("\n✗ The database migrations failed (see above).");
    process.exit(code);
  }
  return Buffer.concat(output).toString("utf8");
}

export async function seedDemo(env = process.env, { quiet = true } = {}) {
  await runOrExit(
    bin("tsx"),
    ["--import", "./scripts/lib/server-only-register.mjs", "scripts/seed-demo.ts", ...(quiet ? ["--quiet"] : [])],
    {
      cwd: ROOT,
      env,
    },
  );
}
