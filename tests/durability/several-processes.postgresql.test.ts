/**
 * Several app processes on one PostgreSQL database (decision 019), through
 * the production build over HTTP, as nginx would spread a room's requests
 * over them (deploy/):
 *
 * - two `npm start`s on an empty database at the same moment migrate it once
 *   (the migration lock), and both serve;
 * - a facilitator session made through one process works on the other;
 * - a sign-out through one takes effect on the other at the next request;
 * - a participant's confirmation through one changes the live stamp that the
 *   other serves to the facilitator's page (the room's live updates);
 * - one process killed (SIGKILL) while participants confirm through both:
 *   nothing acknowledged is lost, the other keeps serving without a single
 *   failure, and the people cut off confirm through it.
 *
 * That the failure budgets are shared is proven in failure-budgets.test.ts
 * ("two server processes on one database share one budget"), not again here.
 * PostgreSQL only (SQLite is one process): `npm run test:durability:pg`,
 * which builds the app once for every durability test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { db } from "@/server/db";
import { buildIsCurrent } from "../../scripts/lib/source-hash.mjs";
import { Connection, type Outcome } from "../../bench/lib/http";
import { seedLoadDemarche, type LoadPerson } from "../../bench/lib/load-seed";
import { actionHeaders, checkAction, PAGE, positioningActionIds } from "../../bench/lib/positioning";
import { startNext, type Server } from "../../bench/lib/servers";
import { PASSWORD } from "../support/factories";
import { actionId, actionRequestHeaders, request, type Reply } from "../support/production-server";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const BASE = Number(process.env.E2E_PORT_BASE ?? 3100);
const PORT_A = BASE + 93;
const PORT_B = BASE + 94;
/** Two `npm start`s: one with `--processes 2` (two ports), one plain. */
const RACE_STARTS = [
  { args: ["--processes", "2"], ports: [BASE + 95, BASE + 96] },
  { args: [], ports: [BASE + 97] },
];
const PARTICIPANTS = 40;
const DEMARCHE_NAME = "Démarche de charge";

const serverEnv = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  BASE_URL: `http://localhost:${port}`,
  AUTH_URL: `http://localhost:${port}`,
  DEMO: "off",
  LOG_LEVEL: "warn",
  NODE_ENV: "production",
  TRUSTED_PROXY_HOPS: "0",
});

/** Answers that name the person and the attempt, so a stored row says which request wrote it. */
function answersFor(person: number, attempt: string): PositionAnswers {
  const e = 100 + ((person * 37) % 600);
  const r = 50 + ((person * 53) % (900 - e));
  return {
    current: { expertise: e, representation: r, participation: 1000 - e - r },
    currentWhy: `L'équipe décide et consulte après coup (personne ${person}, ${attempt}).`,
    currentExamples: "Le choix des sorties de l'été.",
    desired: { expertise: r, representation: e, participation: 1000 - e - r },
    desiredWhy: "Que le comité des membres choisisse la programmation.",
    desiredExamples: "",
    conditionsHinder: "Le manque de temps en équipe.",
    conditionsSupport: "",
  };
}

/** Draft then confirmation, as the page sends them; `acked` once the confirmation is acknowledged. */
async function draftAndConfirm(
  port: number,
  person: LoadPerson,
  answers: PositionAnswers,
  actions: { draft: string; submit: string },
  expectDraft: "draft" | readonly ("draft" | "submitted")[] = "draft",
): Promise<{ draft: Outcome; submit: Outcome | null }> {
  const connection = new Connection(port);
  const send = async (id: string, expected: "draft" | "submitted" | readonly ("draft" | "submitted")[]) => {
    try {
      const reply = await connection.request(
        "POST",
        PAGE,
        actionHeaders(id, person.cookie, port),
        JSON.stringify([answers]),
      );
      return checkAction(reply, expected);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      return { ok: false, error: `${e.code ?? ""} ${e.message}`.trim() } as Outcome;
    }
  };
  try {
    const draft = await send(actions.draft, expectDraft);
    if (!draft.ok) return { draft, submit: null };
    return { draft, submit: await send(actions.submit, "submitted") };
  } finally {
    connection.close();
  }
}

describe("two production processes on one PostgreSQL database", () => {
  const servers: Server[] = [];
  const started: ChildProcess[] = [];
  let people: LoadPerson[] = [];
  let demarcheId = "";
  let facilitatorEmail = "";
  const positioning = positioningActionIds(ROOT);
  const signIn = actionId(ROOT, "src/app/(site)/connexion/actions.ts", "signInFacilitatorAction");
  const signOut = actionId(ROOT, "src/app/(site)/actions.ts", "signOutAction");

  beforeAll(async () => {
    // `npm run test:durability:pg` builds first; two `npm start`s must not both build.
    if (!buildIsCurrent()) throw new Error("The build is missing or stale: run `npm run test:durability:pg`.");
    const seeded = await seedLoadDemarche(PARTICIPANTS + 1, process.env.AUTH_SECRET!);
    people = seeded.people;
    demarcheId = seeded.demarcheId;
    const owner = await db.facilitator.findFirstOrThrow({ where: { memberships: { some: { demarcheId } } } });
    facilitatorEmail = owner.email;
    // Only the servers hold the database while one is killed.
    await db.$disconnect();
  }, 120_000);

  afterAll(async () => {
    // Never leave a server behind, whatever failed: each `npm start` with its process group.
    for (const child of started) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    await Promise.all(servers.map((s) => s.kill()));
  });

  it("two npm starts on an empty database at the same moment (one with --processes 2) migrate it once, and all serve", async () => {
    const postgres = inject("postgres");
    if (!postgres) throw new Error("TEST_DATABASE=postgresql gives this file a PostgreSQL server");
    const empty = `rc_race_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${empty}"`);
    await admin.end();
    const url = new URL(postgres.adminUrl);
    url.pathname = `/${empty}`;

    const outputs = RACE_STARTS.map(() => ({ text: "" }));
    const exits: Promise<number | null>[] = [];
    RACE_STARTS.forEach(({ args, ports: [port] }, i) => {
      // Its own process group, so the servers it starts are stopped with it.
      const child = spawn(process.execPath, ["scripts/start.mjs", ...args], {
        cwd: ROOT,
        env: { ...serverEnv(port!), DATABASE_URL: url.toString(), PORT: String(port) },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
      started.push(child);
      child.stdout!.on("data", (d: Buffer) => (outputs[i]!.text += d.toString()));
      child.stderr!.on("data", (d: Buffer) => (outputs[i]!.text += d.toString()));
      exits.push(new Promise((resolve) => child.once("exit", (code) => resolve(code))));
    });

    // Both serve, on all three ports: the sign-in page answers (on an empty
    // database, with the way to the first account: a redirect, not an error).
    const deadline = Date.now() + 120_000;
    for (const [i, port] of RACE_STARTS.flatMap(({ ports }, i) => ports.map((p) => [i, p] as const))) {
      for (;;) {
        const reply = await request(port, "127.0.0.1", "GET", "/connexion", { host: `localhost:${port}` }).catch(
          () => null,
        );
        if (reply && reply.status >= 200 && reply.status < 500) break;
        if (started[i]!.exitCode !== null || Date.now() > deadline)
          throw new Error(`npm start on port ${port} did not serve:\n${outputs[i]!.text}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }

    // Every migration of the repository applied exactly once, finished, none rolled back.
    const folders = fs
      .readdirSync(path.join(ROOT, "prisma", "postgresql", "migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query<{
      migration_name: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`);
    await client.end();
    expect(
      rows.map((r) => r.migration_name),
      "one row per migration",
    ).toEqual(folders);
    expect(rows.filter((r) => r.finished_at === null || r.rolled_back_at !== null)).toEqual([]);

    for (const child of started.splice(0)) process.kill(-child.pid!, "SIGTERM");
    const codes = await Promise.all(exits);
    expect(codes, outputs.map((o) => o.text).join("\n---\n")).toEqual([0, 0]);
  }, 180_000);

  /** Signs the facilitator in through `port`; returns the session cookie the browser would keep. */
  const signInThrough = async (port: number, from: string): Promise<string> => {
    const reply = await request(
      port,
      from,
      "POST",
      "/connexion",
      actionRequestHeaders(port, signIn),
      JSON.stringify([{ email: facilitatorEmail, password: PASSWORD }]),
    );
    expect(reply.headers["x-action-redirect"], reply.body.slice(0, 300)).toMatch(/^\/demarches/);
    const cookie = (reply.headers["set-cookie"] ?? []).find((c) => c.startsWith("authjs.session-token="));
    if (!cookie) throw new Error("no session cookie set at sign-in");
    return cookie.split(";")[0]!;
  };
  const facilitatorPage = (port: number, cookie: string) =>
    request(port, "127.0.0.1", "GET", "/demarches", { host: `localhost:${port}`, accept: "text/html", cookie });
  const isSignedIn = (reply: Reply) => reply.status === 200 && reply.body.includes(DEMARCHE_NAME);
  const isSentToSignIn = (reply: Reply) =>
    reply.status >= 300 && reply.status < 400 && String(reply.headers.location).includes("/connexion");
  const liveStamp = async (port: number, cookie: string) => {
    const reply = await request(port, "127.0.0.1", "GET", `/demarches/${demarcheId}/etat`, {
      host: `localhost:${port}`,
      cookie,
    });
    expect(reply.status, reply.body.slice(0, 300)).toBe(200);
    return (JSON.parse(reply.body) as { stamp: string }).stamp;
  };

  it("a facilitator session made through one process works on the other", async () => {
    servers.push(
      await startNext({ cwd: ROOT, port: PORT_A, env: serverEnv(PORT_A), probe: "/connexion" }),
      await startNext({ cwd: ROOT, port: PORT_B, env: serverEnv(PORT_B), probe: "/connexion" }),
    );
    const anonymous = await facilitatorPage(PORT_B, "");
    expect(isSentToSignIn(anonymous), `without a session: HTTP ${anonymous.status}`).toBe(true);
    const cookie = await signInThrough(PORT_A, "127.0.0.11");
    expect(isSignedIn(await facilitatorPage(PORT_B, cookie)), "B serves A's session").toBe(true);
    expect(isSignedIn(await facilitatorPage(PORT_A, cookie))).toBe(true);
  }, 120_000);

  it("a sign-out through one process takes effect on the other at the next request", async () => {
    const cookie = await signInThrough(PORT_B, "127.0.0.12");
    expect(isSignedIn(await facilitatorPage(PORT_A, cookie))).toBe(true);
    const out = await request(
      PORT_B,
      "127.0.0.12",
      "POST",
      "/",
      actionRequestHeaders(PORT_B, signOut, { cookie }),
      "[]",
    );
    expect(out.headers["x-action-redirect"], `sign-out: HTTP ${out.status}`).toBeDefined();
    // The browser would drop the cookie; someone who kept a copy gets nothing on either process.
    const onA = await facilitatorPage(PORT_A, cookie);
    expect(isSentToSignIn(onA), `the kept cookie on A after signing out on B: HTTP ${onA.status}`).toBe(true);
    expect(isSentToSignIn(await facilitatorPage(PORT_B, cookie))).toBe(true);
  });

  it("a participant's confirmation through one process changes the live stamp the other serves", async () => {
    const cookie = await signInThrough(PORT_A, "127.0.0.13");
    const before = await liveStamp(PORT_B, cookie);
    // Polled again with nothing new: the same stamp, so open pages do not reload for nothing.
    expect(await liveStamp(PORT_B, cookie)).toBe(before);
    const person = people[PARTICIPANTS]!;
    const { draft, submit } = await draftAndConfirm(PORT_A, person, answersFor(PARTICIPANTS, "salle"), positioning);
    expect(draft).toEqual({ ok: true });
    expect(submit).toEqual({ ok: true });
    const after = await liveStamp(PORT_B, cookie);
    expect(after).not.toBe(before);
    // The stamp's fifth part is the number of confirmed answers (src/server/live/get-live-stamp.ts).
    const confirmed = (stamp: string) => Number(stamp.split(".")[4]);
    expect(confirmed(after)).toBe(confirmed(before) + 1);
  });

  it("one process killed while participants confirm through both: nothing acknowledged is lost, the other keeps serving", async () => {
    const [a, b] = servers as [Server, Server];
    const crowd = people.slice(0, PARTICIPANTS);
    // Even people through A, odd through B, as nginx's least_conn would spread them.
    const portOf = (i: number) => (i % 2 === 0 ? PORT_A : PORT_B);
    const throughA = crowd.filter((_, i) => portOf(i) === PORT_A).length;
    const killAfter = Math.ceil(throughA / 3);
    let ackedOnA = 0;
    let killed: Promise<void> | null = null;
    const results = await Promise.all(
      crowd.map(async (person, i) => {
        // Spread over 1.5 s, so some requests are in flight at the kill and some not yet sent.
        await new Promise((r) => setTimeout(r, (i * 37) % 1500));
        const port = portOf(i);
        const result = await draftAndConfirm(port, person, answersFor(i, "premier essai"), positioning);
        if (port === PORT_A && result.submit?.ok && ++ackedOnA === killAfter) killed = a.kill();
        return result;
      }),
    );
    expect(killed, `A was killed (${ackedOnA} confirmations acknowledged through A)`).not.toBeNull();
    await killed;

    const acknowledged = results.map((r) => r.submit?.ok === true);
    // B never failed: the crash of A is invisible to the people it was serving.
    const failedOnB = results.flatMap((r, i) =>
      portOf(i) === PORT_B && !acknowledged[i] ? [`person ${i}: ${JSON.stringify(r)}`] : [],
    );
    expect(failedOnB, "requests through B that failed").toEqual([]);

    // Everyone A left without an acknowledgement confirms again, through B.
    const cutOff = crowd.flatMap((person, i) => (acknowledged[i] ? [] : [{ person, i }]));
    expect(cutOff.length, "some people were cut off by the kill").toBeGreaterThan(0);
    const retries = await Promise.all(
      cutOff.map(({ person, i }) =>
        // Their first confirmation may have committed before the kill: the same answers leave it confirmed.
        draftAndConfirm(PORT_B, person, answersFor(i, "deuxième essai"), positioning, ["draft", "submitted"]),
      ),
    );
    expect(
      retries.flatMap((r, k) => (r.submit?.ok ? [] : [`person ${cutOff[k]!.i}: ${JSON.stringify(r)}`])),
      "confirmations through B after the kill",
    ).toEqual([]);

    // What the database holds: every acknowledged confirmation, as sent, with its audit row.
    const ids = crowd.map((p) => p.participantId);
    const rows = new Map(
      (await db.position.findMany({ where: { participantId: { in: ids } } })).map((r) => [r.participantId, r]),
    );
    const audits = new Map(
      (
        await db.auditEvent.groupBy({
          by: ["actorId"],
          where: { action: "position.submit", actorId: { in: ids } },
          _count: { _all: true },
        })
      ).map((g) => [g.actorId, g._count._all]),
    );
    const wrong = crowd.flatMap((person, i) => {
      const row = rows.get(person.participantId);
      const sent = answersFor(i, acknowledged[i] ? "premier essai" : "deuxième essai");
      const count = audits.get(person.participantId) ?? 0;
      const stored = row?.status === "submitted" && row.currentWhy === sent.currentWhy;
      // A cut-off first confirmation may have committed (then 2 audit rows), never half.
      const auditsOk = acknowledged[i] ? count === 1 : count === 1 || count === 2;
      return stored && auditsOk ? [] : [`person ${i}: ${row?.status} "${row?.currentWhy}", ${count} audit rows`];
    });
    expect(wrong, "positions not as last acknowledged, or audit rows missing").toEqual([]);

    // B still serves pages too.
    const page = await request(PORT_B, "127.0.0.1", "GET", PAGE, {
      host: `localhost:${PORT_B}`,
      accept: "text/html",
      cookie: crowd[0]!.cookie,
    });
    expect(page.status).toBe(200);
    await b.stop();
  }, 180_000);
});
