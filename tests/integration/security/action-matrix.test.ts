import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetRateLimits } from "@/server/rate-limit";
import { actAs } from "../../support/acting-as";
import { discoverActions, discoverRoutes, serverActionFilesNotNamedActions } from "../../support/app-endpoints";
import { callAction, callRoute, type Outcome } from "../../support/call-endpoint";
import { clearDatabase } from "../../support/clear-database";
import { type DbSnapshot, nothingWrittenSince, snapshotDb } from "../../support/db-fingerprint";
import { type ActionEntry, ACTIONS, type RouteEntry, ROUTES } from "../../support/security-entries";
import {
  CALLER_KINDS,
  type CallerKind,
  makeSecurityFixture,
  type SecurityFixture,
} from "../../support/security-fixture";

// The real actions run with Next's request replaced by the caller under test.
vi.mock("@/server/auth/request-context", () => import("../../support/acting-as"));
vi.mock("@/server/auth/current-viewer", () => import("../../support/acting-as"));
vi.mock("@/server/auth/next-auth", () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
  handlers: {},
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
}));

/**
 * Every server action and route handler (found on disk), called as every
 * kind of caller: the allowed ones succeed, every other one is refused and
 * leaves the database as it was. Entries: tests/support/security-entries.ts.
 */
const actions = await discoverActions();
const routes = await discoverRoutes();

type Endpoint =
  | {
      id: string;
      type: "action";
      entry: ActionEntry;
      call: (f: SecurityFixture, caller: CallerKind) => Promise<Outcome>;
    }
  | {
      id: string;
      type: "route";
      entry: RouteEntry;
      call: (f: SecurityFixture, caller: CallerKind) => Promise<Outcome>;
    };

const endpoints: Endpoint[] = [
  ...actions.flatMap((a): Endpoint[] => {
    const entry = ACTIONS[a.file]?.[a.name];
    if (!entry) return [];
    return [
      {
        id: `${a.file} ${a.name}`,
        type: "action",
        entry,
        call: (f, kind) => {
          const caller = f.callers[kind];
          actAs(caller.viewer);
          return callAction(a.fn, entry.input?.(f, caller));
        },
      },
    ];
  }),
  ...routes.flatMap((r): Endpoint[] => {
    const entry = ROUTES[r.file]?.[r.method];
    if (!entry) return [];
    return [
      {
        id: `${r.file} ${r.method}`,
        type: "route",
        entry,
        call: (f, kind) => {
          const caller = f.callers[kind];
          actAs(caller.viewer);
          const params = entry.params?.(f, caller) ?? {};
          const path = r.file
            .replace(/\/route\.ts$/, "")
            .replace(/\([^)]*\)\/?/g, "")
            .replace(/\[([^\]]+)\]/g, (_m, name: string) => encodeURIComponent(params[name] ?? ""));
          const search = entry.search?.(f, caller);
          const url = `http://localhost:3000/${path}${search ? `?${search}` : ""}`;
          const body = entry.body?.(f, caller);
          return callRoute(r.handler, new Request(url, { method: r.method, body }), params);
        },
      },
    ];
  }),
];

const summary = { refused: 0, allowed: 0, unexpectedSuccesses: 0, failures: 0 };

/**
 * What a refusal may say: who is asking is not allowed. A refusal for the
 * phase or the input would hide whether the caller could have done it.
 */
const AUTHORISATION_REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "401", "403", "404"];

beforeEach(() => resetRateLimits());

afterAll(() => {
  const nActions = endpoints.filter((e) => e.type === "action").length;
  const nRoutes = endpoints.length - nActions;
  console.log(
    `Security matrix: ${nActions} server actions + ${nRoutes} route handlers = ${endpoints.length} endpoints × ` +
      `${CALLER_KINDS.length} kinds of caller = ${endpoints.length * CALLER_KINDS.length} calls ` +
      `(${summary.allowed} allowed and succeeded, ${summary.refused} refused with nothing written, ` +
      `${summary.unexpectedSuccesses} unexpected successes, ${summary.failures} failures)`,
  );
});

describe("the matrix covers every endpoint", () => {
  it("has an entry for every exported action, and no entry without an action", () => {
    const found = actions.map((a) => `${a.file} ${a.name}`);
    const listed = Object.entries(ACTIONS).flatMap(([file, byName]) => Object.keys(byName).map((n) => `${file} ${n}`));
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

describe.each(endpoints.map((e) => [e.id, e] as const))("%s", (_id, endpoint) => {
  const allowed = new Set<CallerKind>(endpoint.entry.allowed);
  // Refused callers first, on one fixture: they change nothing, so it stays
  // fresh for the first allowed caller; each further allowed caller gets its own.
  const order = [...CALLER_KINDS.filter((k) => !allowed.has(k)), ...CALLER_KINDS.filter((k) => allowed.has(k))];
  let shared: SecurityFixture | undefined;
  let sharedUsed = false;
  // The database as the refused callers must leave it (they write nothing, so one snapshot serves them all).
  let untouched: DbSnapshot | undefined;
  const fixture = async () => {
    // Earlier fixtures are no longer needed: a small database keeps fingerprints quick.
    await clearDatabase();
    const f = await makeSecurityFixture(endpoint.entry.phase);
    await endpoint.entry.prepare?.(f);
    return f;
  };

  it.each(order.map((k) => [k, allowed.has(k) ? "succeeds" : "is refused, nothing written"] as const))(
    "%s %s",
    async (kind) => {
      if (!allowed.has(kind)) {
        shared ??= await fixture();
        // Reused by the next refused caller only if this one passes every check.
        const before = untouched ?? (await snapshotDb());
        untouched = undefined;
        const outcome = await endpoint.call(shared, kind);
        if (outcome.kind === "success") summary.unexpectedSuccesses++;
        if (outcome.kind === "failure") summary.failures++;
        expect(outcome.kind, `${shared.callers[kind].who}: ${outcome.detail}`).toBe("refused");
        if (outcome.kind === "refused")
          expect(
            [...AUTHORISATION_REFUSALS, ...(endpoint.entry.refusedWith ?? [])],
            `${shared.callers[kind].who} refused for another reason than who they are: ${outcome.detail}`,
          ).toContain(outcome.code);
        expect(await nothingWrittenSince(before), "the database changed").toBe(true);
        untouched = before;
        summary.refused++;
      } else {
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
        const outcome = await endpoint.call(f, kind);
        if (outcome.kind === "failure") summary.failures++;
        expect(outcome.kind, `${f.callers[kind].who}: ${outcome.detail}`).toBe("success");
        // A route that redirects its allowed caller (to sign in, say) has not served them.
        if (endpoint.type === "route") expect(outcome.detail, f.callers[kind].who).toBe("HTTP 200");
        summary.allowed++;
      }
    },
  );
});
