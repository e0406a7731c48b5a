/**
 * Live updates in the room (decision 015): what open pages that poll the
 * stamp routes every 1 to 5 s cost the server when nothing happens, and how long
 * a confirmation takes to reach the projector while 100 participants save
 * and confirm at once.
 *
 *   npx tsx --import ./scripts/lib/server-only-register.mjs bench/live.ts \
 *     [--database-url file:… | postgresql://…] (default: a fresh SQLite file under .tmp/bench/)
 *     [--pages 100] [--seconds 60] [--participants 100] [--port 3720] [--bare-port 3721] [--json <file>]
 *     [--delay-only] (skip the idle phases and the bare baseline)
 *
 * Idle: `pages` open pages (nine in ten participants' phones on /atelier/etat,
 * every 5 s; one in ten projectors or facilitator pages on
 * /demarches/<id>/etat, every second), each with its own keep-alive connection,
 * for `seconds`; the
 * server's CPU (and PostgreSQL's, when used) over that time, per minute,
 * next to the baseline: the same pages polling a route handler that does
 * nothing in a bare Next.js app (bench/lib/bare-app.mjs), before and after
 * the app, in the same run.
 * Delay: while `participants` people each save a draft and confirm (as in
 * bench/load.ts), one projector polls every second and, when the stamp
 * moved, fetches the projected page as router.refresh() does (an RSC
 * request, without holding up the next poll). For every acknowledged
 * confirmation: « seen », the time until a poll *started after it* answers
 * (that answer reflects the confirmation: read after the commit), and
 * « shown », until the refresh that such a poll triggered has arrived: what
 * the room waits for. Also the stamp request's and the refresh's own times
 * during the burst, and one render once it is over.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Connection, percentile } from "./lib/http";
import { actionHeaders, PAGE, positioningActionIds } from "./lib/positioning";
import { BARE_DIR, ensureBareApp } from "./lib/bare-app.mjs";
import { findPostmaster, processCpuMs, startNext, treeCpuMs } from "./lib/servers";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: args } = parseArgs({
  options: {
    "database-url": { type: "string" },
    pages: { type: "string", default: "100" },
    seconds: { type: "string", default: "60" },
    participants: { type: "string", default: "100" },
    port: { type: "string", default: "3720" },
    "bare-port": { type: "string", default: "3721" },
    json: { type: "string" },
    /** Only the delay under load (no idle phases, no bare baseline): for trying a change quickly. */
    "delay-only": { type: "boolean", default: false },
  },
});
const PAGES = Number(args.pages);
const SECONDS = Number(args.seconds);
const PARTICIPANTS = Number(args.participants);
const PORT = Number(args.port);
const BARE_PORT = Number(args["bare-port"]);
/** LiveRefresh's intervals: projectors and facilitator pages, participants' phones. */
const INTERVAL_MS = 1000;
const PARTICIPANT_INTERVAL_MS = 5000;

let databaseUrl = args["database-url"];
if (!databaseUrl) {
  const file = path.join(ROOT, ".tmp", "bench", "live.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  databaseUrl = `file:${file}`;
}
const postgres = databaseUrl.startsWith("postgres");
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
if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}

console.log(`Live benchmark on ${postgres ? "PostgreSQL" : "SQLite"}: migrating and seeding…`);
execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
  cwd: ROOT,
  env: serverEnv,
  stdio: ["ignore", "ignore", "inherit"],
});
const { seedLoadDemarche, sessionCookie } = await import("./lib/load-seed");
const { db } = await import("../src/server/db");
const seeded = await seedLoadDemarche(Math.max(PARTICIPANTS, PAGES), serverEnv.AUTH_SECRET!);
// The facilitator of the seeded démarche, signed in like the others.
const { createSessionRecord } = await import("../src/server/auth/session-records");
const owner = await db.demarcheFacilitator.findFirstOrThrow({
  where: { demarcheId: seeded.demarcheId },
  select: { facilitatorId: true },
});
const facilitatorId = owner.facilitatorId;
const facilitatorCookie = await sessionCookie(
  await createSessionRecord("facilitator", facilitatorId),
  serverEnv.AUTH_SECRET!,
);
const groupId = seeded.people[0]!.groupId;
const demarcheStamp = `/demarches/${seeded.demarcheId}/etat`;

const server = await startNext({ cwd: ROOT, port: PORT, env: serverEnv, probe: "/connexion" });
await ensureBareApp();
const bare = await startNext({ cwd: BARE_DIR, port: BARE_PORT, env: { ...process.env }, probe: "/noop" });
const postmaster = postgres ? findPostmaster(Number(new URL(databaseUrl).port || 5432)) : null;
const cpu = () => processCpuMs(server.pid) + (postmaster ? treeCpuMs(postmaster) : 0);
const getHeaders = (cookie: string) => ({ host: `localhost:${PORT}`, accept: "application/json", cookie });

/**
 * PAGES open pages polling `urlOf(i)` for SECONDS, each on its own
 * keep-alive connection, their ticks spread over the interval (pages were
 * opened at different moments); the server's CPU over that time.
 */
async function idlePhase(
  port: number,
  cpuOf: () => number,
  urlOf: (i: number) => string,
  cookieOf: (i: number) => string,
  okStatus: number,
) {
  // Nine pages in ten are participants' phones (every 5 s), one in ten a projector or a facilitator page (every second).
  const intervalOf = (i: number) => (i % 10 === 0 ? INTERVAL_MS : PARTICIPANT_INTERVAL_MS);
  const latencies: number[] = [];
  let errors = 0;
  const cpuStart = cpuOf();
  const start = performance.now();
  const end = start + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: PAGES }, async (_, i) => {
      const url = urlOf(i);
      const cookie = cookieOf(i);
      let connection = new Connection(port);
      const interval = intervalOf(i);
      let next = start + ((i * interval) / PAGES) % interval;
      while (next < end) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const t0 = performance.now();
        try {
          const reply = await connection.request("GET", url, { ...getHeaders(cookie), host: `localhost:${port}` });
          if (reply.status !== okStatus || (okStatus === 200 && !reply.body.includes("stamp"))) errors++;
        } catch {
          // A timeout or a reset counts as an error; the page's next tick uses a new connection.
          errors++;
          connection.close();
          connection = new Connection(port);
        }
        latencies.push(performance.now() - t0);
        // A page does not poll again while its request is pending (LiveRefresh's `busy`).
        while (next <= performance.now()) next += interval;
      }
      connection.close();
    }),
  );
  const wallMs = performance.now() - start;
  const cpuMs = cpuOf() - cpuStart;
  latencies.sort((a, b) => a - b);
  return {
    pages: PAGES,
    seconds: Math.round(wallMs / 1000),
    requests: latencies.length,
    requestsPerMinute: Math.round((latencies.length / wallMs) * 60_000),
    errors,
    serverCpuMsPerMinute: Math.round((cpuMs / wallMs) * 60_000),
    serverCpuShareOfOneCore: Number((cpuMs / wallMs).toFixed(3)),
    cpuMsPerRequest: Number((cpuMs / latencies.length).toFixed(2)),
    latencyMs: {
      p50: Number(percentile(latencies, 50).toFixed(1)),
      p95: Number(percentile(latencies, 95).toFixed(1)),
      max: Number((latencies.at(-1) ?? 0).toFixed(1)),
    },
  };
}

try {
  // Warm the routes (first requests compile nothing in production, but fill caches).
  const warm = new Connection(PORT);
  for (let i = 0; i < 20; i++) {
    await warm.request("GET", "/atelier/etat", getHeaders(seeded.people[0]!.cookie));
    await warm.request("GET", demarcheStamp, getHeaders(facilitatorCookie));
  }
  warm.close();

  let idleSummary: unknown = null;
  if (!args["delay-only"]) {
    // ── Idle: PAGES open pages, nothing happens ──────────────────────────────
    // The bare baseline first and last (the same pages polling a handler that
    // does nothing, bench/lib/bare-app.mjs), the app in between: the machine's
    // load moves, and the ratio that matters is measured in the same run.
    console.log(
      `Idle: ${PAGES} open pages (phones every ${PARTICIPANT_INTERVAL_MS / 1000} s, projectors every ${INTERVAL_MS / 1000} s) for ${SECONDS} s, bare / app / bare…`,
    );
    const idleLoadBefore = os.loadavg()[0]!;
    const bareBefore = await idlePhase(BARE_PORT, () => processCpuMs(bare.pid), () => "/noop", () => "", 204);
    const idle = await idlePhase(
      PORT,
      cpu,
      (i) => (i % 10 === 0 ? demarcheStamp : "/atelier/etat"),
      (i) => (i % 10 === 0 ? facilitatorCookie : seeded.people[i]!.cookie),
      200,
    );
    const bareAfter = await idlePhase(BARE_PORT, () => processCpuMs(bare.pid), () => "/noop", () => "", 204);
    await bare.stop();
    const bareCpuPerMinute = (bareBefore.serverCpuMsPerMinute + bareAfter.serverCpuMsPerMinute) / 2;
    const bareCpuPerRequest = (bareBefore.cpuMsPerRequest + bareAfter.cpuMsPerRequest) / 2;
    idleSummary = {
      app: idle,
      bareBefore,
      bareAfter,
      ratioCpuPerMinute: Number((idle.serverCpuMsPerMinute / bareCpuPerMinute).toFixed(1)),
      ratioCpuPerRequest: Number((idle.cpuMsPerRequest / bareCpuPerRequest).toFixed(1)),
      /** The 1-minute load average before the first bare phase and after the last one (the machine is shared). */
      loadAverage: { before: idleLoadBefore, after: os.loadavg()[0]! },
    };
    console.log(JSON.stringify(idleSummary, null, 2));
  }

  // ── Delay: confirmation → projector, under the load of PARTICIPANTS ──────
  // The projected page as router.refresh() fetches it: an RSC request. Next.js
  // answers one without its cache-busting `_rsc` parameter with a redirect to
  // the address that has it: ask once, then use that address.
  const rscHeaders = { host: `localhost:${PORT}`, accept: "text/x-component", rsc: "1", cookie: facilitatorCookie };
  let projectionUrl = `/projection/${groupId}`;
  {
    const probe = new Connection(PORT);
    const first = await probe.request("GET", projectionUrl, rscHeaders);
    if (first.status === 307 && typeof first.headers.location === "string") {
      const location = new URL(first.headers.location, origin);
      projectionUrl = location.pathname + location.search;
    }
    probe.close();
  }
  console.log(`Delay: ${PARTICIPANTS} participants save and confirm while a projector polls…`);
  const ACTIONS = positioningActionIds(ROOT);
  const loadBefore = os.loadavg();
  /** Each poll of the projector, and the refresh it triggered when its stamp had changed (as LiveRefresh). */
  const polls: { started: number; answered: number; refreshed?: number }[] = [];
  const refreshes: number[] = [];
  let polling = true;
  const projector = (async () => {
    const connection = new Connection(PORT);
    const refresher = new Connection(PORT);
    let refreshing: Promise<void> = Promise.resolve();
    let last: string | null = null;
    let next = performance.now();
    while (polling) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const started = performance.now();
      const reply = await connection.request("GET", demarcheStamp, getHeaders(facilitatorCookie));
      const poll: (typeof polls)[number] = { started, answered: performance.now() };
      polls.push(poll);
      const stamp = (JSON.parse(reply.body) as { stamp?: string }).stamp ?? null;
      if (last !== null && stamp !== last) {
        // router.refresh(): the page's server render, without holding up the next tick.
        refreshing = refreshing.then(async () => {
          const t0 = performance.now();
          const page = await refresher.request("GET", projectionUrl, rscHeaders);
          if (page.status !== 200) throw new Error(`projection page: HTTP ${page.status}`);
          poll.refreshed = performance.now();
          refreshes.push(poll.refreshed - t0);
        });
      }
      last = stamp;
      // A page does not ask again while its request is pending (LiveRefresh's `busy`).
      next += INTERVAL_MS;
      while (next <= performance.now()) next += INTERVAL_MS;
    }
    await refreshing;
    connection.close();
    refresher.close();
  })();
  const acks: number[] = [];
  const spread = (seed: number) => {
    const e = 100 + ((seed * 37) % 600);
    const r = 50 + ((seed * 53) % (900 - e));
    return { expertise: e, representation: r, participation: 1000 - e - r };
  };
  const burstStart = performance.now();
  await Promise.all(
    seeded.people.slice(0, PARTICIPANTS).map(async (person, i) => {
      const connection = new Connection(PORT);
      const body = JSON.stringify([
        {
          current: spread(i * 7),
          currentWhy: "Les activités sont préparées par l'équipe.",
          currentExamples: "",
          desired: spread(i * 11 + 3),
          desiredWhy: "Le comité des membres choisirait la programmation.",
          desiredExamples: "",
          conditionsHinder: "Le manque de temps.",
          conditionsSupport: "",
        },
      ]);
      for (let round = 0; round < 3; round++) {
        await connection.request("POST", PAGE, actionHeaders(ACTIONS.draft, person.cookie, PORT), body);
        const reply = await connection.request("POST", PAGE, actionHeaders(ACTIONS.submit, person.cookie, PORT), body);
        if (reply.status === 200) acks.push(performance.now());
      }
      connection.close();
    }),
  );
  const burstEnd = performance.now();
  // Let the projector see the last confirmations.
  await new Promise((r) => setTimeout(r, INTERVAL_MS * 2));
  polling = false;
  await projector;
  const loadAfter = os.loadavg();
  const ms = (values: number[]) => {
    const sorted = values.filter((d) => Number.isFinite(d)).sort((a, b) => a - b);
    return {
      p50: Math.round(percentile(sorted, 50)),
      p95: Math.round(percentile(sorted, 95)),
      max: Math.round(sorted.at(-1) ?? 0),
    };
  };
  // Seen: the answer of the first poll started after the acknowledgement.
  // Shown: the end of the refresh that poll (or, when its stamp had not
  // moved yet, a later one) triggered: what the room sees.
  const seen = acks.map((ack) => {
    const poll = polls.find((p) => p.started >= ack);
    return poll ? poll.answered - ack : Number.NaN;
  });
  const shown = acks.map((ack) => {
    const poll = polls.find((p) => p.started >= ack && p.refreshed !== undefined);
    return poll ? poll.refreshed! - ack : Number.NaN;
  });
  const duringBurst = polls.filter((p) => p.started >= burstStart && p.started <= burstEnd);
  // What router.refresh() then fetches, once the burst is over: the projected page's server render.
  const render = new Connection(PORT);
  const renders: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const reply = await render.request("GET", projectionUrl, rscHeaders);
    if (reply.status !== 200) {
      throw new Error(`projection page: HTTP ${reply.status} ${String(reply.headers.location ?? "")}`);
    }
    renders.push(performance.now() - t0);
  }
  render.close();
  renders.sort((a, b) => a - b);
  const delay = {
    confirmations: acks.length,
    burstSeconds: Number(((burstEnd - burstStart) / 1000).toFixed(1)),
    seenWithinMs: ms(seen),
    shownWithinMs: ms(shown),
    stampRequestDuringBurstMs: ms(duringBurst.map((p) => p.answered - p.started)),
    refreshAfterStampMovedMs: ms(refreshes),
    projectionRefreshMs: { p50: Math.round(percentile(renders, 50)), max: Math.round(renders.at(-1) ?? 0) },
    loadAverage: { before: loadBefore.map((l) => Number(l.toFixed(2))), after: loadAfter.map((l) => Number(l.toFixed(2))) },
  };
  console.log(JSON.stringify(delay, null, 2));
  const result = { database: postgres ? "postgresql" : "sqlite", idle: idleSummary, delay, when: new Date().toISOString() };
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(result, null, 2));
} finally {
  await bare.stop();
  await server.stop();
  await db.$disconnect();
}
