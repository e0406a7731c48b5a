#!/usr/bin/env node
// Page weight: the first-load JavaScript of the participant's positioning
// page, the facilitator's dashboard and the CA report, next to a bare Next.js
// page built with the same next, react and next.config settings
// (bench/lib/bare-app.mjs).
//
//   node bench/page-weight.mjs [--json <file>] [--modules]
//
// Next.js 16 no longer prints sizes after `next build`; it writes each
// route's first-load chunks to .next/diagnostics/route-bundle-stats.json (the
// <script> tags of the page's HTML: the runtime, the framework, the root and
// nested layouts' client components, the page's own). Sizes here are those
// files as served: raw, and gzip -9 each (what travels without brotli). The
// nomodule polyfills, which modern browsers skip, are not counted by Next.js
// either. --modules runs `next analyze` (several minutes) and lists which
// client modules weigh most on the participant page.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { bin, ROOT } from "../scripts/lib/env.mjs";
import { sourceHash } from "../scripts/lib/source-hash.mjs";
import { BARE_DIR, ensureBareApp } from "./lib/bare-app.mjs";

const { values: args } = parseArgs({ options: { json: { type: "string" }, modules: { type: "boolean" } } });

const PAGES = [
  { key: "participant", label: "Participant: positioning", route: "/atelier/positionnement" },
  { key: "dashboard", label: "Facilitator: dashboard", route: "/demarches/[demarcheId]" },
  { key: "report", label: "CA report (facilitator)", route: "/demarches/[demarcheId]/rapport" },
  { key: "reportBoard", label: "CA report (board members)", route: "/rapport" },
  { key: "reportLink", label: "CA report (read-only link)", route: "/r/[token]" },
];
const TARGET = 1.3;

function routeStats(dir) {
  const file = path.join(dir, ".next", "diagnostics", "route-bundle-stats.json");
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} missing: build first (npm run build)`);
  return new Map(JSON.parse(fs.readFileSync(file, "utf8")).map((r) => [r.route, r]));
}

const gzipCache = new Map();
function weigh(dir, chunks) {
  let raw = 0;
  let gzip = 0;
  for (const chunk of chunks) {
    const file = path.join(dir, chunk);
    if (!gzipCache.has(file)) {
      const bytes = fs.readFileSync(file);
      gzipCache.set(file, { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
    }
    raw += gzipCache.get(file).raw;
    gzip += gzipCache.get(file).gzip;
  }
  return { raw, gzip, chunks: chunks.length };
}

if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` (or `npm run bench`, which builds when needed).");
  process.exit(2);
}
await ensureBareApp();
const app = routeStats(ROOT);
const bareStats = routeStats(BARE_DIR).get("/");
const bare = weigh(BARE_DIR, bareStats.firstLoadChunkPaths);
// Next's own figure must agree with ours, or the chunk list is not what we think.
if (bare.raw !== bareStats.firstLoadUncompressedJsBytes) throw new Error("bare app: chunk sizes disagree with Next.js");

const rows = PAGES.map((page) => {
  const stats = app.get(page.route);
  if (!stats) throw new Error(`route ${page.route} not in the build`);
  const weight = weigh(ROOT, stats.firstLoadChunkPaths);
  if (weight.raw !== stats.firstLoadUncompressedJsBytes) throw new Error(`${page.route}: chunk sizes disagree`);
  return { ...page, ...weight, rawRatio: weight.raw / bare.raw, gzipRatio: weight.gzip / bare.gzip };
});

const kB = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`First-load JavaScript (Next.js ${nextVersion()}, kB = 1024 bytes)\n`);
console.log(
  `${"page".padEnd(30)}${"route".padEnd(34)}${"raw kB".padStart(8)}${"gzip kB".padStart(8)}${"× bare".padStart(8)}`,
);
console.log(
  `${"Bare Next.js page".padEnd(30)}${"/ (bare app)".padEnd(34)}${kB(bare.raw)}${kB(bare.gzip)}${"1.00".padStart(8)}`,
);
for (const r of rows)
  console.log(
    `${r.label.padEnd(30)}${r.route.padEnd(34)}${kB(r.raw)}${kB(r.gzip)}${r.gzipRatio.toFixed(2).padStart(8)}`,
  );
const participant = rows[0];
const targetMet = participant.gzipRatio <= TARGET && participant.rawRatio <= TARGET;
console.log(
  `\nParticipant page: ${participant.gzipRatio.toFixed(2)}× the bare page gzipped, ${participant.rawRatio.toFixed(2)}× raw ` +
    `(target ≤ ${TARGET}×): ${targetMet ? "met" : "NOT met"}`,
);

let modules = null;
if (args.modules) modules = heaviestModules(participant.route);
else if (!targetMet) console.log("Run `node bench/page-weight.mjs --modules` to see which client modules weigh most.");

if (args.json) {
  fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
  fs.writeFileSync(
    path.resolve(args.json),
    JSON.stringify({ loadAverage: os.loadavg()[0], bare, rows, target: TARGET, targetMet, modules }, null, 2),
  );
}

function nextVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")).version;
}

/**
 * Client modules of a route by size, grouped by package (or source file for
 * the app's own), from `next analyze --output` (a separate, slower analysis
 * build that leaves .next's build alone). Sizes are of each module's part of
 * the minified chunks; the compressed figure is each part compressed alone,
 * good for ranking, not for adding up.
 */
function heaviestModules(route) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // The analysis is kept with the sources' digest and redone only when they change.
  const stamp = path.join(ROOT, ".next", "diagnostics", "analyze", "bench-source-hash");
  const hash = sourceHash();
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== hash) {
    console.log(`\nAnalysing the client modules (next analyze, several minutes)…`);
    execFileSync(bin("next"), ["analyze", "--output"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    fs.writeFileSync(stamp, hash);
  }
  const out = execFileSync(bin("next"), ["analyze", "export", "--route", route], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const groups = new Map();
  for (const line of out.split("\n")) {
    if (!line.startsWith('{"type":"part"')) continue;
    const part = JSON.parse(line);
    // Client chunks only; not the stylesheet, not the nomodule polyfills.
    if (!part.filename.includes("/_next/static/") || !part.filename.endsWith(".js")) continue;
    const source = part.source_path.replace("[project]/", "");
    if (source.startsWith("node_modules/next/dist/build/polyfills")) continue;
    const pkg = source.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const key = pkg ? (pkg === "next" ? "next (framework)" : pkg) : source;
    const entry = groups.get(key) ?? { module: key, raw: 0, compressed: 0 };
    entry.raw += part.size;
    entry.compressed += part.compressed_size;
    groups.set(key, entry);
  }
  const list = [...groups.values()].sort((a, b) => b.raw - a.raw);
  const app = list.filter((m) => m.module.startsWith("src/"));
  const top = list.filter((m) => !m.module.startsWith("src/")).slice(0, 12);
  top.push({
    module: `the app's own code (src/, ${app.length} modules)`,
    raw: app.reduce((a, m) => a + m.raw, 0),
    compressed: app.reduce((a, m) => a + m.compressed, 0),
  });
  console.log(`\n${"module or package".padEnd(44)}${"raw kB".padStart(8)}${"gzip kB".padStart(9)}`);
  for (const m of top.sort((a, b) => b.raw - a.raw))
    console.log(`${m.module.padEnd(44)}${kB(m.raw)}${kB(m.compressed).padStart(9)}`);
  console.log("\nHeaviest modules of the app itself:");
  for (const m of app.slice(0, 8)) console.log(`${m.module.padEnd(60)}${kB(m.raw)}`);
  return { packages: top, app: app.slice(0, 8) };
}
