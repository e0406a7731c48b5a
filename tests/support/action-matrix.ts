import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetRateLimits } from "@/server/rate-limit";
import { readReportWithLink } from "@/server/report/read-report-with-link";
import { actAs } from "./acting-as";
import { discoverActions, discoverRoutes, serverActionFilesNotNamedActions } from "./app-endpoints";
import { callAction, callRoute, type Outcome } from "./call-endpoint";
import { clearDatabase } from "./clear-database";
import { changesOutside, dbSnapshot, describeChanges, diffSnapshots } from "./db-diff";
import { type DbSnapshot as Untouched, dbFingerprint, nothingWrittenSince, snapshotDb } from "./db-fingerprint";
import { type ActionEntry, ACTIONS, fixtureIds, type RouteEntry, ROUTES } from "./security-entries";
import { CALLER_KINDS, type CallerKind, FORGED, makeSecurityFixture, type SecurityFixture } from "./security-fixture";

/**
 * The security matrix (tests/integration/security/action-matrix-*.test.ts):
 * every server action and route handler (found on disk), called as every
 * kind of caller. The allowed ones succeed writing only their rows, every
 * other one is refused and leaves the database as it was. Entries:
 * tests/support/security-entries.ts.
 *
 * It is split into shards, one test file each, because as one file it was
 * the integration stage's critical path (474 of 500 s on one of two workers
 * while the other sat idle): shards let both workers share it
 * (docs/decisions/017-test-suite-time.md).
 */

/** A call's input (an action's argument, a route's params and query), or a variant of it. */
type Variant = { input?: unknown; params?: Record<string, string>; search?: string };

type Endpoint = {
  id: string;
  type: "action" | "route";
  entry: ActionEntry | RouteEntry;
  /** What this caller sends by default. */
  variant: (f: SecurityFixture, caller: CallerKind) => Variant;
  /** The same aimed at another démarche's (or group's) rows (the own-ids column). */
  foreign: ((f: SecurityFixture, caller: CallerKind) => Variant[]) | undefined;
  call: (f: SecurityFixture, caller: CallerKind, variant?: Variant) => Promise<Outcome>;
};

/** The fixture's ids found anywhere in a value (an input, params, a query string). */
function idsIn(value: unknown, ids: Set<string>): string[] {
  if (typeof value === "string") return [...ids].filter((id) => value === id || value.includes(encodeURIComponent(id)));
  if (Array.isArray(value)) return value.flatMap((v) => idsIn(v, ids));
  if (value && typeof value === "object") return Object.values(value).flatMap((v) => idsIn(v, ids));
  return [];
}

/**
 * What a refusal may say: who is asking is not allowed. A refusal for the
 * phase or the input would hide whether the caller could have done it.
 */
const AUTHORISATION_REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "401", "403", "404"];

type Summary = { refused: number; allowed: number; foreign: number; unexpectedSuccesses: number; failures: number };

/** Every endpoint found on disk that has an entry, in a stable order. */
async function discoverEndpoints() {
  const actions = await discoverActions();
  const routes = await discoverRoutes();
  const endpoints: Endpoint[] = [
    ...actions.flatMap((a): Endpoint[] => {
      const entry = ACTIONS[a.file]?.[a.name];
      if (!entry) return [];
      const variant = (f: SecurityFixture, kind: CallerKind): Variant => ({ input: entry.input?.(f, f.callers[kind]) });
      return [
        {
          id: `${a.file} ${a.name}`,
          type: "action",
          entry,
          variant,
          foreign: entry.foreign && ((f, kind) => entry.foreign!(f, f.callers[kind]).map((input) => ({ input }))),
          call: (f, kind, v = variant(f, kind)) => {
            actAs(f.callers[kind].viewer);
            return callAction(a.fn, v.input);
          },
        },
      ];
    }),
    ...routes.flatMap((r): Endpoint[] => {
      const entry = ROUTES[r.file]?.[r.method];
      if (!entry) return [];
      const variant = (f: SecurityFixture, kind: CallerKind): Variant => ({
        params: entry.params?.(f, f.callers[kind]),
        search: entry.search?.(f, f.callers[kind]),
      });
      return [
        {
          id: `${r.file} ${r.method}`,
          type: "route",
          entry,
          variant,
          foreign: entry.foreign && ((f, kind) => entry.foreign!(f, f.callers[kind])),
          call: (f, kind, v = variant(f, kind)) => {
            const caller = f.callers[kind];
            actAs(caller.viewer);
            const params = v.params ?? {};
            const path = r.file
              .replace(/\/route\.ts$/, "")
              .replace(/\([^)]*\)\/?/g, "")
              .replace(/\[([^\]]+)\]/g, (_m, name: string) => encodeURIComponent(params[name] ?? ""));
            const url = `http://localhost:3000/${path}${v.search ? `?${v.search}` : ""}`;
            const body = entry.body?.(f, caller);
            return callRoute(r.handler, new Request(url, { method: r.method, body }), params);
          },
        },
      ];
    }),
  ];
  return { actions, routes, endpoints: endpoints.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/**
 * Shard `index` (1-based) of `count`: endpoints dealt by cost (each allowed
 * caller builds its own fixture) to the lightest shard, so shards take
 * about the same time. Every endpoint is in exactly one shard.
 */
export function shardOf<T extends { id: string; entry: { allowed: readonly unknown[] } }>(
  endpoints: readonly T[],
  index: number,
  count: number,
): T[] {
  const cost = (e: T) => 1 + 2 * e.entry.allowed.length;
  const shards = Array.from({ length: count }, () => ({ cost: 0, endpoints: [] as T[] }));
  const byCost = [...endpoints].sort((a, b) => cost(b) - cost(a) || (a.id < b.id ? -1 : 1));
  for (const e of byCost) {
    const lightest = shards.reduce((min, s) => (s.cost < min.cost ? s : min));
    lightest.endpoints.push(e);
    lightest.cost += cost(e);
  }
  const shard = shards[index - 1];
  if (!shard) throw new Error(`no shard ${index} of ${count}`);
  return shard.endpoints;
}

/**
 * Calls that must be refused with nothing written, for the reason `codes`
 * allows. `untouched` holds the database as the refused calls on one fixture
 * must leave it: taken once, checked with the change marker (rows compared
 * only when it moved), kept only while every call passes.
 */
async function expectRefused(
  summary: Summary,
  endpoint: Endpoint,
  f: SecurityFixture,
  kind: CallerKind,
  variant: Variant | undefined,
  what: string,
  untouched: { snapshot?: Untouched },
  alsoAccepted: readonly string[] = [],
) {
  const before = untouched.snapshot ?? (await snapshotDb());
  untouched.snapshot = undefined;
  const outcome = await endpoint.call(f, kind, variant);
  if (outcome.kind === "success") summary.unexpectedSuccesses++;
  if (outcome.kind === "failure") summary.failures++;
  expect(outcome.kind, `${what}: ${outcome.detail}`).toBe("refused");
  if (outcome.kind === "refused")
    expect(
      [...AUTHORISATION_REFUSALS, ...(endpoint.entry.refusedWith ?? []), ...alsoAccepted],
      `${what} refused for another reason than who they are: ${outcome.detail}`,
    ).toContain(outcome.code);
  expect(await nothingWrittenSince(before), `${what}: the database changed`).toBe(true);
  untouched.snapshot = before;
}

/** Declares shard `index` of `count` of the matrix; shard 1 also checks coverage and the report link's page. */
export async function describeActionMatrix({ index, count }: { index: number; count: number }) {
  const { actions, routes, endpoints } = await discoverEndpoints();
  const mine = shardOf(endpoints, index, count);
  const summary: Summary = { refused: 0, allowed: 0, foreign: 0, unexpectedSuccesses: 0, failures: 0 };

  beforeEach(() => resetRateLimits());

  afterAll(() => {
    const nActions = endpoints.filter((e) => e.type === "action").length;
    const nRoutes = endpoints.length - nActions;
    console.log(
      `Security matrix, shard ${index} of ${count} (${mine.length} of ${endpoints.length} endpoints: ` +
        `${nActions} server actions + ${nRoutes} route handlers, × ${CALLER_KINDS.length} kinds of caller): ` +
        `${summary.allowed} allowed and succeeded writing only their rows, ${summary.refused} refused with nothing written, ` +
        `${summary.unexpectedSuccesses} unexpected successes, ${summary.failures} failures; ` +
        `own credentials with another démarche's or group's ids: ${summary.foreign} calls refused with nothing written`,
    );
  });

  if (index === 1) {
    describe("the matrix covers every endpoint", () => {
      it("has an entry for every exported action, and no entry without an action", () => {
        const found = actions.map((a) => `${a.file} ${a.name}`);
        const listed = Object.entries(ACTIONS).flatMap(([file, byName]) =>
          Object.keys(byName).map((n) => `${file} ${n}`),
        );
        expect(
          found.filter((id) => !listed.includes(id)),
          "actions without an entry",
        ).toEqual([]);
        expect(
          listed.filter((id) => !found.includes(id)),
          "entries without an action",
        ).toEqual([]);
      });

      it("has an entry for every route handler, and no entry without a handler", () => {
        const found = routes.map((r) => `${r.file} ${r.method}`);
        const listed = Object.entries(ROUTES).flatMap(([file, byMethod]) =>
          Object.keys(byMethod).map((m) => `${file} ${m}`),
        );
        expect(
          found.filter((id) => !listed.includes(id)),
          "route handlers without an entry",
        ).toEqual([]);
        expect(
          listed.filter((id) => !found.includes(id)),
          "entries without a route handler",
        ).toEqual([]);
      });

      it("finds server actions only in actions.ts files under src/app", () => {
        expect(serverActionFilesNotNamedActions()).toEqual([]);
      });

      it("names only known kinds of caller", () => {
        const unknown = endpoints.flatMap((e) => e.entry.allowed.filter((k) => !CALLER_KINDS.includes(k)));
        expect(unknown).toEqual([]);
      });
    });
  }

  describe.each(mine.map((e) => [e.id, e] as const))("%s", (_id, endpoint) => {
    const allowed = new Set<CallerKind>(endpoint.entry.allowed);
    // Refused callers first, then the allowed ones with another démarche's or
    // group's ids, all on one fixture: they change nothing, so it stays fresh
    // for the first allowed caller; each further allowed caller gets its own.
    const refusedKinds = CALLER_KINDS.filter((k) => !allowed.has(k));
    const allowedKinds = CALLER_KINDS.filter((k) => allowed.has(k));
    let shared: SecurityFixture | undefined;
    let sharedUsed = false;
    const untouched: { snapshot?: Untouched } = {};
    const fixture = async () => {
      // Earlier fixtures are no longer needed: a small database keeps fingerprints quick.
      await clearDatabase();
      const f = await makeSecurityFixture(endpoint.entry.phase);
      await endpoint.entry.prepare?.(f);
      return f;
    };
    const unused = async () => {
      if (sharedUsed) throw new Error("the shared fixture was used by an allowed call");
      shared ??= await fixture();
      return shared;
    };

    if (refusedKinds.length > 0)
      it.each(refusedKinds)("%s is refused, nothing written", async (kind) => {
        const f = await unused();
        await expectRefused(summary, endpoint, f, kind, undefined, f.callers[kind].who, untouched);
        summary.refused++;
      });

    if (allowedKinds.length > 0)
      it("names no row, or says which rows of another démarche or group to try instead (own-ids column)", async () => {
        const f = await unused();
        const ids = fixtureIds(f);
        const named = allowedKinds.flatMap((k) => idsIn(endpoint.variant(f, k), ids));
        if (named.length > 0)
          expect(endpoint.foreign, `the input names ${named.join(", ")}: the entry needs \`foreign\``).toBeDefined();
      });

    if (endpoint.foreign && allowedKinds.length > 0)
      it.each(allowedKinds)("%s, with another démarche's or group's ids, is refused, nothing written", async (kind) => {
        const f = await unused();
        for (const variant of endpoint.foreign?.(f, kind) ?? []) {
          await expectRefused(
            summary,
            endpoint,
            f,
            kind,
            variant,
            `${f.callers[kind].who}, sending ${JSON.stringify(variant.input ?? variant.params ?? variant.search)}`,
            untouched,
            "foreignRefusedWith" in endpoint.entry ? (endpoint.entry.foreignRefusedWith ?? []) : [],
          );
          summary.foreign++;
        }
      });

    if (allowedKinds.length > 0)
      it.each(allowedKinds)("%s succeeds, writing only what the entry allows", async (kind) => {
        let f: SecurityFixture;
        if (shared && !sharedUsed) {
          f = shared;
          sharedUsed = true;
        } else {
          f = await fixture();
          if (!shared) {
            shared = f;
            sharedUsed = true;
          }
        }
        const before = await dbSnapshot();
        const outcome = await endpoint.call(f, kind);
        if (outcome.kind === "failure") summary.failures++;
        expect(outcome.kind, `${f.callers[kind].who}: ${outcome.detail}`).toBe("success");
        // A route that redirects its allowed caller (to sign in, say) has not served them.
        if (endpoint.type === "route") expect(outcome.detail, f.callers[kind].who).toBe("HTTP 200");
        const outside = changesOutside(
          diffSnapshots(before, await dbSnapshot()),
          endpoint.entry.writes?.(f, f.callers[kind]) ?? [],
        );
        expect(describeChanges(outside), `${f.callers[kind].who} changed rows the entry does not allow`).toEqual([]);
        summary.allowed++;
      });
  });

  if (index === 1) {
    /**
     * The report link's page (/r/<token>) is a page, not a route handler, so
     * discovery does not find it; what it calls is readReportWithLink(token).
     * A report link's holder has no session (getViewer() never returns a
     * report-link viewer): only this page and /r/<token>/pdf take the token.
     */
    describe("(report-link)/r/[token] page: readReportWithLink", () => {
      let f: SecurityFixture;
      beforeAll(async () => {
        await clearDatabase();
        f = await makeSecurityFixture("transmission_ca");
      });

      it.each(CALLER_KINDS.filter((k) => k !== "report-link"))(
        "%s, presenting a forged token, is refused, nothing written",
        async (kind) => {
          const before = await dbFingerprint();
          const read = await readReportWithLink(f.callers[kind].credentials.reportLinkToken ?? FORGED.token);
          expect(read).toEqual({ ok: false, reason: "unknown" });
          expect(await dbFingerprint()).toBe(before);
        },
      );

      it("report-link reads this démarche's report, writing only its audit event", async () => {
        const before = await dbSnapshot();
        const read = await readReportWithLink(f.callers["report-link"].credentials.reportLinkToken!);
        expect(read.ok && read.model.demarche.name).toBe("Démarche test");
        const outside = changesOutside(diffSnapshots(before, await dbSnapshot()), [
          { table: "AuditEvent", where: { demarcheId: f.demarcheId, action: "report.read" } },
        ]);
        expect(describeChanges(outside)).toEqual([]);
      });
    });
  }
}
