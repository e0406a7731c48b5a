import { describe, expect, it } from "vitest";
import {
  comparisonsForCopy,
  defaultInterMeetingPlan,
  interComparisons,
  interReadings,
  missingCells,
  type InterAgreedPosition,
} from "@/domain/inter-organisations";
import { distance, type Position } from "@/domain/synthesis";

const p = (expertise: number, representation: number, participation: number): Position => ({
  expertise,
  representation,
  participation,
});

const EXPERT = p(1, 0, 0);
const MOSTLY_EXPERT = p(0.9, 0.1, 0);
const PARTICIPATIVE = p(0.1, 0.2, 0.7);
const MIDDLE = p(0.4, 0.3, 0.3);

function cell(workshop: "intervenants" | "destinataires", side: "a" | "b", current: Position, desired: Position) {
  return { workshop, side, current, desired } satisfies InterAgreedPosition;
}

const ALL_FOUR = [
  cell("intervenants", "a", EXPERT, PARTICIPATIVE),
  cell("intervenants", "b", MOSTLY_EXPERT, MIDDLE),
  cell("destinataires", "a", PARTICIPATIVE, PARTICIPATIVE),
  cell("destinataires", "b", EXPERT, MIDDLE),
];

describe("inter-organismes comparisons", () => {
  it("compares A with B inside each workshop, then intervenant.e.s with destinataires about each organisation", () => {
    const pairs = interComparisons(ALL_FOUR);
    expect(pairs.map((c) => [c.kind, `${c.a.workshop}:${c.a.side}`, `${c.b.workshop}:${c.b.side}`])).toEqual([
      ["organisations", "intervenants:a", "intervenants:b"],
      ["organisations", "destinataires:a", "destinataires:b"],
      ["perspectives", "intervenants:a", "destinataires:a"],
      ["perspectives", "intervenants:b", "destinataires:b"],
    ]);
  });

  it("uses the synthesis distance and its thresholds for the verdicts", () => {
    const [intervenants, destinataires, aboutA] = interComparisons(ALL_FOUR);
    // Both organisations seen as expertise-led by their intervenant.e.s: close.
    expect(intervenants!.current.distance).toBeCloseTo(distance(EXPERT, MOSTLY_EXPERT), 12);
    expect(intervenants!.current.verdict).toBe("convergence");
    // Opposite corners of the triangle for the destinataires: far apart.
    expect(destinataires!.current.verdict).toBe("divergence");
    // About A, the intervenant.e.s and the destinataires want the same thing.
    expect(aboutA!.desired).toEqual({ distance: 0, verdict: "convergence" });
    expect(aboutA!.current.verdict).toBe("divergence");
  });

  it("leaves out a pair while one of its agreed positions is missing", () => {
    const pairs = interComparisons([ALL_FOUR[0]!, ALL_FOUR[1]!, ALL_FOUR[2]!]);
    expect(pairs.map((c) => `${c.kind}:${c.a.workshop}:${c.a.side}`)).toEqual([
      "organisations:intervenants:a",
      "perspectives:intervenants:a",
    ]);
    expect(interComparisons([])).toEqual([]);
  });

  it("refuses two agreed positions for the same workshop and organisation, and an invalid position", () => {
    expect(() => interComparisons([ALL_FOUR[0]!, ALL_FOUR[0]!])).toThrow(RangeError);
    expect(() => interComparisons([cell("intervenants", "a", p(0.5, 0.5, 0.5), EXPERT)])).toThrow(RangeError);
  });

  it("reads each agreed position's gap: consolider when it barely moves, changer de cap otherwise", () => {
    const readings = interReadings(ALL_FOUR);
    expect(readings.map((r) => [r.workshop, r.side, r.orientation])).toEqual([
      ["intervenants", "a", "changer-de-cap"],
      ["intervenants", "b", "changer-de-cap"],
      ["destinataires", "a", "consolider"],
      ["destinataires", "b", "changer-de-cap"],
    ]);
    expect(readings[2]!.gap).toBe(0);
  });

  it("names the missing agreed positions", () => {
    expect(missingCells([])).toHaveLength(4);
    expect(missingCells(ALL_FOUR)).toEqual([]);
    expect(missingCells([{ workshop: "intervenants", side: "b" }])).toEqual([
      { workshop: "intervenants", side: "a" },
      { workshop: "destinataires", side: "a" },
      { workshop: "destinataires", side: "b" },
    ]);
  });

  it("gives each organisation's copy the same comparisons, its own organisation's first after the workshops", () => {
    const pairs = interComparisons(ALL_FOUR);
    const forB = comparisonsForCopy(pairs, "b");
    expect(forB).toHaveLength(4);
    expect(forB.map((c) => `${c.kind}:${c.a.side}`)).toEqual([
      "organisations:a",
      "organisations:a",
      "perspectives:b",
      "perspectives:a",
    ]);
    expect(comparisonsForCopy(pairs, "a")).toEqual(pairs);
  });
});

describe("inter-organismes default calendar", () => {
  it("proposes the launch, the two workshops, the shared meeting and the bilan, in that order", () => {
    const plan = defaultInterMeetingPlan(70);
    expect(plan.map((m) => [m.kind, m.groupIndex, m.bilan])).toEqual([
      ["lancement", null, false],
      ["atelier", 0, false],
      ["atelier", 1, false],
      ["mise_en_commun", null, false],
      ["autre", null, true],
    ]);
    const days = plan.map((m) => m.dayOffset);
    expect(days).toEqual([...days].sort((x, y) => x - y));
    expect(days[0]).toBe(0);
    expect(days.at(-1)).toBeLessThanOrEqual(70);
  });

  it("refuses a negative or fractional span", () => {
    expect(() => defaultInterMeetingPlan(-1)).toThrow(RangeError);
    expect(() => defaultInterMeetingPlan(1.5)).toThrow(RangeError);
  });
});
