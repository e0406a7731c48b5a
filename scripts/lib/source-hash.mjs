import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./env.mjs";

const INPUTS = [
  "src",
  "messages",
  "public",
  "prisma/schema.prisma",
  "prisma/postgresql/schema.prisma",
  "package-lock.json",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
  } else {
    out.push(p);
  }
}

/** A digest of everything the production build depends on: rebuild when it changes. */
export function sourceHash() {
  const files = [];
  for (const input of INPUTS) walk(path.join(ROOT, input), files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export const BUILD_STAMP = path.join(ROOT, ".next", "source-hash");

export function buildIsCurrent() {
  return (
    fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
    fs.existsSync(BUILD_STAMP) &&
    fs.readFileSync(BUILD_STAMP, "utf8") === sourceHash()
  );
}

export function stampBuild() {
  fs.writeFileSync(BUILD_STAMP, sourceHash());
}
