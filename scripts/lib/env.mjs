// Environment for the project's scripts: reads .env when present and fills
// the defaults a fresh machine needs, so `npm start` works without set-up.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

export function loadEnv({ quiet = false } = {}) {
  const envFile = path.join(ROOT, ".env");
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.PORT ||= "3000";
  process.env.DATABASE_URL ||= "file:./data/regards-croises.db";
  process.env.BASE_URL ||= `http://localhost:${process.env.PORT}`;
  process.env.AUTH_URL ||= process.env.BASE_URL;
  if (!process.env.AUTH_SECRET) {
    // One secret per installation, kept beside the database. It seals
    // invitation links and keys the code digests: it must not change.
    const file = path.join(ROOT, "data", ".auth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
      if (!quiet)
        console.log(`Generated a session secret in ${path.relative(ROOT, file)} (set AUTH_SECRET to choose your own).`);
    }
    process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  return process.env;
}

export function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", name);
}
