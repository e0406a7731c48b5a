/**
 * Durability: the production server is killed (SIGKILL, no shutdown code
 * runs) while participants confirm their answers, then restarted on the same
 * database. Every confirmation the server acknowledged before dying must be
 * there, exactly as sent, with its audit row; a request in flight at the
 * kill may be lost, but only whole (the position as it was before, or the
 * new draft, or the new confirmation, with its audit row: never a mix); the
 * database passes SQLite's integrity and foreign-key checks; and the people
 * whose confirmation was lost can then confirm normally.
 *
 * Each round, every participant saves a new draft and confirms it, through
 * the same HTTP requests a browser sends (server-action POSTs with the action
 * id, router state, Origin and session cookie), starting at random moments;
 * the server is killed once a random share of the confirmations has been
 * acknowledged. Round 1 creates the positions, later rounds change them.
 *
 *   npm run test:durability       (SQLite; builds the app when needed)
 *   npm run test:durability:pg    (PostgreSQL on a throwaway server)
 *
 * DURABILITY_SEED replays a run's kill moments and start times (the seed is
 * printed); DURABILITY_PARTICIPANTS, DURABILITY_ROUNDS and DURABILITY_PORT
 * change the size and the port (default: E2E_PORT_BASE + 90, else 3190).
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { Connection, type Outcome } from "../../bench/lib/http";
import { seedLoadDemarche, type LoadPerson } from "../../bench/lib/load-seed";
import { actionHeaders, checkAction, PAGE, positioningActionIds } from "../../bench/lib/positioning";
import { startNext, type Server } from "../../bench/lib/servers";
import { testDatabase } from "../support/integration-target";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PARTICIPANTS = Number(process.env.DURABILITY_PARTICIPANTS ?? 60);
const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 3);
const PORT = Number(process.env.DURABILITY_PORT ?? Number(process.env.E2E_PORT_BASE ?? 3100) + 90);
const SEED = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** People start within this window (ms), so some have not begun when the server dies. */
const START_WINDOW_MS = 4000;
const sqlite = testDatabase() === "sqlite";
const origin = `http://localhost:${PORT}`;

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(SEED);

/** A different, valid position for each person and round, with texts that name both. */
function answersFor(person: number, round: number): PositionAnswers {
  const spread = (seed: number) => {
    const e = 100 + ((seed * 37) % 600);
    const r = 50 + ((seed * 53) % (900 - e));
    return { expertise: e, representation: r, participation: 1000 - e - r };
  };
  const tag = `(personne ${person}, tour ${round + 1})`;
  return {
    current: spread(person * 7 + round),
    currentWhy: `L'équipe prépare les activités et consulte les membres après coup ${tag}.`,
    currentExamples: `Le choix des sorties de l'été ${tag}.`,
    desired: spread(person * 11 + round + 3),
    desiredWhy: `Que le comité des membres choisisse la programmation ${tag}.`,
    desiredExamples: round % 2 === 0 ? "" : `La fête de quartier ${tag}.`,
    conditionsHinder: `Le manque de temps en équipe ${tag}.`,
    conditionsSupport: round % 2 === 0 ? `Un local à nous ${tag}.` : "",
  };
}

type Stored = {
  status: string;
  submittedAt: Date | null;
  currentExpertise: number | null;
  currentRepresentation: number | null;
  currentParticipation: number | null;
  currentWhy: string;
  currentExamples: string;
  desiredExpertise: number | null;
  desiredRepresentation: number | null;
  desiredParticipation: number | null;
  desiredWhy: string;
  desiredExamples: string;
  conditionsHinder: string;
  conditionsSupport: string;
};

/** Whether a stored row is exactly `answers` with `status` (every column, not a part of them). */
function isExactly(row: Stored | undefined, answers: PositionAnswers, status: "draft" | "submitted"): boolean {
  if (!row || row.status !== status) return false;
  if (status === "submitted" && row.submittedAt === null) return false;
  return (
    row.currentExpertise === answers.current?.expertise &&
    row.currentRepresentation === answers.current?.representation &&
    row.currentParticipation === answers.current?.participation &&
    row.currentWhy === answers.currentWhy &&
    row.currentExamples === answers.currentExamples &&
    row.desiredExpertise === answers.desired?.expertise &&
    row.desiredRepresentation === answers.desired?.representation &&
    row.desiredParticipation === answers.desired?.participation &&
    row.desiredWhy === answers.desiredWhy &&
    row.desiredExamples === answers.desiredExamples &&
    row.conditionsHinder === answers.conditionsHinder &&
    row.conditionsSupport === answers.conditionsSupport
  );
}

function describeRow(row: Stored | undefined): string {
  if (!row) return "no position";
  const tag = /\(personne \d+, tour \d+\)/.exec(row.currentWhy)?.[0] ?? "?";
  return `${row.status} ${tag} E${row.currentExpertise}/R${row.currentRepresentation}/P${row.currentParticipation}`;
}

/** What happened to one person's requests in one round, as the client saw it. */
type Attempt = {
  draftSent: boolean;
  draftAcked: boolean;
  submitSent: boolean;
  submitAcked: boolean;
  /** A reply that refused or failed while the server was alive: never expected. */
  unexpected: string | null;
};

/** Network failures a dying server causes (reset, refused, cut short); anything else is a real failure. */
function isConnectionLoss(error: string): boolean {
  return /ECONNRESET|ECONNREFUSED|socket hang up|aborted|EPIPE|unreadable reply/.test(error);
}

async function send(
  connection: Connection,
  actionId: string,
  cookie: string,
  answers: PositionAnswers,
  expected: "draft" | "submitted" | readonly ("draft" | "submitted")[],
): Promise<Outcome> {
  try {
    const reply = await connection.request(
      "POST",
      PAGE,
      actionHeaders(actionId, cookie, PORT),
      JSON.stringify([answers]),
    );
    return checkAction(reply, expected);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { ok: false, error: `${e.code ?? ""} ${e.message}`.trim() };
  }
}

/**
 * One person's round: wait `delayMs`, save the draft, confirm it. Stops at
 * the first failure (after a kill, the next request would find no server).
 */
async function personRound(
  person: LoadPerson,
  answers: PositionAnswers,
  delayMs: number,
  actions: { draft: string; submit: string },
  attempt: Attempt,
  serverDead: () => boolean,
  onSubmitAck: () => void,
  retry = false,
): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const connection = new Connection(PORT);
  const fail = (outcome: Outcome & { ok: false }) => {
    // A refusal, or a lost connection while the server was alive, is a bug.
    if (!isConnectionLoss(outcome.error) || !serverDead()) attempt.unexpected = outcome.error;
  };
  try {
    attempt.draftSent = true;
    // A retry after the restart may find its lost confirmation committed after all:
    // the same answers saved again leave it confirmed.
    const draft = await send(
      connection,
      actions.draft,
      person.cookie,
      answers,
      retry ? ["draft", "submitted"] : "draft",
    );
    if (!draft.ok) return fail(draft);
    attempt.draftAcked = true;
    attempt.submitSent = true;
    const submit = await send(connection, actions.submit, person.cookie, answers, "submitted");
    if (!submit.ok) return fail(submit);
    attempt.submitAcked = true;
    onSubmitAck();
  } finally {
    connection.close();
  }
}

type RoundFigures = {
  round: number;
  killTarget: number;
  killAfterMs: number;
  acknowledged: number;
  inFlight: number;
  inFlightCommitted: number;
  inFlightLost: number;
  notSent: number;
  foundAfterRestart: number;
  submittedAfterRestart: number;
};

describe(`killing the server while participants confirm their answers (${sqlite ? "SQLite" : "PostgreSQL"})`, () => {
  let server: Server | null = null;
  let people: LoadPerson[] = [];
  const actions = positioningActionIds(ROOT);
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    BASE_URL: origin,
    AUTH_URL: origin,
    DEMO: "off",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
  };
  const start = async () => {
    server = await startNext({ cwd: ROOT, port: PORT, env: serverEnv, probe: "/connexion" });
    return server;
  };

  beforeAll(async () => {
    ({ people } = await seedLoadDemarche(PARTICIPANTS, process.env.AUTH_SECRET!));
    // Only the server holds the database while it is killed.
    await db.$disconnect();
  });

  afterAll(async () => {
    // Never leave a server behind, whatever failed.
    await server?.kill();
  });

  it(`keeps every acknowledged confirmation over ${ROUNDS} kills (seed ${SEED})`, async () => {
    console.log(
      `Durability test: ${PARTICIPANTS} participants, ${ROUNDS} rounds, port ${PORT}, DURABILITY_SEED=${SEED}`,
    );
    const ids = people.map((p) => p.participantId);
    /** Confirmations committed per person so far: each has exactly one "position.submit" audit row. */
    const committedSubmits = new Array<number>(PARTICIPANTS).fill(0);
    const figures: RoundFigures[] = [];
    let app = await start();

    const readPositions = async () => {
      const rows = await db.position.findMany({ where: { participantId: { in: ids } } });
      return new Map(rows.map((row) => [row.participantId, row as Stored]));
    };
    const submitAudits = async () => {
      const groups = await db.auditEvent.groupBy({
        by: ["actorId"],
        where: { action: "position.submit", actorId: { in: ids } },
        _count: { _all: true },
      });
      return new Map(groups.map((g) => [g.actorId, g._count._all]));
    };
    const expectAuditsMatch = async (when: string) => {
      const audits = await submitAudits();
      const wrong = people
        .map((p, i) => ({ i, audits: audits.get(p.participantId) ?? 0, committed: committedSubmits[i]! }))
        .filter((x) => x.audits !== x.committed);
      expect(
        wrong,
        `${when}: confirmations and their audit rows differ (person, audits, committed confirmations)`,
      ).toEqual([]);
    };
    const expectDatabaseSound = async (when: string) => {
      if (!sqlite) return;
      const integrity = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
      expect(
        integrity.map((r) => r.integrity_check),
        `${when}: PRAGMA integrity_check`,
      ).toEqual(["ok"]);
      const foreignKeys = await db.$queryRawUnsafe<unknown[]>("PRAGMA foreign_key_check");
      expect(foreignKeys, `${when}: PRAGMA foreign_key_check`).toEqual([]);
    };

    for (let round = 0; round < ROUNDS; round++) {
      const label = `round ${round + 1}`;
      const attempts: Attempt[] = people.map(() => ({
        draftSent: false,
        draftAcked: false,
        submitSent: false,
        submitAcked: false,
        unexpected: null,
      }));
      // Between 15 % and 85 % of the confirmations acknowledged, then the kill.
      const killTarget = Math.max(1, Math.round(PARTICIPANTS * (0.15 + 0.7 * random())));
      const delays = people.map(() => Math.floor(random() * START_WINDOW_MS));
      let acked = 0;
      let dead = false;
      let killAfterMs = -1;
      let killed: Promise<void> | null = null;
      const t0 = performance.now();
      const kill = () => {
        if (dead) return;
        dead = true;
        killAfterMs = performance.now() - t0;
        // SIGKILL is sent synchronously here; the promise only waits for the exit.
        killed = app.kill();
      };
      await Promise.all(
        people.map((person, i) =>
          personRound(
            person,
            answersFor(i, round),
            delays[i]!,
            actions,
            attempts[i]!,
            () => dead,
            () => {
              acked++;
              if (acked === killTarget) kill();
            },
          ),
        ),
      );
      expect(dead, `${label}: the kill happened (${acked} acknowledged, target ${killTarget})`).toBe(true);
      await killed;
      const unexpected = attempts.flatMap((a, i) => (a.unexpected ? [`person ${i}: ${a.unexpected}`] : []));
      expect(unexpected, `${label}: failures while the server was alive`).toEqual([]);

      // ── Restart on the same database, then look at what it holds. ──
      app = await start();
      await expectDatabaseSound(`${label}, after the kill`);
      const stored = await readPositions();
      const lostAcknowledged: string[] = [];
      const halfWritten: string[] = [];
      let inFlightCommitted = 0;
      people.forEach((person, i) => {
        const row = stored.get(person.participantId);
        const sent = answersFor(i, round);
        const attempt = attempts[i]!;
        if (attempt.submitAcked) {
          committedSubmits[i]!++;
          if (!isExactly(row, sent, "submitted"))
            lostAcknowledged.push(
              `person ${i}: acknowledged (personne ${i}, tour ${round + 1}), stored ${describeRow(row)}`,
            );
          return;
        }
        // Not acknowledged: whatever was in flight is either wholly there or wholly absent.
        const before = round === 0 ? row === undefined : isExactly(row, answersFor(i, round - 1), "submitted");
        const newDraft = isExactly(row, sent, "draft");
        const newConfirmation = isExactly(row, sent, "submitted");
        if (newConfirmation) {
          committedSubmits[i]!++;
          inFlightCommitted++;
        }
        if (!before && !newDraft && !newConfirmation) halfWritten.push(`person ${i}: stored ${describeRow(row)}`);
      });
      expect(lostAcknowledged, `${label}: acknowledged confirmations missing or changed after the restart`).toEqual([]);
      expect(halfWritten, `${label}: positions that are neither the old one nor the new one`).toEqual([]);
      await expectAuditsMatch(`${label}, after the kill`);

      // The app serves what was stored: each person whose confirmation was acknowledged sees it on their page.
      const notShown: string[] = [];
      for (const [i, person] of people.entries()) {
        if (!attempts[i]!.submitAcked) continue;
        const connection = new Connection(PORT);
        try {
          const page = await connection.request("GET", PAGE, {
            host: `localhost:${PORT}`,
            accept: "text/html",
            cookie: person.cookie,
          });
          if (page.status !== 200 || !page.body.includes(`(personne ${i}, tour ${round + 1})`))
            notShown.push(`person ${i}: HTTP ${page.status}`);
        } finally {
          connection.close();
        }
      }
      expect(notShown, `${label}: acknowledged answers not shown on the person's page after the restart`).toEqual([]);

      // ── Everyone whose confirmation was not acknowledged tries again, and succeeds. ──
      const remaining = people.flatMap((person, i) => (attempts[i]!.submitAcked ? [] : [{ person, i }]));
      const retries = remaining.map(
        () =>
          ({ draftSent: false, draftAcked: false, submitSent: false, submitAcked: false, unexpected: null }) as Attempt,
      );
      await Promise.all(
        remaining.map(({ person, i }, k) =>
          personRound(
            person,
            answersFor(i, round),
            0,
            actions,
            retries[k]!,
            () => false,
            () => undefined,
            true,
          ),
        ),
      );
      const refused = retries.flatMap((r, k) =>
        r.submitAcked ? [] : [`person ${remaining[k]!.i}: ${r.unexpected ?? "not acknowledged"}`],
      );
      expect(refused, `${label}: confirmations refused after the restart`).toEqual([]);
      for (const { i } of remaining) committedSubmits[i]!++;
      const after = await readPositions();
      const notConfirmed = people.flatMap((p, i) =>
        isExactly(after.get(p.participantId), answersFor(i, round), "submitted")
          ? []
          : [`person ${i}: ${describeRow(after.get(p.participantId))}`],
      );
      expect(notConfirmed, `${label}: everyone's confirmation stored at the end of the round`).toEqual([]);
      await expectAuditsMatch(`${label}, end of round`);
      await expectDatabaseSound(`${label}, end of round`);

      const inFlight = attempts.filter((a) => a.submitSent && !a.submitAcked).length;
      figures.push({
        round: round + 1,
        killTarget,
        killAfterMs,
        acknowledged: attempts.filter((a) => a.submitAcked).length,
        inFlight,
        inFlightCommitted,
        inFlightLost: inFlight - inFlightCommitted,
        notSent: attempts.filter((a) => !a.submitSent).length,
        foundAfterRestart: attempts.filter(
          (a, i) => a.submitAcked && isExactly(stored.get(people[i]!.participantId), answersFor(i, round), "submitted"),
        ).length,
        submittedAfterRestart: remaining.length,
      });
    }

    await app.stop();
    server = null;
    const pad = (v: string | number, n: number) => String(v).padStart(n);
    console.log(
      `\n${sqlite ? "SQLite" : "PostgreSQL"}, ${PARTICIPANTS} participants, seed ${SEED}\n` +
        `round  killed after  acknowledged  found after restart  confirm in flight (committed / lost)  not yet sent  confirmed after restart\n` +
        figures
          .map(
            (f) =>
              `${pad(f.round, 5)}  ${pad(`${(f.killAfterMs / 1000).toFixed(2)} s`, 12)}  ${pad(f.acknowledged, 12)}  ${pad(f.foundAfterRestart, 19)}  ${pad(`${f.inFlight} (${f.inFlightCommitted} / ${f.inFlightLost})`, 36)}  ${pad(f.notSent, 12)}  ${pad(f.submittedAfterRestart, 23)}`,
          )
          .join("\n"),
    );
    for (const f of figures) expect(f.foundAfterRestart).toBe(f.acknowledged);
  });
});
