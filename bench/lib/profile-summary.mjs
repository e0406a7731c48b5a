// Where a server's CPU time went, from a V8 .cpuprofile (node --cpu-prof):
// every sample is charged to the innermost frame on its stack that belongs to
// a known part (Prisma's query compiler, Prisma's runtime and driver, the
// Auth.js session cookie, gzip, the app's own code…), after mapping the
// production bundle's minified frames back to their sources with the build's
// source maps. Run alone: node bench/lib/profile-summary.mjs <file.cpuprofile>
import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** First matching rule wins; rules are tried on each frame from the innermost outwards. */
const RULES = [
  ["Prisma query compiler (WebAssembly)", /query_compiler|^wasm:/],
  [
    "Prisma runtime and database driver",
    /@prisma\/|better-sqlite3|node_modules\/pg[-/]|sqlite-adapter|postgres-adapter/,
  ],
  ["Auth.js session (JWT decryption, HKDF)", /node_modules\/(jose|@auth|next-auth)\/|node:internal\/crypto/],
  ["gzip of responses", /node:zlib|compiled\/compression/],
  ["zod validation", /node_modules\/zod\//],
  ["next-intl messages", /node_modules\/(next-intl|use-intl|icu-minify|intl-messageformat)\//],
  ["app code (src/)", /(^|\/)src\//],
  ["Next.js and React (routing, actions, rendering)", /node_modules\/(next|react|react-dom|react-server-dom[^/]*)\//],
];

const maps = new Map();
function sourceMapFor(file) {
  if (maps.has(file)) return maps.get(file);
  let map = null;
  try {
    if (fs.existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
  } catch {
    map = null;
  }
  maps.set(file, map);
  return map;
}

function originalSource(frame) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url) return "";
  const file = url.startsWith("file://") ? fileURLToPath(url) : url;
  if (!file.includes(`${path.sep}.next${path.sep}`)) return file;
  const map = sourceMapFor(file);
  const entry = map?.findEntry(lineNumber, columnNumber);
  return entry?.originalSource ? decodeURIComponent(entry.originalSource) : file;
}

export function summariseProfile(file) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const categoryOfNode = new Map();
  function categoryOf(id) {
    if (categoryOfNode.has(id)) return categoryOfNode.get(id);
    const node = nodes.get(id);
    const name = node.callFrame.functionName;
    let category = null;
    if (name === "(garbage collector)") category = "garbage collector";
    else if (name === "(idle)") category = "idle";
    else {
      const source = originalSource(node.callFrame);
      category = RULES.find(([, re]) => re.test(source))?.[0] ?? null;
      if (category === null && parent.has(id)) category = categoryOf(parent.get(id));
    }
    category ??= "other (Node.js internals, streams)";
    categoryOfNode.set(id, category);
    return category;
  }
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const category = categoryOf(profile.samples[i]);
    totals.set(category, (totals.get(category) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const busy = [...totals.entries()].filter(([c]) => c !== "idle").reduce((a, [, ms]) => a + ms, 0);
  return {
    busyMs: busy,
    parts: [...totals.entries()]
      .filter(([c]) => c !== "idle")
      .sort((a, b) => b[1] - a[1])
      .map(([category, ms]) => ({ category, ms, share: ms / busy })),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { busyMs, parts } = summariseProfile(process.argv[2]);
  console.log(`Busy CPU in the profile: ${(busyMs / 1000).toFixed(1)} s`);
  for (const p of parts) console.log(`${(100 * p.share).toFixed(1).padStart(5)} %  ${p.category}`);
}
