import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type FacilitatorViewer, type ParticipantViewer } from "@/server/auth/viewer";
import { dbFingerprint } from "../../support/db-fingerprint";
import { advanceTo, makeFacilitatorViewer, makeSetupFixture, setPhase } from "../../support/factories";
import { INTERNAL_HELPERS, SETUP_FUNCTIONS, type SetupFixture } from "../../support/setup-functions";

// Every module of the set-up folders, so a function added there without a denial test fails below.
const modules = import.meta.glob<Record<string, unknown>>(
  "/src/server/{demarches,groups,invitations,meetings,phases}/*.ts",
  { eager: true },
);

let owner: FacilitatorViewer;
let stranger: FacilitatorViewer;
let participant: ParticipantViewer;
let fixture: SetupFixture;

beforeAll(async () => {
  owner = await makeFacilitatorViewer();
  stranger = await makeFacilitatorViewer();
  ({ fixture, participant } = await makeSetupFixture(owner));
  // The stranger runs a démarche of their own: being a facilitator is not enough.
  await makeSetupFixture(stranger);
});

describe("the list of set-up functions", () => {
  it("names every function exported from the set-up folders", () => {
    const exported = Object.values(modules).flatMap((mod) =>
      Object.entries(mod)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name),
    );
    const listed = new Set([...SETUP_FUNCTIONS.map((f) => f.name), ...Object.keys(INTERNAL_HELPERS)]);
    expect(exported.filter((name) => !listed.has(name))).toEqual([]);
    // And the list names nothing that does not exist.
    expect([...listed].filter((name) => !exported.includes(name))).toEqual([]);
  });
});

describe("a participant cannot call any facilitator set-up function", () => {
  it.each(SETUP_FUNCTIONS.map((f) => [f.name, f] as const))("%s → FORBIDDEN, nothing changed", async (_name, fn) => {
    const before = await dbFingerprint();
    await expect(fn.call(participant, fixture)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await dbFingerprint()).toBe(before);
  });
});

describe("another facilitator cannot read or change this démarche", () => {
  it.each(SETUP_FUNCTIONS.filter((f) => f.scope !== "instance").map((f) => [f.name, f] as const))(
    "%s → NOT_FOUND, nothing changed",
    async (_name, fn) => {
      const before = await dbFingerprint();
      await expect(fn.call(stranger, fixture)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await dbFingerprint()).toBe(before);
    },
  );

  it("cannot see it in their list either", async () => {
    const names = (await import("@/server/demarches/list-facilitator-demarches")).listFacilitatorDemarches;
    const theirs = await names(stranger);
    expect(theirs.map((d) => d.id)).not.toContain(fixture.demarcheId);
  });
});

describe("nobody signed in", () => {
  it.each(SETUP_FUNCTIONS.map((f) => [f.name, f] as const))("%s → UNAUTHENTICATED", async (_name, fn) => {
    const before = await dbFingerprint();
    await expect(fn.call(ANONYMOUS, fixture)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await dbFingerprint()).toBe(before);
  });
});

describe("a closed démarche is read-only", () => {
  it.each(SETUP_FUNCTIONS.filter((f) => f.scope !== "instance").map((f) => [f.name, f] as const))(
    "%s",
    async (_name, fn) => {
      await setPhase(fixture.demarcheId, "cloturee");
      try {
        if (fn.kind === "read") {
          await expect(fn.call(owner, fixture)).resolves.toBeDefined();
        } else {
          const before = await dbFingerprint();
          await expect(fn.call(owner, fixture)).rejects.toMatchObject({ code: "INVALID_STATE" });
          expect(await dbFingerprint()).toBe(before);
        }
      } finally {
        await setPhase(fixture.demarcheId, "preparation");
      }
    },
  );
});

describe("the owner", () => {
  // The same calls succeed for the facilitator who runs the démarche, so the
  // refusals above are about who calls, not about a broken input.
  it.each(SETUP_FUNCTIONS.map((f) => [f.name, f] as const))("%s works", async (name, fn) => {
    const { fixture: fresh } = await makeSetupFixture(owner);
    if (name === "stepBackPhase") await advanceTo(owner, fresh.demarcheId, "ateliers");
    await expect(fn.call(owner, fresh)).resolves.toBeDefined();
  });
});
