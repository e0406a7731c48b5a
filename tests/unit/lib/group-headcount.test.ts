import { describe, expect, it } from "vitest";
import { groupHeadcount } from "@/lib/group-headcount";

const open = { closed: false, anonymisedAt: null };

describe("a group's headcount on the facilitator's pages", () => {
  it("is a target while the démarche runs", () => {
    expect(groupHeadcount({ consentingCount: 2, minSize: 3 }, open)).toEqual({
      kind: "missing",
      count: 2,
      min: 3,
      missing: 1,
    });
    expect(groupHeadcount({ consentingCount: 3, minSize: 3 }, open).kind).toBe("complete");
  });

  it("never says people are missing once the démarche is closed", () => {
    expect(groupHeadcount({ consentingCount: 1, minSize: 3 }, { closed: true, anonymisedAt: null })).toEqual({
      kind: "closed",
      count: 1,
    });
  });

  it("after retention erased the names, says so instead of « 0 sur 3 »", () => {
    const anonymised = { closed: true, anonymisedAt: new Date("2027-09-01T00:00:00Z") };
    expect(groupHeadcount({ consentingCount: 0, minSize: 3 }, anonymised)).toEqual({ kind: "anonymised" });
  });
});
