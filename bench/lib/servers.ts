/**
 * Starting the production servers for a benchmark, and reading how much CPU
 * a process (and a PostgreSQL server's backends) used, from /proc.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export type Server = {
  port: number;
  pid: number;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited. */
  stop: () => Promise<void>;
  /** SIGKILL at once, as a crash or the OOM killer would: no shutdown code runs. Resolves once it has exited. */
  kill: () => Promise<void>;
  output: () => string;
};

function get(port: number, pathname: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: pathname, timeout: 2000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => req.destroy());
  });
}

/**
 * The app's server entry (scripts/server.mjs, as `npm start` runs it: Next.js
 * behind node:http, decision 012) serving the build in `cwd`; resolves once
 * `probe` answers (any status below 500).
 */
export async function startNext(options: {
  cwd: string;
  port: number;
  env: NodeJS.ProcessEnv;
  probe: string;
  /** Options for node itself, e.g. --cpu-prof. */
  nodeArgs?: string[];
}): Promise<Server> {
  const { cwd, port, env, probe, nodeArgs = [] } = options;
  // Another server on the port would answer the probe, and we would measure or test it instead.
  if ((await get(port, probe)) > 0) throw new Error(`port ${port} is already in use`);
  const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "..");
  const entry = path.join(root, "scripts", "server.mjs");
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, entry, "--port", String(port)], {
    cwd,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
  };
  process.once("exit", () => child.kill("SIGKILL"));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited:\n${output}`);
    const status = await get(port, probe);
    if (status > 0 && status < 500) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server on port ${port} did not answer ${probe} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, pid: child.pid!, stop, kill, output: () => output };
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time of one process, in milliseconds (0 once it is gone). */
export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000;
  } catch {
    return 0;
  }
}

/** The pid of the PostgreSQL server listening on `port` (from its command line), or null. */
export function findPostmaster(port: number): number | null {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (path.basename(cmd[0] ?? "") === "postgres" && cmd.includes(`port=${port}`)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

/** CPU of a server and all its children (PostgreSQL's backends), in milliseconds. */
export function treeCpuMs(rootPid: number): number {
  let total = processCpuMs(rootPid);
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === rootPid) total += processCpuMs(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}
