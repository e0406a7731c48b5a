import { bin, ROOT } from "./env.mjs";
import { runOrExit } from "./run.mjs";

export async function migrate(env = process.env) {
  await runOrExit(bin("prisma"), ["migrate", "deploy"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
}

export async function seedDemo(env = process.env, { quiet = true } = {}) {
  await runOrExit(
    bin("tsx"),
    ["--import", "./scripts/lib/server-only-register.mjs", "scripts/seed-demo.ts", ...(quiet ? ["--quiet"] : [])],
    { cwd: ROOT, env },
  );
}
