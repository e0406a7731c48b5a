/**
 * Load benchmark: 100 participants save a draft of their positioning and
 * confirm it, all at once, against the production build on loopback, through
 * the same HTTP requests a browser sends (server-action POSTs to
 * /atelier/positionnement with the action id, the router state, the Origin
 * and the session cookie). In the same run, the same client hits a route
 * handler that does nothing in a bare Next.js app (bench/lib/bare-app.mjs),
 * before and after the app, so the ratio of the two means something on a
 * noisy machine.
 *
 *   npx tsx --import ./scripts/lib/server-only-register.mjs bench/load.ts \
 *     [--database-url file:… | postgresql://…]  (default: a fresh SQLite file under .tmp/bench/)
 *     [--participants 100] [--rounds 5] [--port 3710] [--bare-port 3711] [--json <file>]
 *     [--profile <dir>] [--app-dir <another build of the app, e.g. a changed copy under .tmp/>]
 *     [--processes 2]  (PostgreSQL only: that many app processes, on --port, then --bare-port + 1, + 2…;
 *                       person i talks to process i mod N, as a reverse proxy spreads them; decision 019)
 *
 * The database must be empty (it is migrated and seeded here); `npm run
 * bench` makes one for each database. Each participant does `rounds` rounds
 * of (save a changed draft, confirm), as people do when they come back to
 * their answers; every reply is checked (HTTP 200 and `ok: true`), and at the
 * end every acknowledged confirmation is looked up in the database.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { PositionAnswers } from "../src/lib/schemas/workshop";
import { BARE_DIR, ensureBareApp } from "./lib/bare-app.mjs";
import { Connection, errorSummary, statsOf, timed, type Sample, type Stats } from "./lib/http";
import { actionHeaders, checkAction, PAGE, positioningActionIds } from "./lib/positioning";
import { findPostmaster, processCpuMs, startNext, treeCpuMs } from "./lib/servers";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: args } = parseArgs({
  options: {
    "database-url": { type: "string" },
    participants: { type: "string", default: "100" },
    rounds: { type: "string", default: "5" },
    port: { type: "string", default: "3710" },
    "bare-port": { type: "string", default: "3711" },
    json: { type: "string" },
    // Writes a V8 CPU profile of the app server to this folder (for finding where the time goes).
    profile: { type: "string" },
    // Serves another build of the app (e.g. a copy under .tmp/ with one change, to measure it).
    "app-dir": { type: "string" },
    processes: { type: "string", default: "1" },
  },
});
const PARTICIPANTS = Number(args.participants);
const ROUNDS = Number(args.rounds);
const PORT = Number(args.port);
const BARE_PORT = Number(args["bare-port"]);
const PROCESSES = Number(args.processes);
/** The app processes' ports: --port, then the ports after the bare app's. */
const APP_PORTS = [PORT, ...Array.from({ length: PROCESSES - 1 }, (_, i) => BARE_PORT + 1 + i)];
/** The process person `index` talks to (one keep-alive connection each, spread evenly). */
const portOf = (index: number) => APP_PORTS[index % PROCESSES]!;
const WARMUP_PEOPLE = 10;
const APP_DIR = args["app-dir"] ? path.resolve(args["app-dir"]) : ROOT;
const SEQUENTIAL = 60;
/** Each bare phase lasts at least this long (ms), whatever its request count. */
const BARE_MIN_MS = 10_000;

// ─── Database ────────────────────────────────────────────────────────────────

let databaseUrl = args["database-url"];
if (!databaseUrl) {
  const file = path.join(ROOT, ".tmp", "bench", "load.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  databaseUrl = `file:${file}`;
}
const postgres = databaseUrl.startsWith("postgres");
const databaseLabel = postgres ? "PostgreSQL" : "SQLite";
if (!Number.isInteger(PROCESSES) || PROCESSES < 1 || (PROCESSES > 1 && !postgres)) {
  console.error("--processes N (N > 1) needs a PostgreSQL --database-url: SQLite is one process.");
  process.exit(2);
}
const origin = `http://localhost:${PORT}`;
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789abcdef",
  BASE_URL: origin,
  AUTH_URL: origin,
  DEMO: "off",
  LOG_LEVEL: "warn",
  NODE_ENV: "production",
};
Object.assign(process.env, serverEnv);

if (!fs.existsSync(path.join(APP_DIR, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` (or `npm run bench`, which builds when needed).");
  process.exit(2);
}

console.log(`Load benchmark on ${databaseLabel}: migrating and seeding ${PARTICIPANTS} participants…`);
execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
  cwd: ROOT,
  env: serverEnv,
  stdio: ["ignore", "ignore", "inherit"],
});
const { seedLoadDemarche } = await import("./lib/load-seed");
const { db } = await import("../src/server/db");
const { viewerFromSessionId } = await import("../src/server/auth/viewer");
const { saveMyPositionDraft } = await import("../src/server/positions/save-my-position-draft");
const { submitMyPosition } = await import("../src/server/positions/submit-my-position");
const seeded = await seedLoadDemarche(PARTICIPANTS + WARMUP_PEOPLE, serverEnv.AUTH_SECRET!);
const people = seeded.people.slice(0, PARTICIPANTS);
const warmupPeople = seeded.people.slice(PARTICIPANTS);

// ─── Requests ────────────────────────────────────────────────────────────────

const ACTIONS = positioningActionIds(APP_DIR);

/** The bare app's do-nothing server action (read after ensureBareApp has built it). */
function bareActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(BARE_DIR, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === "noop");
  if (!entry) throw new Error("the bare app's noop action is not in its server reference manifest");
  return entry[0];
}

const BARE_ROUTER_STATE = encodeURIComponent(
  JSON.stringify([
    "",
    { children: ["action", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] },
    null,
    null,
    16,
  ]),
);

const WHY =
  "Les activités sont surtout préparées par l'équipe, et les membres sont consultés après coup; " +
  "on aimerait que le comité des membres choisisse la programmation de l'automne.";

/** A different, valid position for each person and round, so every save really writes. */
function answersFor(person: number, round: number): PositionAnswers {
  const spread = (seed: number) => {
    const e = 100 + ((seed * 37) % 600);
    const r = 50 + ((seed * 53) % (900 - e));
    return { expertise: e, representation: r, participation: 1000 - e - r };
  };
  return {
    current: spread(person * 7 + round),
    currentWhy: `${WHY} (${round + 1})`,
    currentExamples: "Le choix des sorties de l'été.",
    desired: spread(person * 11 + round + 3),
    desiredWhy: WHY,
    desiredExamples: "",
    conditionsHinder: "Le manque de temps en équipe.",
    conditionsSupport: "",
  };
}

/** One person's rounds; returns the answers of their last acknowledged confirmation. */
async function participantRounds(
  index: number,
  cookie: string,
  rounds: number,
  samples: Sample[],
  acknowledged: { submits: number; drafts: number },
  firstRound = 0,
): Promise<PositionAnswers | null> {
  const port = portOf(index);
  const connection = new Connection(port);
  let confirmed: PositionAnswers | null = null;
  try {
    for (let round = firstRound; round < firstRound + rounds; round++) {
      const answers = answersFor(index, round);
      const body = JSON.stringify([answers]);
      const draft = await timed(
        "draft",
        samples,
        async () =>
          checkAction(
            await connection.request("POST", PAGE, actionHeaders(ACTIONS.draft, cookie, port), body),
            "draft",
          ),
        round - firstRound,
      );
      if (draft.ok) acknowledged.drafts++;
      const submit = await timed(
        "submit",
        samples,
        async () =>
          checkAction(
            await connection.request("POST", PAGE, actionHeaders(ACTIONS.submit, cookie, port), body),
            "submitted",
          ),
        round - firstRound,
      );
      if (submit.ok) {
        acknowledged.submits++;
        confirmed = answers;
      }
    }
  } finally {
    connection.close();
  }
  return confirmed;
}

/** The bare baseline: the same client, the same body and headers, a handler that does nothing. */
/**
 * `count` requests, and more until `until` (a performance.now() time): the
 * bare phases last long enough for their p99 not to hang on one hiccup of a
 * busy machine.
 */
async function bareRequests(count: number, samples: Sample[], cookie: string, until = 0): Promise<void> {
  const connection = new Connection(BARE_PORT);
  const body = JSON.stringify([answersFor(0, 0)]);
  const headers = { ...actionHeaders(ACTIONS.draft, cookie, BARE_PORT) };
  delete (headers as Record<string, string | undefined>)["next-action"];
  try {
    for (let i = 0; i < count || performance.now() < until; i++) {
      await timed("bare", samples, async () => {
        const reply = await connection.request("POST", "/noop", headers, body);
        return reply.status === 204 ? { ok: true } : { ok: false, error: `HTTP ${reply.status}` };
      });
    }
  } finally {
    connection.close();
  }
}

/** The framework's floor for an action: the same POST to a server action that does nothing. */
async function bareActionRequests(
  count: number,
  samples: Sample[],
  cookie: string,
  actionId: string,
  until = 0,
): Promise<void> {
  const connection = new Connection(BARE_PORT);
  const body = JSON.stringify([answersFor(0, 0)]);
  const headers = actionHeaders(actionId, cookie, BARE_PORT, BARE_ROUTER_STATE);
  try {
    for (let i = 0; i < count || performance.now() < until; i++) {
      await timed("bare-action", samples, async () =>
        checkAction(await connection.request("POST", "/action", headers, body), "draft"),
      );
    }
  } finally {
    connection.close();
  }
}

// ─── Phases ──────────────────────────────────────────────────────────────────

type Phase = {
  samples: Sample[];
  wallMs: number;
  serverCpuMs: number;
  databaseCpuMs: number;
  load: [number, number];
};

async function phase(
  serverPids: number | number[],
  postmaster: number | null,
  run: (samples: Sample[]) => Promise<void>,
) {
  const pids = typeof serverPids === "number" ? [serverPids] : serverPids;
  const cpuOf = () => pids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
  const samples: Sample[] = [];
  const loadBefore = os.loadavg()[0]!;
  const cpu0 = cpuOf();
  const db0 = postmaster ? treeCpuMs(postmaster) : 0;
  const t0 = performance.now();
  await run(samples);
  const wallMs = performance.now() - t0;
  const result: Phase = {
    samples,
    wallMs,
    serverCpuMs: cpuOf() - cpu0,
    databaseCpuMs: postmaster ? treeCpuMs(postmaster) - db0 : 0,
    load: [loadBefore, os.loadavg()[0]!],
  };
  return result;
}

await ensureBareApp();
console.log(`Starting the app on :${APP_PORTS.join(", :")} and the bare app on :${BARE_PORT}…`);
const profileDir = args.profile ? path.resolve(args.profile) : null;
const apps = [];
for (const port of APP_PORTS) {
  apps.push(
    await startNext({
      cwd: APP_DIR,
      port,
      env: serverEnv,
      probe: "/connexion",
      nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
    }),
  );
}
const appPids = apps.map((a) => a.pid);
const bare = await startNext({ cwd: BARE_DIR, port: BARE_PORT, env: { ...process.env }, probe: "/noop" });
const postmaster = postgres ? findPostmaster(Number(new URL(databaseUrl).port)) : null;
const BARE_ACTION = bareActionId();

/**
 * The causes of the failures the app processes logged (pino's JSON lines:
 * "server action failed" for INTERNAL, "database busy" for BUSY), counted.
 */
function serverLogCauses(outputs: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const line of outputs.join("\n").split("\n")) {
    if (!line.startsWith("{")) continue;
    let entry: { msg?: string; err?: { type?: string; message?: string } };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (entry.msg !== "server action failed" && entry.msg !== "database busy") continue;
    const err = entry.err ?? {};
    // The logger hides every `code` field (src/server/log.ts), so the cause is the error's type and message.
    const cause = `${entry.msg}: ${err.type ?? "?"}: ${(err.message ?? "").replace(/\s+/g, " ").slice(0, 160)}`;
    counts.set(cause, (counts.get(cause) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * The participant's page as a browser receives it (HTML with the React
 * payload inlined), next to the bare page: the first-load JavaScript is in
 * bench/page-weight.mjs; this is the document itself.
 */
async function documentWeights(cookie: string) {
  const get = async (port: number, pathname: string) => {
    const connection = new Connection(port);
    try {
      const reply = await connection.request("GET", pathname, {
        host: `localhost:${port}`,
        accept: "text/html",
        "accept-encoding": "gzip",
        cookie,
      });
      if (reply.status !== 200) throw new Error(`GET ${pathname} on :${port}: HTTP ${reply.status}`);
      return { raw: Buffer.byteLength(reply.body), gzip: reply.wireBytes };
    } finally {
      connection.close();
    }
  };
  return { participant: await get(PORT, PAGE), bare: await get(BARE_PORT, "/") };
}

try {
  const documents = await documentWeights(warmupPeople[1]!.cookie);

  // Warm-up: JIT, module loading, connection pools; these people are not counted.
  await phase(appPids, postmaster, async (samples) => {
    await Promise.all([
      ...warmupPeople.map((p, i) =>
        participantRounds(PARTICIPANTS + i, p.cookie, 3, samples, { submits: 0, drafts: 0 }),
      ),
      ...warmupPeople.map((p) => bareRequests(30, samples, p.cookie)),
      ...warmupPeople.map((p) => bareActionRequests(30, samples, p.cookie, BARE_ACTION)),
    ]);
  });

  // One request at a time: the service time of each kind, without queueing.
  const sequentialPerson = warmupPeople[0]!;
  const sequential = await phase(appPids, postmaster, async (samples) => {
    for (let i = 0; i < SEQUENTIAL; i++) {
      await bareRequests(1, samples, sequentialPerson.cookie);
      await bareActionRequests(1, samples, sequentialPerson.cookie, BARE_ACTION);
      // Rounds after the warm-up's, so every save changes something.
      await participantRounds(PARTICIPANTS, sequentialPerson.cookie, 1, samples, { submits: 0, drafts: 0 }, 10 + i);
    }
  });

  // The same work without HTTP, Next.js or Auth.js: the session lookup and the
  // two server functions called in this process, one at a time.
  const inProcess: Record<string, number[]> = { session: [], draft: [], submit: [] };
  for (let i = 0; i < SEQUENTIAL; i++) {
    const person = warmupPeople[2]!;
    const t0 = performance.now();
    const viewer = await viewerFromSessionId(person.sid);
    const t1 = performance.now();
    const answers = answersFor(PARTICIPANTS + 2, 100 + i);
    await saveMyPositionDraft(viewer, answers);
    const t2 = performance.now();
    await submitMyPosition(viewer, answers);
    const t3 = performance.now();
    if (i >= 5) {
      inProcess.session!.push(t1 - t0);
      inProcess.draft!.push(t2 - t1);
      inProcess.submit!.push(t3 - t2);
    }
  }
  const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const inProcessMs = {
    session: medianOf(inProcess.session!),
    draft: medianOf(inProcess.draft!),
    submit: medianOf(inProcess.submit!),
  };

  const bareRun = (samples: Sample[]) =>
    Promise.all(people.map((p) => bareRequests(2 * ROUNDS, samples, p.cookie, performance.now() + BARE_MIN_MS))).then(
      () => undefined,
    );

  console.log(
    `Measuring: bare handler, bare action, then the app (${PARTICIPANTS} × ${ROUNDS} rounds), then the bare handler again…`,
  );
  const bareBefore = await phase(bare.pid, null, bareRun);
  const bareAction = await phase(bare.pid, null, (samples) =>
    Promise.all(
      people.map((p) =>
        bareActionRequests(2 * ROUNDS, samples, p.cookie, BARE_ACTION, performance.now() + BARE_MIN_MS),
      ),
    ).then(() => undefined),
  );
  const acknowledged = { submits: 0, drafts: 0 };
  const finals: (PositionAnswers | null)[] = [];
  const appRun = await phase(appPids, postmaster, async (samples) => {
    finals.push(
      ...(await Promise.all(people.map((p, i) => participantRounds(i, p.cookie, ROUNDS, samples, acknowledged)))),
    );
  });
  const bareAfter = await phase(bare.pid, null, bareRun);

  // ─── Verification ───────────────────────────────────────────────────────────
  const ids = people.map((p) => p.participantId);
  const stored = await db.position.findMany({ where: { participantId: { in: ids } } });
  const byParticipant = new Map(stored.map((row) => [row.participantId, row]));
  let matching = 0;
  const mismatches: string[] = [];
  people.forEach((person, i) => {
    const expected = finals[i];
    const row = byParticipant.get(person.participantId);
    if (!expected) {
      mismatches.push(`${person.participantId}: no acknowledged confirmation`);
      return;
    }
    const same =
      row !== undefined &&
      row.status === "submitted" &&
      row.currentExpertise === expected.current?.expertise &&
      row.currentRepresentation === expected.current?.representation &&
      row.desiredParticipation === expected.desired?.participation &&
      row.currentWhy === expected.currentWhy;
    if (same) matching++;
    else mismatches.push(`${person.participantId}: stored ${row ? row.status : "nothing"} ≠ last confirmation`);
  });
  const auditedSubmits = await db.auditEvent.count({
    where: { action: "position.submit", actorId: { in: ids } },
  });
  const submittedRows = await db.position.count({ where: { participantId: { in: ids }, status: "submitted" } });

  // The floor under the app's figure: the same session lookup and server
  // functions (their 5–6 statements through the same Prisma client and
  // driver), called in this process for the same people at once, without
  // HTTP, Next.js, React or Auth.js; this process's CPU per request.
  const floorCpu0 = process.cpuUsage();
  const floorT0 = performance.now();
  await Promise.all(
    people.map(async (person, i) => {
      for (let round = 0; round < ROUNDS; round++) {
        const answers = answersFor(i, 200 + round);
        await saveMyPositionDraft(await viewerFromSessionId(person.sid), answers);
        await submitMyPosition(await viewerFromSessionId(person.sid), answers);
      }
    }),
  );
  const floorCpu = process.cpuUsage(floorCpu0);
  const inProcessUnderLoad = {
    cpuPerRequestMs: (floorCpu.user + floorCpu.system) / 1000 / (2 * ROUNDS * PARTICIPANTS),
    wallMs: performance.now() - floorT0,
  };
  await db.$disconnect();

  // ─── Report ─────────────────────────────────────────────────────────────────
  const appSamples = appRun.samples;
  const of = (kind: string, samples: Sample[]) => samples.filter((s) => s.kind === kind);
  const bareSamples = [...bareBefore.samples, ...bareAfter.samples];
  const stats = {
    bareBefore: statsOf(bareBefore.samples, bareBefore.wallMs),
    bareAfter: statsOf(bareAfter.samples, bareAfter.wallMs),
    bare: statsOf(bareSamples, bareBefore.wallMs + bareAfter.wallMs),
    bareAction: statsOf(bareAction.samples, bareAction.wallMs),
    app: statsOf(appSamples, appRun.wallMs),
    draft: statsOf(of("draft", appSamples), appRun.wallMs),
    submit: statsOf(of("submit", appSamples), appRun.wallMs),
    // The issue's scenario literally: everybody's first draft at the same
    // moment (each creates the person's position), then their confirmation.
    firstDraft: statsOf(
      of("draft", appSamples).filter((x) => x.round === 0),
      appRun.wallMs,
    ),
    firstSubmit: statsOf(
      of("submit", appSamples).filter((x) => x.round === 0),
      appRun.wallMs,
    ),
  };
  const sequentialStats = {
    bare: statsOf(of("bare", sequential.samples), sequential.wallMs),
    bareAction: statsOf(of("bare-action", sequential.samples), sequential.wallMs),
    draft: statsOf(of("draft", sequential.samples), sequential.wallMs),
    submit: statsOf(of("submit", sequential.samples), sequential.wallMs),
  };
  const ratio = stats.app.p99 / stats.bare.p99;
  const errors = stats.app.errors + stats.bare.errors + stats.bareAction.errors;
  const verified = matching === PARTICIPANTS && auditedSubmits === acknowledged.submits;
  const result = {
    database: databaseLabel,
    /** App processes on the one database, the requests spread evenly over them. */
    processes: PROCESSES,
    participants: PARTICIPANTS,
    rounds: ROUNDS,
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: { before: bareBefore.load[0], after: bareAfter.load[1] },
    stats,
    sequential: sequentialStats,
    /** Median time of the session lookup and the server functions called in-process (no HTTP, Next.js, Auth.js). */
    inProcessMs,
    /**
     * This process's CPU per request when the same people save and confirm at once through the
     * worktree's server functions, in-process (no HTTP, Next.js, React, Auth.js): what the
     * statements cost through Prisma and the driver, with the app's few checks. Whichever build
     * --app-dir serves, this runs the worktree's code.
     */
    inProcessUnderLoad,
    documents,
    serverCpuShareDuringApp: appRun.serverCpuMs / appRun.wallMs,
    cpuPerRequestMs: {
      bare: (bareBefore.serverCpuMs + bareAfter.serverCpuMs) / bareSamples.length,
      bareAction: bareAction.serverCpuMs / bareAction.samples.length,
      app: appRun.serverCpuMs / appSamples.length,
      database: postgres ? appRun.databaseCpuMs / appSamples.length : null,
    },
    verification: {
      acknowledgedSubmits: acknowledged.submits,
      auditedSubmits,
      submittedRows,
      participantsMatchingLastConfirmation: matching,
      mismatches: mismatches.slice(0, 10),
      ok: verified,
    },
    errorMessages: errorSummary([...appSamples, ...bareSamples, ...bareAction.samples]),
    /** What the app processes logged about failed actions, by cause (e.g. Prisma's P2028, a transaction timeout). */
    serverLog: serverLogCauses(apps.map((a) => a.output())),
    p99Ratio: ratio,
    /** The noise-robust companion of the p99 ratio: server CPU per app request over per bare request. */
    cpuRatio:
      appRun.serverCpuMs / appSamples.length / ((bareBefore.serverCpuMs + bareAfter.serverCpuMs) / bareSamples.length),
    /**
     * Issue 18's target, replacing « p99 ≤ 2× a bare route handler » (below the framework's
     * own floor: a server action that does nothing already costs about 2× the bare handler):
     * server CPU per app request ≤ 5× a bare server action's, with 0 errors.
     */
    cpuVsBareAction: appRun.serverCpuMs / appSamples.length / (bareAction.serverCpuMs / bareAction.samples.length),
    /**
     * Judged for one app process only, as the issue measured it: with several, each
     * process shares the machine's cores with the others, PostgreSQL and this client,
     * while the bare action it is divided by runs alone in one process (null: not judged).
     */
    targetMet:
      PROCESSES > 1
        ? null
        : errors === 0 &&
          verified &&
          appRun.serverCpuMs / appSamples.length / (bareAction.serverCpuMs / bareAction.samples.length) <= 5,
  };

  const ms = (n: number) => n.toFixed(1).padStart(8);
  const line = (label: string, s: Stats) =>
    `${label.padEnd(28)}${String(s.requests).padStart(7)}${String(s.errors).padStart(7)}${ms(s.p50)}${ms(s.p90)}${ms(s.p99)}${ms(s.max)}${s.throughput.toFixed(0).padStart(9)}`;
  console.log(
    `\n${databaseLabel}${PROCESSES > 1 ? `, ${PROCESSES} app processes` : ""}: ${PARTICIPANTS} participants at once × ${ROUNDS} rounds of (draft, confirm); ` +
      `Node ${process.version}, ${os.cpus().length} CPUs, load average ${result.loadAverage.before.toFixed(2)} → ${result.loadAverage.after.toFixed(2)}\n`,
  );
  console.log(
    `${"".padEnd(28)}${"req".padStart(7)}${"errors".padStart(7)}${"p50 ms".padStart(8)}${"p90 ms".padStart(8)}${"p99 ms".padStart(8)}${"max ms".padStart(8)}${"req/s".padStart(9)}`,
  );
  console.log(line("bare handler (before)", stats.bareBefore));
  console.log(line("bare server action", stats.bareAction));
  console.log(line("app: draft + confirm", stats.app));
  console.log(line("  draft (autosave)", stats.draft));
  console.log(line("  confirm", stats.submit));
  console.log(line("  round 1: drafts, all at once", stats.firstDraft));
  console.log(line("  round 1: confirmations", stats.firstSubmit));
  console.log(line("bare handler (after)", stats.bareAfter));
  console.log(
    `\nOne request at a time (p50): bare ${sequentialStats.bare.p50.toFixed(1)} ms, bare action ${sequentialStats.bareAction.p50.toFixed(1)} ms, draft ${sequentialStats.draft.p50.toFixed(1)} ms, confirm ${sequentialStats.submit.p50.toFixed(1)} ms`,
  );
  console.log(
    `In-process, without HTTP/Next.js/Auth.js (median): session lookup ${inProcessMs.session.toFixed(1)} ms, ` +
      `saveMyPositionDraft ${inProcessMs.draft.toFixed(1)} ms, submitMyPosition ${inProcessMs.submit.toFixed(1)} ms`,
  );
  console.log(
    `In-process under load (the same people at once, no HTTP/Next.js/Auth.js): ` +
      `${inProcessUnderLoad.cpuPerRequestMs.toFixed(2)} ms of CPU per request`,
  );
  console.log(
    `Server CPU per request under load: bare ${result.cpuPerRequestMs.bare.toFixed(2)} ms, bare action ${result.cpuPerRequestMs.bareAction.toFixed(2)} ms, app ${result.cpuPerRequestMs.app.toFixed(2)} ms` +
      (postgres ? ` (+ PostgreSQL ${result.cpuPerRequestMs.database!.toFixed(2)} ms)` : ""),
  );
  console.log(
    `The app server used ${(100 * result.serverCpuShareDuringApp).toFixed(0)} % of a core during the app phase (its JavaScript runs on one; GC and I/O threads add a little).`,
  );
  console.log(
    `Participant page HTML: ${(documents.participant.raw / 1024).toFixed(1)} kB (${(documents.participant.gzip / 1024).toFixed(1)} kB gzip); ` +
      `bare page HTML: ${(documents.bare.raw / 1024).toFixed(1)} kB (${(documents.bare.gzip / 1024).toFixed(1)} kB gzip)`,
  );
  console.log(
    `Verification: ${acknowledged.submits} confirmations acknowledged, ${auditedSubmits} audited; ` +
      `${submittedRows}/${PARTICIPANTS} positions confirmed, ${matching}/${PARTICIPANTS} equal to the last acknowledged one` +
      (verified ? " ✓" : " ✗"),
  );
  for (const m of mismatches.slice(0, 5)) console.log(`  ${m}`);
  for (const [message, count] of result.errorMessages) console.log(`  error ×${count}: ${message}`);
  for (const [cause, count] of result.serverLog) console.log(`  server log ×${count}: ${cause}`);
  console.log(
    `Server CPU per request, app / bare server action = ${result.cpuVsBareAction.toFixed(1)}× ` +
      `(target ≤ 5× with 0 errors, issue 18): ${result.targetMet === null ? `not judged with ${PROCESSES} processes (the target is for one)` : result.targetMet ? "met" : "NOT met"}; ` +
      `app / bare route handler: CPU ${result.cpuRatio.toFixed(1)}×, p99 ${ratio.toFixed(1)}× (the old 2× target, withdrawn)`,
  );
  if (args.json) {
    fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    fs.writeFileSync(path.resolve(args.json), JSON.stringify(result, null, 2));
  }
} finally {
  await Promise.all(apps.map((a) => a.stop()));
  await bare.stop();
}

if (profileDir) {
  // Written by the server when it exits; the newest one is this run's.
  const newest = fs
    .readdirSync(profileDir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(profileDir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (newest) {
    const { summariseProfile } = await import("./lib/profile-summary.mjs");
    const summary = summariseProfile(newest);
    console.log(
      `\nWhere the app server's CPU went (whole run, ${(summary.busyMs / 1000).toFixed(1)} s busy; ${path.relative(ROOT, newest)}):`,
    );
    for (const part of summary.parts) console.log(`${(100 * part.share).toFixed(1).padStart(6)} %  ${part.category}`);
    if (args.json) {
      const file = path.resolve(args.json);
      fs.writeFileSync(
        file,
        JSON.stringify({ ...JSON.parse(fs.readFileSync(file, "utf8")), profile: summary }, null, 2),
      );
    }
  }
}
