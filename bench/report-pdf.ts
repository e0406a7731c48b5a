/**
 * How long the CA report takes for the demo: building the report model from
 * the database, and rendering its PDF. Run with:
 *
 *   npx tsx --import ./scripts/lib/server-only-register.mjs bench/report-pdf.ts
 *
 * It builds a throwaway database under .tmp/bench/ (migrations + the demo
 * seed, which includes the closed 2024-2025 cycle with every section filled),
 * then times each step several times and prints the median and the minimum.
 * The PDFs are left in .tmp/bench/ to be looked at (pdftoppm -png).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const dir = path.resolve(".tmp/bench");
const file = path.join(dir, "report-pdf.db");
fs.mkdirSync(dir, { recursive: true });
for (const old of fs.readdirSync(dir)) if (old.endsWith(".pdf")) fs.rmSync(path.join(dir, old));
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
Object.assign(process.env, {
  DATABASE_URL: `file:${file}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789abcdef",
  BASE_URL: "http://localhost:3000",
  DEMO: "on",
  NODE_ENV: "production",
});
execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
  stdio: ["ignore", "ignore", "inherit"],
});

const { seedDemo } = await import("../src/server/demo/seed-demo");
const { db } = await import("../src/server/db");
const { loadReportSource } = await import("../src/server/report/load-report-source");
const { buildReportModel } = await import("../src/domain/report-model");
const { renderReportPdf } = await import("../src/server/exports/render-report-pdf");

if ((await seedDemo()) !== "seeded") throw new Error("the demo seed did not run");

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

console.log(`CA report benchmark (Node ${process.version}; ${RUNS} runs after one warm-up; milliseconds)\n`);
console.log(
  ["démarche".padEnd(34), "model med", "model min", "pdf med", "pdf min", "total med", "pages", "kB"].join("  "),
);
const demarches = await db.demarche.findMany({ orderBy: { startDate: "asc" }, select: { id: true, name: true } });
for (const demarche of demarches) {
  const modelTimes: number[] = [];
  const pdfTimes: number[] = [];
  const totals: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let run = 0; run <= RUNS; run++) {
    const t0 = performance.now();
    const source = await loadReportSource(demarche.id, new Date(), db);
    if (source === null) throw new Error("missing démarche");
    const model = buildReportModel(source);
    const t1 = performance.now();
    pdf = await renderReportPdf(model);
    const t2 = performance.now();
    if (run === 0) continue; // warm-up: module loading and JIT
    modelTimes.push(t1 - t0);
    pdfTimes.push(t2 - t1);
    totals.push(t2 - t0);
  }
  const out = path.join(dir, `rapport-${demarche.id}.pdf`);
  fs.writeFileSync(out, pdf);
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(
    [
      demarche.name.padEnd(34),
      median(modelTimes).toFixed(1).padStart(9),
      Math.min(...modelTimes)
        .toFixed(1)
        .padStart(9),
      median(pdfTimes).toFixed(1).padStart(7),
      Math.min(...pdfTimes)
        .toFixed(1)
        .padStart(7),
      median(totals).toFixed(1).padStart(9),
      String(pages).padStart(5),
      (pdf.length / 1024).toFixed(0).padStart(4),
    ].join("  "),
  );
  console.log(`  → ${path.relative(process.cwd(), out)}`);
}
await db.$disconnect();
