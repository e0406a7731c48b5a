import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Position } from "@/domain/mandates";
import { DEFAULT_MOVEMENT_THRESHOLD, oppositeMovements } from "@/domain/plenary-movements";
import { fromPerMille } from "@/domain/position";
import { perMilleArb } from "./arbitraries";

const p = (e: number, r: number, pa: number): Position =>
  fromPerMille({ expertise: e, representation: r, participation: pa });

describe("oppositeMovements", () => {
  it("finds a mandate that one group wants more of and another wants less of", () => {
    const result = oppositeMovements([
      { id: "int", current: p(600, 200, 200), desired: p(300, 200, 500) },
      { id: "ca", current: p(200, 600, 200), desired: p(300, 600, 100) },
    ]);
    expect(result.map((m) => m.mandate)).toEqual(["expertise", "participation"]);
    const participation = result.find((m) => m.mandate === "participation")!;
    expect(participation.increase.map((g) => g.id)).toEqual(["int"]);
    expect(participation.increase[0]!.delta).toBeCloseTo(0.3, 12);
    expect(participation.decrease.map((g) => g.id)).toEqual(["ca"]);
    expect(participation.decrease[0]!.delta).toBeCloseTo(-0.1, 12);
  });

  it("ignores groups moving the same way, and moves smaller than the threshold", () => {
    expect(
      oppositeMovements([
        { id: "a", current: p(600, 200, 200), desired: p(300, 200, 500) },
        { id: "b", current: p(500, 300, 200), desired: p(300, 200, 500) },
      ]),
    ).toEqual([]);
    // 4 points more expertise (and less participation) is below the 5-point threshold.
    expect(
      oppositeMovements([
        { id: "a", current: p(600, 200, 200), desired: p(300, 200, 500) },
        { id: "b", current: p(500, 300, 200), desired: p(540, 300, 160) },
      ]).map((m) => m.mandate),
    ).toEqual([]);
  });

  it("counts a move of exactly the threshold, even when the stored values make it a few ulps short", () => {
    expect(DEFAULT_MOVEMENT_THRESHOLD).toBe(0.05);
    const result = oppositeMovements([
      { id: "a", current: p(350, 300, 350), desired: p(300, 300, 400) },
      { id: "b", current: p(300, 350, 350), desired: p(350, 350, 300) },
    ]);
    expect(result.map((m) => m.mandate)).toEqual(["expertise", "participation"]);
  });

  it("lists the largest moves first, ties in input order", () => {
    const result = oppositeMovements([
      { id: "small", current: p(400, 300, 300), desired: p(300, 300, 400) },
      { id: "big", current: p(500, 300, 200), desired: p(200, 300, 500) },
      { id: "same", current: p(400, 300, 300), desired: p(300, 300, 400) },
      { id: "down", current: p(300, 300, 400), desired: p(500, 300, 200) },
    ]);
    const participation = result.find((m) => m.mandate === "participation")!;
    expect(participation.increase.map((g) => g.id)).toEqual(["big", "small", "same"]);
    expect(participation.decrease.map((g) => g.id)).toEqual(["down"]);
  });

  it("refuses invalid positions, duplicate ids and thresholds outside [0, 1]", () => {
    const ok = { current: p(400, 300, 300), desired: p(300, 300, 400) };
    expect(() =>
      oppositeMovements([
        { id: "x", current: { expertise: 0.5, representation: 0.5, participation: 0.5 }, desired: ok.desired },
      ]),
    ).toThrow(/current position of "x"/);
    expect(() =>
      oppositeMovements([
        { id: "x", ...ok },
        { id: "x", ...ok },
      ]),
    ).toThrow(/duplicate/);
    expect(() => oppositeMovements([], -0.1)).toThrow(RangeError);
    expect(() => oppositeMovements([], Number.NaN)).toThrow(RangeError);
  });

  it("every reported group really moves beyond the threshold in the stated direction, whatever the input", () => {
    const group = fc.record({ current: perMilleArb.map(fromPerMille), desired: perMilleArb.map(fromPerMille) });
    fc.assert(
      fc.property(
        fc.array(group, { maxLength: 6 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (groups, threshold) => {
          const input = groups.map((g, i) => ({ id: `g${i}`, ...g }));
          for (const movement of oppositeMovements(input, threshold)) {
            expect(movement.increase.length).toBeGreaterThan(0);
            expect(movement.decrease.length).toBeGreaterThan(0);
            for (const g of movement.increase) expect(g.delta).toBeGreaterThanOrEqual(threshold - 1e-9);
            for (const g of movement.decrease) expect(-g.delta).toBeGreaterThanOrEqual(threshold - 1e-9);
            for (const g of [...movement.increase, ...movement.decrease]) {
              const source = input.find((x) => x.id === g.id)!;
              expect(g.delta).toBe(source.desired[movement.mandate] - source.current[movement.mandate]);
            }
          }
          // Reversing the groups' order gives the same mandates and the same sets.
          const reversed = oppositeMovements([...input].reverse(), threshold);
          const sets = (list: typeof reversed) =>
            list.map((m) => [m.mandate, m.increase.map((g) => g.id).sort(), m.decrease.map((g) => g.id).sort()]);
          expect(sets(reversed)).toEqual(sets(oppositeMovements(input, threshold)));
        },
      ),
    );
  });
});
