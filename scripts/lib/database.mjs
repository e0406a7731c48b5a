import { spawn } from "node:child_process";
import { bin, ROOT } from "./env.mjs";
import { runOrExit } from "./run.mjs";

/** Applies the migrations; Prisma's chatter is shown only when it fails. */
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
}

export async function seedDemo(env = process.env, { quiet = true } = {}) {
  await runOrExit(bin("tsx"), ["--import", "./scripts/lib/server-only-register.mjs", "scripts/seed-demo.ts", ...(quiet ? ["--quiet"] : [])], {
    cwd: ROOT,
    env,
  });
}
