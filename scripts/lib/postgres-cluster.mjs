// A throwaway PostgreSQL server for tests and schema checks: `initdb` and
// `pg_ctl` on a temporary directory, listening on loopback only, trusted
// local access, stopped and deleted at the end. Uses Debian's `postgresql`
// package, installing it when missing and running as root.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const SUPERUSER = "postgres";

export class PostgresUnavailableError extends Error {
  constructor(detail) {
    super(
      `PostgreSQL is not available, so the PostgreSQL checks cannot run (they are not skipped).\n` +
        `${detail}\n` +
        `Install the server binaries (Debian/Ubuntu: \`apt-get install -y postgresql\`; they land in ` +
        `/usr/lib/postgresql/<version>/bin), or set PG_BIN_DIR to a folder holding initdb and pg_ctl.`,
    );
    this.name = "PostgresUnavailableError";
  }
}

const hasBinaries = (dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"));

/** The folder holding initdb and pg_ctl, or null. */
export function findPostgresBinDir() {
  const candidates = [];
  const debianRoot = "/usr/lib/postgresql";
  if (fs.existsSync(debianRoot)) {
    const versions = fs
      .readdirSync(debianRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(debianRoot, v, "bin"));
  }
  const pgConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir) candidates.push(dir);
  for (const dir of candidates) {
    if (hasBinaries(dir)) {
      // A symlink in /usr/local/bin points at the real folder, next to `postgres`.
      return path.dirname(fs.realpathSync(path.join(dir, "initdb")));
    }
  }
  return null;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function tryRun(cmd, args) {
  const result = spawnSync(cmd, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    timeout: 900_000,
  });
  return result.status === 0;
}

/** Finds the binaries, installing Debian's package when running as root. */
export function ensurePostgresBinaries({ log = console.log } = {}) {
  // An explicit choice is used as is, never replaced by a search or an install.
  const chosen = process.env.PG_BIN_DIR;
  if (chosen) {
    if (hasBinaries(chosen)) return chosen;
    throw new PostgresUnavailableError(`PG_BIN_DIR=${chosen} holds no initdb and pg_ctl.`);
  }
  let dir = findPostgresBinDir();
  if (dir) return dir;
  if (!isRoot()) throw new PostgresUnavailableError("No initdb/pg_ctl found, and not root, so nothing was installed.");
  log("PostgreSQL not found: installing Debian's postgresql package…");
  const install = ["install", "-y", "--no-install-recommends", "postgresql"];
  // The package index may be missing or stale on a fresh machine.
  if (!tryRun("apt-get", install) && tryRun("apt-get", ["update"])) tryRun("apt-get", install);
  dir = findPostgresBinDir();
  if (!dir) throw new PostgresUnavailableError("`apt-get install -y postgresql` did not provide initdb/pg_ctl.");
  return dir;
}

/** initdb refuses to run as root: the server then runs as this unprivileged account. */
function serverAccount() {
  if (!isRoot()) return null;
  for (const name of ["postgres", "nobody"]) {
    const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  }
  throw new PostgresUnavailableError("Running as root, and no `postgres` or `nobody` account to run the server as.");
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster and returns { url(database), adminUrl, stop() }.
 * PG_PORT chooses the port (default: a free one).
 */
export async function startPostgresCluster({ log = console.log } = {}) {
  const bin = ensurePostgresBinaries({ log });
  const account = serverAccount();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "regards-croises-pg-"));
  const data = path.join(dir, "data");
  fs.mkdirSync(data, { mode: 0o700 });
  if (account) {
    fs.chownSync(dir, account.uid, account.gid);
    fs.chownSync(data, account.uid, account.gid);
  }
  const port = Number(process.env.PG_PORT) || (await freePort());
  const asServer = { stdio: ["ignore", "pipe", "pipe"], ...(account ?? {}), cwd: dir, encoding: "utf8" };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(path.join(bin, "pg_ctl"), ["stop", "-D", data, "-m", "immediate", "-s"], asServer);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    execFileSync(
      path.join(bin, "initdb"),
      ["-D", data, "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
      asServer,
    );
    // Loopback only, sockets in the throwaway folder, and durability off:
    // the data is thrown away anyway, and tests run faster.
    const options = [
      `-c listen_addresses=127.0.0.1`,
      `-c port=${port}`,
      `-c unix_socket_directories='${dir}'`,
      `-c fsync=off`,
      `-c synchronous_commit=off`,
      `-c full_page_writes=off`,
      `-c max_connections=200`,
      // A server set to the organisations' zone rather than UTC, so a
      // timestamp read or written in the server's local time shows up in tests.
      `-c timezone=America/Toronto`,
    ].join(" ");
    execFileSync(
      path.join(bin, "pg_ctl"),
      ["start", "-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "-s", "-o", options],
      asServer,
    );
  } catch (error) {
    const logFile = path.join(dir, "server.log");
    const serverLog = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
    const output = `${error.stderr ?? ""}${error.stdout ?? ""}`;
    stop();
    throw new PostgresUnavailableError(
      `The throwaway server did not start on 127.0.0.1:${port}: ${error.message}\n${output}${serverLog}`,
    );
  }
  // Never leave a server behind, even when the caller dies on a signal.
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  const url = (database) => `postgresql://${SUPERUSER}@127.0.0.1:${port}/${database}`;
  return { port, url, adminUrl: url("postgres"), stop };
}
