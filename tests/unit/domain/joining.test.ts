import { describe, expect, it } from "vitest";
import { joinRefusal } from "@/domain/joining";

const now = new Date("2026-11-23T12:00:00Z");
const open = {
  revokedAt: null,
  expiresAt: new Date("2027-01-01T00:00:00Z"),
  phase: "ateliers" as const,
  workshopClosedAt: null,
};

describe("who may still join", () => {
  it("lets people join during préparation and ateliers", () => {
    expect(joinRefusal(open, now)).toBeNull();
    expect(joinRefusal({ ...open, phase: "preparation" }, now)).toBeNull();
  });

  it("refuses revoked and expired invitations", () => {
    expect(joinRefusal({ ...open, revokedAt: now }, now)).toBe("revoked");
    expect(joinRefusal({ ...open, expiresAt: now }, now)).toBe("expired");
  });

  it("refuses once the group closed its workshop or the démarche moved on", () => {
    expect(joinRefusal({ ...open, workshopClosedAt: now }, now)).toBe("workshopClosed");
    expect(joinRefusal({ ...open, phase: "mise_en_commun" }, now)).toBe("phaseOver");
    expect(joinRefusal({ ...open, phase: "cloturee" }, now)).toBe("demarcheClosed");
  });
});
