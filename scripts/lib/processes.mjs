// `npm start -- --processes N`: N app processes (scripts/server.mjs) on N
// consecutive ports, for a reverse proxy to spread requests over (decision
// 019). Every process is stateless: sessions, failure budgets and live stamps
// are in the database, so this needs PostgreSQL; SQLite is one process
// (decision 011).
import { spawn } from "node:child_process";

/** The most processes one command starts: more is a typo (a host has a few cores). */
export const MAX_PROCESSES = 64;

/**
 * `--processes` as a number, checked against the database: 1 when absent;
 * an error message (string) when the value or the database does not allow it.
 */
export function processCount(value, databaseUrl) {
  if (value === undefined) return 1;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > MAX_PROCESSES) {
    return `--processes must be a whole number from 1 to ${MAX_PROCESSES}, not "${value}".`;
  }
  const count = Number(value);
  const postgres = /^postgres(ql)?:\/\//.test(databaseUrl ?? "");
  if (count > 1 && !postgres) {
    return (
      `--processes ${count} needs PostgreSQL: SQLite is served by one process (its one connection ` +
      `orders the writes, decision 011). Set DATABASE_URL to a postgresql:// URL ` +
      `(README, « PostgreSQL »), or start without --processes.`
    );
  }
  return count;
}

/** The ports of `count` processes from `basePort` on. */
export function processPorts(basePort, count) {
  return Array.from({ length: count }, (_, i) => basePort + i);
}

/**
 * Runs scripts/server.mjs once per port and keeps them running: a process
 * that dies is started again after a second (a crash of one leaves the others
 * serving, as systemd's Restart= does for the units in deploy/systemd/);
 * SIGTERM or SIGINT stops them all. Resolves with the exit code to leave
 * with. With one port, the process's own exit code, as before.
 */
export function serveProcesses({ ports, cwd, env, log = console.log }) {
  return new Promise((resolve) => {
    const children = new Map();
    let stopping = false;
    let exitCode = 0;
    const start = (port) => {
      const child = spawn(process.execPath, ["scripts/server.mjs", "--port", String(port)], {
        cwd,
        env: { ...env, PORT: String(port) },
        stdio: "inherit",
      });
      const startedAt = Date.now();
      children.set(port, child);
      child.on("exit", (code, signal) => {
        children.delete(port);
        if (stopping) {
          if (children.size === 0) resolve(exitCode);
          return;
        }
        if (ports.length === 1) {
          resolve(code ?? (signal ? 1 : 0));
          return;
        }
        // One that cannot even start (port taken, bad setting) would fail again: stop everything.
        if (Date.now() - startedAt < 15_000) {
          log(`✗ The process on port ${port} exited at start (${signal ?? code}): stopping the others.`);
          stopAll(1);
          return;
        }
        log(`The process on port ${port} exited (${signal ?? code}): starting it again.`);
        setTimeout(() => {
          if (!stopping) start(port);
        }, 1000);
      });
    };
    /** 0 when asked to stop (a signal), 1 when one process could not run. */
    const stopAll = (code) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      if (children.size === 0) resolve(exitCode);
      for (const child of children.values()) child.kill("SIGTERM");
    };
    for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => stopAll(0));
    for (const port of ports) start(port);
  });
}
