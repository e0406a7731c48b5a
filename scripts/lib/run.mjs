import { spawn } from "node:child_process";

/** Runs a command with inherited output; resolves with its exit code. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrExit(cmd, args, options = {}) {
  const code = await run(cmd, args, options);
  if (code !== 0) {
    console.error(`\n✗ ${[cmd, ...args].join(" ")} exited with ${code}`);
    process.exit(code);
  }
}
