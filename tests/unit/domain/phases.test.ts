import { describe, expect, it } from "vitest";
import {
  checkAdvance,
  checkStepBack,
  MIN_GROUPS,
  nextPhase,
  previousPhase,
  type PhaseGroupSnapshot,
  type PhaseSnapshot,
} from "@/domain/phases";
import { PHASES, type Phase } from "@/domain/vocabulary";

const released = new Date("2026-12-01T12:00:00Z");

function group(overrides: Partial<PhaseGroupSnapshot> = {}): PhaseGroupSnapshot {
  return {
    id: overrides.id ?? "g1",
    label: overrides.label ?? "Intervenant.e.s",
    kind: "intervenants",
    minSize: 3,
    consentingCount: 3,
    workshopClosedAt: null,
    releasedAt: null,
    ...overrides,
  };
}

function threeGroups(overrides: Partial<PhaseGroupSnapshot> = {}): PhaseGroupSnapshot[] {
  return [
    group({ id: "i", label: "Intervenant.e.s", kind: "intervenants", ...overrides }),
    group({ id: "d", label: "Destinataires", kind: "destinataires", ...overrides }),
    group({ id: "a", label: "Administrateur.trice.s du CA", kind: "administrateurs", ...overrides }),
  ];
}

function snapshot(phase: Phase, overrides: Partial<PhaseSnapshot> = {}): PhaseSnapshot {
  return {
    phase,
    groups: threeGroups(),
    positionCount: 0,
    plenaryPisteCount: 0,
    answeredPisteCount: 0,
    underStudyPisteCount: 0,
    caReportPublishedAt: null,
    groupReactionCount: 0,
    privacyOfficerNamed: true,
    ...overrides,
  };
}

describe("phase order", () => {
  it("goes préparation → ateliers → mise en commun → transmission au CA → suivi → clôturée", () => {
    const walked: Phase[] = ["preparation"];
    for (let p = nextPhase("preparation"); p; p = nextPhase(p)) walked.push(p);
    expect(walked).toEqual([...PHASES]);
    expect(nextPhase("cloturee")).toBeNull();
    expect(previousPhase("preparation")).toBeNull();
    expect(previousPhase("ateliers")).toBe("preparation");
  });
});

describe("starting the ateliers", () => {
  it("is allowed when every group has at least its minimum of consenting participants", () => {
    const check = checkAdvance(snapshot("preparation"));
    expect(check).toMatchObject({ from: "preparation", to: "ateliers", allowed: true, blockers: [] });
  });

  it("never starts before the person in charge of personal information is named (Law 25 §3.1), override or not", () => {
    const check = checkAdvance(snapshot("preparation", { privacyOfficerNamed: false }));
    expect(check).toMatchObject({ allowed: false, overridable: false });
    expect(check.blockers).toEqual([{ code: "noPrivacyOfficer", overridable: false }]);
    // Beside an overridable blocker, it still cannot be passed with a reason.
    const groups = threeGroups({ consentingCount: 2 });
    expect(checkAdvance(snapshot("preparation", { privacyOfficerNamed: false, groups })).overridable).toBe(false);
  });

  it("names each group that is short, with how many are missing", () => {
    const groups = threeGroups();
    groups[2] = { ...groups[2]!, consentingCount: 2 };
    groups[1] = { ...groups[1]!, consentingCount: 0, minSize: 4 };
    const check = checkAdvance(snapshot("preparation", { groups }));
    expect(check.allowed).toBe(false);
    expect(check.blockers).toEqual([
      {
        code: "groupTooSmall",
        overridable: true,
        groupId: "d",
        groupLabel: "Destinataires",
        count: 0,
        minSize: 4,
        missing: 4,
      },
      {
        code: "groupTooSmall",
        overridable: true,
        groupId: "a",
        groupLabel: "Administrateur.trice.s du CA",
        count: 2,
        minSize: 3,
        missing: 1,
      },
    ]);
    // The facilitator may pass with a recorded reason.
    expect(check.overridable).toBe(true);
  });

  it("never lets a stored minimum below three lower the bar", () => {
    const check = checkAdvance(snapshot("preparation", { groups: threeGroups({ minSize: 1, consentingCount: 2 }) }));
    expect(check.blockers.map((b) => b.code)).toEqual(["groupTooSmall", "groupTooSmall", "groupTooSmall"]);
  });

  it("asks for at least three groups", () => {
    const check = checkAdvance(snapshot("preparation", { groups: threeGroups().slice(0, 2) }));
    expect(check.blockers).toEqual([{ code: "tooFewGroups", overridable: true, count: 2, min: MIN_GROUPS }]);
    expect(check.overridable).toBe(true);
  });

  it("counts a fourth group like the others", () => {
    const groups = [
      ...threeGroups(),
      group({ id: "c", label: "Coordonnateur.trice.s", kind: "autre", consentingCount: 1 }),
    ];
    const check = checkAdvance(snapshot("preparation", { groups }));
    expect(check.blockers).toMatchObject([{ code: "groupTooSmall", groupId: "c", missing: 2 }]);
  });
});

describe("starting the mise en commun", () => {
  it("waits for every group to release its results, and cannot be overridden", () => {
    const groups = threeGroups({ releasedAt: released, workshopClosedAt: released });
    groups[0] = { ...groups[0]!, releasedAt: null };
    const check = checkAdvance(snapshot("ateliers", { groups }));
    expect(check).toMatchObject({ to: "mise_en_commun", allowed: false, overridable: false });
    expect(check.blockers).toEqual([
      { code: "groupNotReleased", overridable: false, groupId: "i", groupLabel: "Intervenant.e.s" },
    ]);
  });

  it("is allowed once all groups released", () => {
    const check = checkAdvance(snapshot("ateliers", { groups: threeGroups({ releasedAt: released }) }));
    expect(check.allowed).toBe(true);
  });
});

describe("transmission to the CA", () => {
  it("needs at least one piste retained at the mise en commun, and cannot be overridden", () => {
    expect(checkAdvance(snapshot("mise_en_commun"))).toMatchObject({
      to: "transmission_ca",
      allowed: false,
      overridable: false,
      blockers: [{ code: "noPlenaryPiste", overridable: false }],
    });
  });

  it("is allowed with one piste", () => {
    expect(checkAdvance(snapshot("mise_en_commun", { plenaryPisteCount: 1 }))).toMatchObject({
      allowed: true,
      blockers: [],
      warnings: [],
    });
  });
});

describe("starting the suivi", () => {
  it("waits for the CA to answer every piste and publish, and cannot be overridden", () => {
    const check = checkAdvance(snapshot("transmission_ca", { plenaryPisteCount: 4, answeredPisteCount: 3 }));
    expect(check).toMatchObject({ to: "suivi", allowed: false, overridable: false });
    expect(check.blockers).toEqual([
      { code: "pistesWithoutAnswer", overridable: false, count: 1 },
      { code: "caReportNotPublished", overridable: false },
    ]);
  });

  it("waits for publication even when every piste is answered", () => {
    const check = checkAdvance(snapshot("transmission_ca", { plenaryPisteCount: 4, answeredPisteCount: 4 }));
    expect(check.blockers).toEqual([{ code: "caReportNotPublished", overridable: false }]);
  });

  it("is allowed once the CA's report is published", () => {
    const check = checkAdvance(
      snapshot("transmission_ca", { plenaryPisteCount: 4, answeredPisteCount: 4, caReportPublishedAt: released }),
    );
    expect(check).toMatchObject({ allowed: true, blockers: [], warnings: [] });
  });
});

describe("closing", () => {
  const followedUp = { plenaryPisteCount: 2, answeredPisteCount: 2, caReportPublishedAt: released };

  it("is allowed once the follow-up is done, even if a group stayed silent, warning that it is final", () => {
    const check = checkAdvance(snapshot("suivi", { ...followedUp, groupReactionCount: 2 }));
    expect(check).toMatchObject({ to: "cloturee", allowed: true, blockers: [] });
    expect(check.warnings).toEqual([{ code: "groupsWithoutReaction", count: 1 }, { code: "closingIsFinal" }]);
  });

  it("only warns that a piste is still under study", () => {
    const check = checkAdvance(snapshot("suivi", { ...followedUp, underStudyPisteCount: 1, groupReactionCount: 3 }));
    expect(check.allowed).toBe(true);
    expect(check.warnings).toEqual([{ code: "pistesUnderStudy", count: 1 }, { code: "closingIsFinal" }]);
  });

  it("is refused while the CA's report is unpublished (a suivi entered before these rules)", () => {
    const check = checkAdvance(snapshot("suivi", { groupReactionCount: 3 }));
    expect(check).toMatchObject({ allowed: false, overridable: false });
    expect(check.blockers).toEqual([{ code: "caReportNotPublished", overridable: false }]);
  });

  it("goes nowhere after clôturée", () => {
    expect(checkAdvance(snapshot("cloturee"))).toMatchObject({
      to: null,
      allowed: false,
      overridable: false,
      blockers: [{ code: "alreadyClosed" }],
    });
  });
});

describe("stepping back", () => {
  it("returns from the ateliers to the préparation while nothing depends on the ateliers", () => {
    expect(checkStepBack(snapshot("ateliers"))).toEqual({
      from: "ateliers",
      to: "preparation",
      allowed: true,
      blockers: [],
    });
  });

  it("is refused once a position is stored or a workshop is closed", () => {
    const groups = threeGroups();
    groups[1] = { ...groups[1]!, workshopClosedAt: released };
    const check = checkStepBack(snapshot("ateliers", { positionCount: 2, groups }));
    expect(check.allowed).toBe(false);
    expect(check.blockers).toEqual([
      { code: "positionsExist", count: 2 },
      { code: "workshopClosed", groupId: "d", groupLabel: "Destinataires" },
    ]);
  });

  it("is never possible from the other phases", () => {
    for (const phase of PHASES.filter((p) => p !== "ateliers")) {
      expect(checkStepBack(snapshot(phase))).toEqual({
        from: phase,
        to: null,
        allowed: false,
        blockers: [{ code: "noStepBack", phase }],
      });
    }
  });
});
