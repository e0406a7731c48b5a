import { describe, expect, it } from "vitest";
import { archiveRefusal, confirmsName, deletionRefusal, retentionChangeRefusal } from "@/domain/lifecycle";
import { PHASES } from "@/domain/vocabulary";

describe("deleting a démarche created by mistake", () => {
  it("is allowed to its responsible facilitator, in préparation, when nobody joined", () => {
    expect(deletionRefusal({ isResponsible: true, phase: "preparation", participantCount: 0 })).toBeNull();
  });

  it("says why not otherwise, the role first", () => {
    expect(deletionRefusal({ isResponsible: false, phase: "preparation", participantCount: 0 })).toBe("notResponsible");
    expect(deletionRefusal({ isResponsible: true, phase: "ateliers", participantCount: 0 })).toBe("notInPreparation");
    expect(deletionRefusal({ isResponsible: true, phase: "preparation", participantCount: 1 })).toBe("peopleJoined");
    expect(deletionRefusal({ isResponsible: false, phase: "cloturee", participantCount: 0 })).toBe("notResponsible");
  });

  it("is confirmed by the démarche's name, whatever the case and spaces, never by nothing", () => {
    expect(confirmsName("  démarche   RÉFLEXIVE 2027 ", "Démarche réflexive 2027")).toBe(true);
    expect(confirmsName("Démarche réflexive 2026", "Démarche réflexive 2027")).toBe(false);
    expect(confirmsName("   ", "   ")).toBe(false);
  });
});

describe("changing the retention period", () => {
  it("accepts only the proposed choices", () => {
    expect(retentionChangeRefusal({ current: 12, next: 7, someoneJoined: false })).toBe("notAChoice");
    expect(retentionChangeRefusal({ current: 12, next: 24, someoneJoined: false })).toBeNull();
  });

  it("never lengthens it once someone joined, and always allows shortening", () => {
    expect(retentionChangeRefusal({ current: 12, next: 24, someoneJoined: true })).toBe("longerThanConsented");
    expect(retentionChangeRefusal({ current: 12, next: 3, someoneJoined: true })).toBeNull();
    expect(retentionChangeRefusal({ current: 12, next: 12, someoneJoined: true })).toBeNull();
  });
});

describe("deleting a closed démarche (addendum)", () => {
  it("is allowed to its responsible facilitator, people or not, and refused while under way", () => {
    expect(deletionRefusal({ isResponsible: true, phase: "cloturee", participantCount: 12 })).toBeNull();
    for (const phase of ["ateliers", "mise_en_commun", "transmission_ca", "suivi"] as const) {
      expect(deletionRefusal({ isResponsible: true, phase, participantCount: 0 })).toBe("notInPreparation");
    }
  });
});

describe("archiving a démarche", () => {
  it("archives a closed démarche only", () => {
    expect(archiveRefusal({ phase: "cloturee", archive: true })).toBeNull();
    for (const phase of PHASES.filter((p) => p !== "cloturee")) {
      expect(archiveRefusal({ phase, archive: true })).toBe("notClosed");
    }
  });

  it("always lets an archived one back into the list", () => {
    for (const phase of PHASES) expect(archiveRefusal({ phase, archive: false })).toBeNull();
  });
});
