/**
 * Growth of the CA report's server time with the size of a démarche: the
 * report model (src/server/report/load-report-source.ts, then
 * buildReportModel from src/domain/report-model.ts, which is what the report
 * page, the PDF and the JSON export start from) for 3 groups × 3 participants
 * and for 12 groups × 50 participants. The time must grow no faster than the
 * number of responses.
 *
 *   npx tsx --import ./scripts/lib/server-only-register.mjs bench/growth.ts \
 *     [--database-url file:… | postgresql://…]  (default: a fresh SQLite file under .tmp/bench/)
 *     [--runs 15] [--json <file>]
 *
 * Both démarches are seeded through the test factories (tests/support/), in
 * the state the report reads: every group's workshop done and released, with
 * submitted positions and individual texts, an agreement, conditions and a
 * piste. Runs alternate between the two sizes so that a change in the
 * machine's load affects both alike; the median and the minimum are printed.
 * The PDF of each report is timed too (median of --pdf-runs, default 5).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: args } = parseArgs({
  options: {
    "database-url": { type: "string" },
    runs: { type: "string", default: "15" },
    "pdf-runs": { type: "string", default: "5" },
    json: { type: "string" },
  },
});
const RUNS = Number(args.runs);
const PDF_RUNS = Number(args["pdf-runs"]);

let databaseUrl = args["database-url"];
if (!databaseUrl) {
  const file = path.join(ROOT, ".tmp", "bench", "growth.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  databaseUrl = `file:${file}`;
}
const databaseLabel = databaseUrl.startsWith("postgres") ? "PostgreSQL" : "SQLite";
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789abcdef",
  BASE_URL: "http://localhost:3000",
  DEMO: "off",
  NODE_ENV: "production",
});
execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
  cwd: ROOT,
  stdio: ["ignore", "ignore", "inherit"],
});

const { db } = await import("../src/server/db");
const { addGroup } = await import("../src/server/groups/add-group");
const { loadReportSource } = await import("../src/server/report/load-report-source");
const { buildReportModel } = await import("../src/domain/report-model");
const { renderReportPdf } = await import("../src/server/exports/render-report-pdf");
const { makeDemarche, makeFacilitatorViewer, recordGroupWork, setPhase } = await import("../tests/support/factories");
type Triple = [number, number, number];

/** A position spread over the triangle, different for each person (per-mille, sums to 1000). */
function spread(seed: number): Triple {
  const e = 100 + ((seed * 37) % 600);
  const r = 50 + ((seed * 53) % (900 - e));
  return [e, r, 1000 - e - r];
}

const TEXT = "Les activités sont surtout préparées par l'équipe; les membres sont consultés après coup.";

async function seedDemarche(groupCount: number, perGroup: number): Promise<{ demarcheId: string; responses: number }> {
  const facilitator = await makeFacilitatorViewer();
  const demarche = await makeDemarche(facilitator, `Démarche ${groupCount} × ${perGroup}`);
  const groupIds = demarche.groups.map((g) => g.id);
  for (let g = groupIds.length; g < groupCount; g++) {
    const { groupId } = await addGroup(facilitator, {
      demarcheId: demarche.demarcheId,
      label: `Groupe ${g + 1}`,
      minSize: 3,
    });
    groupIds.push(groupId);
  }
  for (const [g, groupId] of groupIds.entries()) {
    await recordGroupWork(demarche.demarcheId, groupId, {
      people: Array.from({ length: perGroup }, (_, i) => ({
        name: `P${g}-${i}`,
        current: spread(g * 101 + i),
        desired: spread(g * 103 + i + 7),
        currentWhy: TEXT,
        desiredWhy: TEXT,
        conditionsHinder: TEXT,
      })),
      agreement: { current: spread(g), desired: spread(g + 5), justification: TEXT, examples: TEXT },
      conditions: [
        { kind: "entrave", theme: "Financement", text: TEXT },
        { kind: "favorise", theme: `Thème ${g}`, text: TEXT },
      ],
      pistes: [{ orientation: g % 2 ? "consolider" : "changer-de-cap", title: `Piste ${g}`, description: TEXT }],
    });
  }
  await setPhase(demarche.demarcheId, "transmission_ca");
  return { demarcheId: demarche.demarcheId, responses: groupCount * perGroup };
}

console.log(`CA report growth on ${databaseLabel}: seeding 3 × 3 and 12 × 50…`);
const cases = [
  { label: "3 groups × 3 participants", groups: 3, perGroup: 3, ...(await seedDemarche(3, 3)) },
  { label: "12 groups × 50 participants", groups: 12, perGroup: 50, ...(await seedDemarche(12, 50)) },
];

let sink = 0;
async function once(demarcheId: string): Promise<number> {
  const t0 = performance.now();
  const source = await loadReportSource(demarcheId, new Date(), db);
  if (source === null) throw new Error("démarche not found");
  const model = buildReportModel(source);
  const ms = performance.now() - t0;
  sink += model.groups.length;
  return ms;
}

// Warm-up: module loading, JIT, the database's caches.
for (let i = 0; i < 3; i++) for (const c of cases) await once(c.demarcheId);
const times: number[][] = cases.map(() => []);
const loadBefore = os.loadavg()[0]!;
for (let run = 0; run < RUNS; run++) {
  for (const [i, c] of cases.entries()) times[i]!.push(await once(c.demarcheId));
}
// The PDF of the same model (the report's download), fewer runs: it takes longer.
const pdfTimes: number[][] = cases.map(() => []);
const pdfPages: number[] = [];
for (const [i, c] of cases.entries()) {
  const source = await loadReportSource(c.demarcheId, new Date(), db);
  const model = buildReportModel(source!);
  for (let run = 0; run <= PDF_RUNS; run++) {
    const t0 = performance.now();
    const pdf = await renderReportPdf(model);
    if (run > 0) pdfTimes[i]!.push(performance.now() - t0);
    else pdfPages[i] = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
}
const loadAfter = os.loadavg()[0]!;
await db.$disconnect();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const rows = cases.map((c, i) => ({
  label: c.label,
  groups: c.groups,
  perGroup: c.perGroup,
  responses: c.responses,
  medianMs: median(times[i]!),
  minMs: Math.min(...times[i]!),
  msPerResponse: median(times[i]!) / c.responses,
  pdfMedianMs: median(pdfTimes[i]!),
  pdfPages: pdfPages[i]!,
}));
const [small, large] = rows as [(typeof rows)[number], (typeof rows)[number]];
const timeRatio = large.medianMs / small.medianMs;
const responseRatio = large.responses / small.responses;
// What one more response costs, once the fixed part (queries, set-up) is paid.
const marginalUsPerResponse = ((large.medianMs - small.medianMs) / (large.responses - small.responses)) * 1000;
const result = {
  database: databaseLabel,
  runs: RUNS,
  node: process.version,
  loadAverage: { before: loadBefore, after: loadAfter },
  rows,
  timeRatio,
  responseRatio,
  marginalUsPerResponse,
  pdfRatio: large.pdfMedianMs / small.pdfMedianMs,
  targetMet: timeRatio <= responseRatio,
};

console.log(
  `\nCA report model (load + build), ${databaseLabel}, median of ${RUNS} runs; Node ${process.version}, load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}\n`,
);
console.log(
  `${"".padEnd(30)}${"responses".padStart(10)}${"median ms".padStart(11)}${"min ms".padStart(9)}${"µs/response".padStart(13)}${"PDF ms".padStart(9)}${"pages".padStart(7)}`,
);
for (const r of rows)
  console.log(
    `${r.label.padEnd(30)}${String(r.responses).padStart(10)}${r.medianMs.toFixed(2).padStart(11)}${r.minMs.toFixed(2).padStart(9)}${(r.msPerResponse * 1000).toFixed(0).padStart(13)}${r.pdfMedianMs.toFixed(0).padStart(9)}${String(r.pdfPages).padStart(7)}`,
  );
console.log(
  `\n${responseRatio.toFixed(1)}× the responses take ${timeRatio.toFixed(1)}× the time: ` +
    (result.targetMet
      ? "grows no faster than the responses (target met)"
      : "grows FASTER than the responses (target NOT met)"),
);
console.log(
  `The PDF (median of ${PDF_RUNS}) takes ${result.pdfRatio.toFixed(1)}× as long for the large démarche; it grows with the groups (pages, the table of pairs of groups), not with the responses, which it only counts.`,
);
console.log(
  `Each response beyond the first 9 adds ${marginalUsPerResponse.toFixed(1)} µs (difference of the medians).`,
);
if (sink < 0) console.log(sink);
if (args.json) {
  fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
  fs.writeFileSync(path.resolve(args.json), JSON.stringify(result, null, 2));
}
