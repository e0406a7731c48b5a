import { describe, expect, it } from "vitest";
import { defaultMeetingPlan, MIN_MEETINGS } from "@/domain/meeting-template";

describe("default meeting sequence", () => {
  it("proposes the six meetings of the source for three groups, in order", () => {
    const plan = defaultMeetingPlan(150, 3);
    expect(plan).toHaveLength(MIN_MEETINGS);
    expect(plan.map((m) => m.kind)).toEqual([
      "lancement",
      "atelier",
      "atelier",
      "atelier",
      "mise_en_commun",
      "retour_ca",
    ]);
    expect(plan.filter((m) => m.kind === "atelier").map((m) => m.groupIndex)).toEqual([0, 1, 2]);
  });

  it("spreads dates over the period: launch first, ateliers before the mise en commun, CA last", () => {
    const plan = defaultMeetingPlan(150, 4);
    const offsets = plan.map((m) => m.dayOffset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets[0]).toBe(0);
    expect(offsets.at(-1)).toBeLessThanOrEqual(150);
    const lastAtelier = Math.max(...plan.filter((m) => m.kind === "atelier").map((m) => m.dayOffset));
    const miseEnCommun = plan.find((m) => m.kind === "mise_en_commun")!.dayOffset;
    expect(lastAtelier).toBeLessThan(miseEnCommun);
  });

  it("rejects impossible spans", () => {
    expect(() => defaultMeetingPlan(-1, 3)).toThrow(RangeError);
    expect(() => defaultMeetingPlan(1.5, 3)).toThrow(RangeError);
  });
});
