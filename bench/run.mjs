#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other, then a short Markdown
// summary in bench/results/latest.md (git-ignored), printed at the end too.
//
//   npm run bench [-- --participants 100 --rounds 5 --live-seconds 60 --no-postgresql --modules --profile]
//
// SQLite always; PostgreSQL on a throwaway server (initdb + pg_ctl on a
// temporary folder, scripts/lib/postgres-cluster.mjs) when one can be
// started, saying so plainly when not. Benchmarks print figures; nothing here
// fails because a target is missed (they are not timed tests), only when a
// benchmark itself breaks.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { bin, ROOT } from "../scripts/lib/env.mjs";
import { startPostgresCluster } from "../scripts/lib/postgres-cluster.mjs";
import { runOrExit } from "../scripts/lib/run.mjs";
import { buildIsCurrent, stampBuild } from "../scripts/lib/source-hash.mjs";
import { ensureBareApp } from "./lib/bare-app.mjs";

const { values: args } = parseArgs({
  options: {
    participants: { type: "string", default: "100" },
    rounds: { type: "string", default: "5" },
    // How long each idle phase of bench/live.ts lasts (bare, app, bare).
    "live-seconds": { type: "string", default: "60" },
    "no-postgresql": { type: "boolean" },
    modules: { type: "boolean" },
    profile: { type: "boolean" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3710" },
  },
});
const PORT = Number(args.port);
const RESULTS = path.join(ROOT, "bench", "results");
fs.mkdirSync(RESULTS, { recursive: true });
for (const f of fs.readdirSync(RESULTS)) if (f.endsWith(".json")) fs.rmSync(path.join(RESULTS, f));

process.env.NEXT_TELEMETRY_DISABLED = "1";
const started = new Date();
const loadAtStart = os.loadavg();
const TSX = [bin("tsx"), "--import", "./scripts/lib/server-only-register.mjs"];

/** Runs a command with its output shown and kept; resolves with the output, or exits on failure. */
function capture(cmd, argv, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => {
      process.stdout.write(d);
      out += d;
    });
    child.stderr.on("data", (d) => process.stderr.write(d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${argv.join(" ")} exited with ${code}`)),
    );
  });
}

const heading = (title) => console.log(`\n${"═".repeat(78)}\n${title}\n${"═".repeat(78)}`);
const readJson = (name) => {
  const file = path.join(RESULTS, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
};

// ─── The builds ──────────────────────────────────────────────────────────────
if (!buildIsCurrent()) {
  heading("Production build (the sources changed since the last one)");
  await runOrExit(bin("next"), ["build"], { cwd: ROOT, env: process.env });
  stampBuild();
}
await ensureBareApp();

const failures = [];
async function step(title, fn) {
  heading(title);
  try {
    return await fn();
  } catch (error) {
    failures.push(`${title}: ${error.message}`);
    console.error(`✗ ${title}: ${error.message}`);
    return null;
  }
}

// ─── SQLite ──────────────────────────────────────────────────────────────────
await step("Page weight", () =>
  capture("node", [
    "bench/page-weight.mjs",
    "--json",
    path.join(RESULTS, "page-weight.json"),
    ...(args.modules ? ["--modules"] : []),
  ]),
);
await step("CA report growth (SQLite)", () =>
  capture(TSX[0], [...TSX.slice(1), "bench/growth.ts", "--json", path.join(RESULTS, "growth-sqlite.json")]),
);
const loadArgs = (name) => [
  ...TSX.slice(1),
  "bench/load.ts",
  "--participants",
  args.participants,
  "--rounds",
  args.rounds,
  "--port",
  String(PORT),
  "--bare-port",
  String(PORT + 1),
  "--json",
  path.join(RESULTS, `${name}.json`),
  ...(args.profile ? ["--profile", path.join(ROOT, ".tmp", "bench", "profiles", name)] : []),
];
await step("Load (SQLite)", () => capture(TSX[0], loadArgs("load-sqlite")));
// Idle open pages (decision 015): what 100 projection and participant pages polling the
// stamp routes cost the server when nothing happens, next to a bare handler in the same run.
const liveArgs = (name) => [
  ...TSX.slice(1),
  "bench/live.ts",
  "--seconds",
  args["live-seconds"],
  "--port",
  String(PORT),
  "--bare-port",
  String(PORT + 1),
  "--json",
  path.join(RESULTS, `${name}.json`),
];
await step("Idle live pages (SQLite)", () => capture(TSX[0], liveArgs("live-sqlite")));

// ─── PostgreSQL ──────────────────────────────────────────────────────────────
let postgresNote = null;
if (args["no-postgresql"]) {
  postgresNote = "not run (--no-postgresql)";
} else {
  heading("PostgreSQL: starting a throwaway server");
  let cluster = null;
  try {
    // A port of the benchmarks' own range unless PG_PORT says otherwise.
    process.env.PG_PORT ??= String(55710);
    cluster = await startPostgresCluster({ log: (m) => console.log(m) });
    console.log(`PostgreSQL listening on 127.0.0.1:${cluster.port} (fsync off: a throwaway server).`);
  } catch (error) {
    postgresNote = `not run: no PostgreSQL server could be started (${error.message.split("\n")[0]})`;
    console.log(`PostgreSQL benchmarks ${postgresNote}`);
  }
  if (cluster) {
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    for (const name of ["bench_load", "bench_load_2", "bench_growth", "bench_live"]) await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const version = await serverVersion(cluster.adminUrl);
    postgresNote = `PostgreSQL ${version}, throwaway server on loopback (fsync and synchronous_commit off)`;
    await step("CA report growth (PostgreSQL)", () =>
      capture(TSX[0], [
        ...TSX.slice(1),
        "bench/growth.ts",
        "--database-url",
        cluster.url("bench_growth"),
        "--json",
        path.join(RESULTS, "growth-postgresql.json"),
      ]),
    );
    await step("Load (PostgreSQL)", () =>
      capture(TSX[0], [...loadArgs("load-postgresql"), "--database-url", cluster.url("bench_load")]),
    );
    // The same 100 participants spread over two app processes on the one database (decision 019).
    await step("Load (PostgreSQL, 2 app processes)", () =>
      capture(TSX[0], [
        ...loadArgs("load-postgresql-2"),
        "--database-url",
        cluster.url("bench_load_2"),
        "--processes",
        "2",
      ]),
    );
    await step("Idle live pages (PostgreSQL)", () =>
      capture(TSX[0], [...liveArgs("live-postgresql"), "--database-url", cluster.url("bench_live")]),
    );
    cluster.stop();
  }
}

async function serverVersion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SHOW server_version");
  await client.end();
  return rows[0].server_version.split(" ")[0];
}

// ─── The earlier benchmarks ──────────────────────────────────────────────────
const synthesisOut = await step("computeSynthesis", () => capture(TSX[0], ["bench/synthesis.ts"]));
const reportPdfOut = await step("CA report: model and PDF of the demo", () =>
  capture(TSX[0], [...TSX.slice(1), "bench/report-pdf.ts"]),
);

// ─── Summary ─────────────────────────────────────────────────────────────────
const markdown = summary();
fs.writeFileSync(path.join(RESULTS, "latest.md"), markdown);
heading(`Summary (bench/results/latest.md)`);
console.log(markdown);
if (failures.length > 0) {
  console.error(`✗ ${failures.length} benchmark(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}

function summary() {
  const weight = readJson("page-weight");
  const loads = [readJson("load-sqlite"), readJson("load-postgresql"), readJson("load-postgresql-2")].filter(Boolean);
  const labelOf = (load) => `${load.database}${load.processes > 1 ? `, ${load.processes} processes` : ""}`;
  const growths = [readJson("growth-sqlite"), readJson("growth-postgresql")].filter(Boolean);
  const lives = [readJson("live-sqlite"), readJson("live-postgresql")].filter(Boolean);
  const liveLabel = (live) => (live.database === "postgresql" ? "PostgreSQL" : "SQLite");
  const f1 = (n) => n.toFixed(1);
  const kB = (n) => (n / 1024).toFixed(1);
  const verdict = (met) => (met ? "**met**" : "**not met**");
  const lines = [];
  const cpus = os.cpus();
  lines.push(
    `# Benchmarks — ${started.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, Node ${process.version}. ` +
      `Load average at start ${loadAtStart.map((n) => n.toFixed(2)).join(" / ")} (1 / 5 / 15 min), ` +
      `at the end ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" / ")}. ` +
      `PostgreSQL: ${postgresNote}.`,
    "",
    "| benchmark | figure | target | result |",
    "|---|---|---|---|",
  );
  for (const load of loads) {
    lines.push(
      `| Load, ${labelOf(load)} (${load.participants} participants × ${load.rounds} × draft + confirm) | ` +
        `server CPU per request ${f1(load.cpuPerRequestMs.app)} ms vs bare action ${load.cpuPerRequestMs.bareAction.toFixed(2)} ms = **${f1(load.cpuVsBareAction)}×**; ` +
        `${load.stats.app.throughput.toFixed(0)} req/s, p99 ${f1(load.stats.app.p99)} ms; ` +
        `${load.stats.app.errors} errors; ${load.verification.auditedSubmits}/${load.verification.acknowledgedSubmits} confirmations stored | ` +
        (load.targetMet === null
          ? "(not judged: the target is for one process, which the bare action runs as; see « One vs two » below) | |"
          : `0 errors, CPU ≤ 5× bare action | ${verdict(load.targetMet)} |`),
    );
  }
  if (weight) {
    const p = weight.rows[0];
    lines.push(
      `| Page weight, participant page | ${kB(p.gzip)} kB gzip / ${kB(p.raw)} kB raw first-load JS vs bare ${kB(weight.bare.gzip)} / ${kB(weight.bare.raw)} kB = **${p.gzipRatio.toFixed(2)}×** gzip, ${p.rawRatio.toFixed(2)}× raw | ≤ 1.3× bare | ${verdict(weight.targetMet)} |`,
    );
  }
  for (const g of growths) {
    lines.push(
      `| CA report growth, ${g.database} | ${g.rows[0].responses} → ${g.rows[1].responses} responses (${f1(g.responseRatio)}×): ` +
        `${g.rows[0].medianMs.toFixed(2)} → ${g.rows[1].medianMs.toFixed(2)} ms = **${f1(g.timeRatio)}×** | time ratio ≤ response ratio | ${verdict(g.targetMet)} |`,
    );
  }
  for (const live of lives) {
    const { app, bareBefore, bareAfter } = live.idle;
    const bareMinute = (bareBefore.serverCpuMsPerMinute + bareAfter.serverCpuMsPerMinute) / 2;
    lines.push(
      `| Idle live pages, ${liveLabel(live)} (${app.pages} open pages, nothing happens) | ` +
        `server CPU ${f1(app.serverCpuMsPerMinute / 1000)} s a minute (${(100 * app.serverCpuShareOfOneCore).toFixed(0)} % of a core), ` +
        `${f1(app.cpuMsPerRequest)} ms per request, ${app.requestsPerMinute} requests a minute, ${app.errors} errors, ` +
        `vs bare handler ${f1(bareMinute / 1000)} s = **${f1(live.idle.ratioCpuPerMinute)}×** a minute, ${f1(live.idle.ratioCpuPerRequest)}× a request | ` +
        `(no target; decision 015) | |`,
    );
  }
  if (failures.length > 0) lines.push("", `Failed: ${failures.join("; ")}`);

  if (loads.length > 0) {
    lines.push(
      "",
      "## Load",
      "",
      "Latencies in ms, from sending the request to reading the whole reply; req/s over each phase. " +
        "The bare handler runs before and after the app, with the same client, body and connections.",
      "",
      "| database | requests | errors | p50 | p90 | p99 | max | req/s | server CPU / request |",
      "|---|---|---|---|---|---|---|---|---|",
    );
    for (const load of loads) {
      const row = (label, s, cpu) =>
        `| ${labelOf(load)}: ${label} | ${s.requests} | ${s.errors} | ${f1(s.p50)} | ${f1(s.p90)} | ${f1(s.p99)} | ${f1(s.max)} | ${s.throughput.toFixed(0)} | ${cpu} |`;
      const cpuApp = `${load.cpuPerRequestMs.app.toFixed(1)} ms${load.cpuPerRequestMs.database !== null ? ` + ${load.cpuPerRequestMs.database.toFixed(1)} ms PostgreSQL` : ""}`;
      lines.push(
        row("bare route handler", load.stats.bare, `${load.cpuPerRequestMs.bare.toFixed(2)} ms`),
        row("bare server action", load.stats.bareAction, `${load.cpuPerRequestMs.bareAction.toFixed(2)} ms`),
        row("draft + confirm", load.stats.app, cpuApp),
        row("— draft (autosave)", load.stats.draft, ""),
        row("— confirm (revalidates the page)", load.stats.submit, ""),
        row("— round 1 only: the 100 first drafts, all at once", load.stats.firstDraft, ""),
        row("— round 1 only: the 100 first confirmations", load.stats.firstSubmit, ""),
      );
    }
    lines.push("");
    for (const load of loads) {
      lines.push(
        `- ${labelOf(load)}: one request at a time (p50), bare handler ${f1(load.sequential.bare.p50)} ms, ` +
          `bare action ${f1(load.sequential.bareAction.p50)} ms, draft ${f1(load.sequential.draft.p50)} ms, confirm ${f1(load.sequential.submit.p50)} ms; ` +
          `in-process without HTTP, Next.js or Auth.js: session lookup ${f1(load.inProcessMs.session)} ms, saveMyPositionDraft ${f1(load.inProcessMs.draft)} ms, submitMyPosition ${f1(load.inProcessMs.submit)} ms; ` +
          `the app server used ${(100 * load.serverCpuShareDuringApp).toFixed(0)} % of a core during the app phase; ` +
          `load average ${load.loadAverage.before.toFixed(2)} → ${load.loadAverage.after.toFixed(2)}; ` +
          `verification: ${load.verification.participantsMatchingLastConfirmation}/${load.participants} positions equal to the last acknowledged confirmation, ` +
          `${load.verification.auditedSubmits} audited confirmations for ${load.verification.acknowledgedSubmits} acknowledged.`,
      );
      if (load.profile) {
        lines.push(
          `  CPU profile of the app server: ${load.profile.parts.map((p) => `${p.category} ${(100 * p.share).toFixed(0)} %`).join(", ")}.`,
        );
      }
    }
    const one = readJson("load-postgresql");
    const two = readJson("load-postgresql-2");
    if (one && two) {
      lines.push(
        "",
        `One vs two app processes on PostgreSQL, the same ${one.participants} participants × ${one.rounds} rounds (decision 019): ` +
          `throughput ${one.stats.app.throughput.toFixed(0)} → ${two.stats.app.throughput.toFixed(0)} req/s ` +
          `(${f1(two.stats.app.throughput / one.stats.app.throughput)}×), p99 ${f1(one.stats.app.p99)} → ${f1(two.stats.app.p99)} ms, ` +
          `server CPU per request ${f1(one.cpuPerRequestMs.app)} → ${f1(two.cpuPerRequestMs.app)} ms (+ PostgreSQL ` +
          `${f1(one.cpuPerRequestMs.database)} → ${f1(two.cpuPerRequestMs.database)} ms); the app processes used ` +
          `${(100 * one.serverCpuShareDuringApp).toFixed(0)} % → ${(100 * two.serverCpuShareDuringApp).toFixed(0)} % of a core; ` +
          `${os.cpus().length} cores in all.`,
      );
    }
    const doc = loads[0].documents;
    lines.push(
      `- Participant page HTML ${kB(doc.participant.raw)} kB (${kB(doc.participant.gzip)} kB gzip) vs bare page ${kB(doc.bare.raw)} kB (${kB(doc.bare.gzip)} kB gzip).`,
    );
  }

  if (lives.length > 0) {
    lines.push(
      "",
      "## Idle live pages (bench/live.ts, decision 015)",
      "",
      "Open pages polling the stamp routes while nothing happens (nine in ten participants' phones on " +
        "`/atelier/etat` every 5 s, one in ten projectors or facilitator pages on `/demarches/<id>/etat` every 2 s), " +
        "next to the same pages polling a bare route handler before and after the app, in the same run. " +
        "Server CPU includes PostgreSQL's backends when it runs.",
      "",
      "| database | phase | requests / min | errors | p50 / p95 ms | server CPU / min | share of a core | CPU / request |",
      "|---|---|---|---|---|---|---|---|",
    );
    for (const live of lives) {
      const row = (label, p) =>
        `| ${liveLabel(live)} | ${label} | ${p.requestsPerMinute} | ${p.errors} | ${f1(p.latencyMs.p50)} / ${f1(p.latencyMs.p95)} | ` +
        `${f1(p.serverCpuMsPerMinute / 1000)} s | ${(100 * p.serverCpuShareOfOneCore).toFixed(1)} % | ${p.cpuMsPerRequest.toFixed(2)} ms |`;
      lines.push(
        row("bare handler, before", live.idle.bareBefore),
        row("**app: stamp routes**", live.idle.app),
        row("bare handler, after", live.idle.bareAfter),
        `| ${liveLabel(live)} | **app ÷ bare** | | | | **${f1(live.idle.ratioCpuPerMinute)}×** | | **${f1(live.idle.ratioCpuPerRequest)}×** |`,
      );
    }
    lines.push("");
    for (const live of lives) {
      const load = live.idle.loadAverage;
      lines.push(
        `- ${liveLabel(live)}: ${live.idle.app.seconds} s per phase` +
          (load ? `; load average ${load.before.toFixed(2)} → ${load.after.toFixed(2)}` : "") +
          `. Under load (${live.delay.confirmations} confirmations all at once), a confirmation reached a projector's poll within ` +
          `p50 ${live.delay.seenWithinMs.p50} ms, p95 ${live.delay.seenWithinMs.p95} ms, max ${live.delay.seenWithinMs.max} ms, ` +
          `and was shown on the refreshed projection within p50 ${live.delay.shownWithinMs.p50} ms, p95 ${live.delay.shownWithinMs.p95} ms; ` +
          `then the projected page's render p50 ${live.delay.projectionRefreshMs.p50} ms.`,
      );
    }
  }

  if (weight) {
    lines.push(
      "",
      "## Page weight (first-load JavaScript)",
      "",
      "| page | route | raw kB | gzip kB | × bare (gzip) |",
      "|---|---|---|---|---|",
      `| Bare Next.js page | / | ${kB(weight.bare.raw)} | ${kB(weight.bare.gzip)} | 1.00 |`,
      ...weight.rows.map(
        (r) => `| ${r.label} | \`${r.route}\` | ${kB(r.raw)} | ${kB(r.gzip)} | ${r.gzipRatio.toFixed(2)} |`,
      ),
    );
    if (weight.modules) {
      lines.push(
        "",
        "Heaviest client modules of the participant page (raw kB; each part gzipped alone):",
        "",
        ...weight.modules.packages.map((m) => `- ${m.module}: ${kB(m.raw)} kB (${kB(m.compressed)} kB gzip)`),
      );
    }
  }

  if (growths.length > 0) {
    lines.push(
      "",
      "## CA report growth (report model: load + build, median of runs)",
      "",
      "| database | démarche | responses | median ms | min ms | µs / response | PDF ms (pages) |",
      "|---|---|---|---|---|---|---|",
    );
    for (const g of growths)
      for (const r of g.rows)
        lines.push(
          `| ${g.database} | ${r.label} | ${r.responses} | ${r.medianMs.toFixed(2)} | ${r.minMs.toFixed(2)} | ${(r.msPerResponse * 1000).toFixed(0)} | ${r.pdfMedianMs.toFixed(0)} (${r.pdfPages}) |`,
        );
    lines.push(
      "",
      ...growths.map(
        (g) =>
          `- ${g.database}: each response beyond the first 9 adds ${g.marginalUsPerResponse.toFixed(1)} µs; load average ${g.loadAverage.before.toFixed(2)} → ${g.loadAverage.after.toFixed(2)}.`,
      ),
    );
  }

  for (const [title, out] of [
    ["computeSynthesis (bench/synthesis.ts)", synthesisOut],
    ["CA report model and PDF of the demo (bench/report-pdf.ts)", reportPdfOut],
  ]) {
    if (out) lines.push("", `## ${title}`, "", "```", out.trim(), "```");
  }
  return `${lines.join("\n")}\n`;
}
