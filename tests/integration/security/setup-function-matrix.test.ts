import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";
import { advancePhase } from "@/server/phases/advance-phase";
import { clearDatabase } from "../../support/clear-database";
import { dbSnapshot, describeChanges, diffSnapshots } from "../../support/db-diff";
import { dbFingerprint } from "../../support/db-fingerprint";
import {
  INTERNAL_HELPERS,
  otherSetupIds,
  ownSetupIds,
  SETUP_FUNCTIONS,
  SETUP_REFUSALS,
  type SetupFunction,
  setupAllowed,
} from "../../support/security-entries";
import {
  CALLER_KINDS,
  type CallerKind,
  makeSecurityFixture,
  type SecurityFixture,
} from "../../support/security-fixture";

/**
 * The set-up server functions pages call directly (security-entries.ts,
 * SETUP_FUNCTIONS), as every kind of caller of the security matrix: the
 * démarche's facilitator succeeds, everyone else meets the one refusal their
 * kind earns, nothing is written on a refusal, and a closed démarche is
 * read-only. Merged from the set-up denial tests (issue 5) into the security
 * matrix's callers and fixture (issue 21).
 */

// Every module of the set-up folders, so a function added there without an entry fails below.
const modules = import.meta.glob<Record<string, unknown>>(
  "/src/server/{demarches,groups,invitations,meetings,phases,team,lifecycle}/*.ts",
  { eager: true },
);

let f: SecurityFixture;
const counts = { refused: 0, foreign: 0, allowed: 0, closed: 0 };

beforeAll(async () => {
  await clearDatabase();
  f = await makeSecurityFixture();
});

afterAll(() => {
  console.log(
    `Set-up functions: ${SETUP_FUNCTIONS.length} × ${CALLER_KINDS.length} kinds of caller: ` +
      `${counts.allowed} allowed, ${counts.refused} refused with the code of their kind, ` +
      `${counts.foreign} with another démarche's ids refused, ${counts.closed} checked on a closed démarche`,
  );
});

describe("the list of set-up functions", () => {
  it("names every function exported from the set-up folders", () => {
    const exported = Object.values(modules).flatMap((mod) =>
      Object.entries(mod)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name),
    );
    const listed = new Set([...SETUP_FUNCTIONS.map((fn) => fn.name), ...Object.keys(INTERNAL_HELPERS)]);
    expect(exported.filter((name) => !listed.has(name))).toEqual([]);
    // And the list names nothing that does not exist.
    expect([...listed].filter((name) => !exported.includes(name))).toEqual([]);
  });
});

const refusals = SETUP_FUNCTIONS.flatMap((fn) =>
  CALLER_KINDS.filter((kind) => !setupAllowed(fn).includes(kind)).map((kind) => [fn.name, kind, fn] as const),
);

describe("every caller but the démarche's facilitator is refused, with the code of their kind", () => {
  it.each(refusals)("%s as %s → refused, nothing changed", async (_name, kind: CallerKind, fn: SetupFunction) => {
    const before = await dbFingerprint();
    await expect(fn.call(f.callers[kind].viewer, ownSetupIds(f))).rejects.toMatchObject({
      code: SETUP_REFUSALS[kind],
    });
    expect(await dbFingerprint()).toBe(before);
    counts.refused++;
  });

  it("another facilitator cannot see the démarche in their list either", async () => {
    const theirs = await listFacilitatorDemarches(f.callers["other-facilitator"].viewer);
    expect(theirs.map((d) => d.id)).not.toContain(f.demarcheId);
  });
});

describe("the facilitator, with another démarche's ids (own credentials, foreign rows)", () => {
  it.each(SETUP_FUNCTIONS.filter((fn) => fn.scope !== "instance").map((fn) => [fn.name, fn] as const))(
    "%s → NOT_FOUND, nothing changed",
    async (_name, fn) => {
      const before = await dbFingerprint();
      await expect(fn.call(f.callers.facilitator.viewer, otherSetupIds(f))).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await dbFingerprint()).toBe(before);
      counts.foreign++;
    },
  );
});

describe("the démarche's facilitator", () => {
  // The same calls succeed for the facilitator who runs the démarche, so the
  // refusals above are about who calls, not about a broken input. Reads share
  // one fixture; each write gets a fresh one and may change only its démarche.
  const readsFirst = [...SETUP_FUNCTIONS].sort((a, b) => Number(a.kind === "write") - Number(b.kind === "write"));
  it.each(readsFirst.map((fn) => [fn.name, fn] as const))("%s works", async (name, fn) => {
    let fixture = f;
    if (fn.kind === "write") {
      await clearDatabase();
      fixture = await makeSecurityFixture();
      if (name === "stepBackPhase") {
        // Just entered, before anyone answers: the only moment a step back is allowed.
        await advancePhase(fixture.callers.facilitator.viewer, {
          demarcheId: fixture.demarcheId,
          from: "preparation",
          overrideReason: "Le groupe est prêt",
        });
      }
    }
    const before = await dbSnapshot();
    await expect(fn.call(fixture.callers.facilitator.viewer, ownSetupIds(fixture))).resolves.toBeDefined();
    const changes = diffSnapshots(before, await dbSnapshot());
    if (fn.kind === "read") expect(describeChanges(changes), "a read wrote").toEqual([]);
    if (fn.scope !== "instance") {
      // A write changes nothing that belongs to the other démarche (the
      // endpoint matrix checks the exact rows each action may write).
      const others = new Set([
        ...fixture.otherIds,
        fixture.other.meetingId,
        fixture.other.engagementTextId,
        fixture.other.reportLinkId,
      ]);
      const outside = changes.filter((c) => Object.values(c.row).some((v) => typeof v === "string" && others.has(v)));
      expect(describeChanges(outside), "wrote rows of the other démarche").toEqual([]);
    }
    counts.allowed++;
  });
});

describe("a closed démarche is read-only", () => {
  let closed: SecurityFixture;
  beforeAll(async () => {
    await clearDatabase();
    // Closed the way a facilitator closes it: walked to the suivi, then closed.
    closed = await makeSecurityFixture("suivi");
    await advancePhase(closed.callers.facilitator.viewer, { demarcheId: closed.demarcheId, from: "suivi" });
  });

  it.each(SETUP_FUNCTIONS.filter((fn) => fn.scope !== "instance").map((fn) => [fn.name, fn] as const))(
    "%s",
    async (_name, fn) => {
      const owner = closed.callers.facilitator.viewer;
      if (fn.kind === "read") {
        await expect(fn.call(owner, ownSetupIds(closed))).resolves.toBeDefined();
      } else {
        const before = await dbFingerprint();
        await expect(fn.call(owner, ownSetupIds(closed))).rejects.toMatchObject({ code: "INVALID_STATE" });
        expect(await dbFingerprint()).toBe(before);
      }
      counts.closed++;
    },
  );
});
