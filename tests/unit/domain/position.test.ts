import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidPosition, MANDATES, positionProblem } from "@/domain/mandates";
import {
  fromPerMille,
  isValidPerMille,
  percentagesToPosition,
  perMilleToPercentages,
  positionToPercentages,
  positionToTokens,
  roundPosition,
  roundToTotal,
  toPerMille,
  tokensToPosition,
} from "@/domain/position";
import { largestRemainder } from "@/domain/rounding";
import { partsArb, perMilleArb, positionArb } from "./arbitraries";

const THIRD = { expertise: 1 / 3, representation: 1 / 3, participation: 1 / 3 };

describe("MANDATES", () => {
  it("lists the mandates in the canonical order", () => {
    expect(MANDATES).toEqual(["expertise", "representation", "participation"]);
  });
});

describe("positionProblem / isValidPosition", () => {
  it("accepts weights summing to 1 within 1e-6", () => {
    expect(positionProblem({ expertise: 0.2, representation: 0.3, participation: 0.5 })).toBeNull();
    expect(isValidPosition({ expertise: 1, representation: 0, participation: 5e-7 })).toBe(true);
  });

  it("explains what is wrong", () => {
    expect(positionProblem(null)).toMatch(/not an object/);
    expect(positionProblem({ expertise: -0.5, representation: 1, participation: 0.5 })).toMatch(/expertise.*negative/);
    expect(positionProblem({ expertise: 0.5, representation: "0.5", participation: 0 })).toMatch(/representation/);
    expect(positionProblem({ expertise: 0.5, representation: 0.4, participation: 0 })).toMatch(/sum/);
  });
});

describe("largestRemainder", () => {
  it("keeps the total exact where plain rounding would not", () => {
    // Math.round would give 33 + 33 + 33 = 99.
    expect(largestRemainder([1, 1, 1], 100)).toEqual([34, 33, 33]);
    // Math.round would give 1 + 1 = 2.
    expect(largestRemainder([0.5, 0.5], 1)).toEqual([1, 0]);
  });

  it("gives the extra units to the largest remainders", () => {
    // Quotas 1.6, 2.7, 5.7 → floors 1, 2, 5 (8); the two .7 remainders win.
    expect(largestRemainder([0.16, 0.27, 0.57], 10)).toEqual([1, 3, 6]);
  });

  it("breaks ties by index", () => {
    // Quotas 2.5, 2.5, 5 → one unit left, to the first.
    expect(largestRemainder([0.25, 0.25, 0.5], 10)).toEqual([3, 2, 5]);
  });

  it("rejects invalid input", () => {
    expect(() => largestRemainder([0, 0, 0], 10)).toThrow(RangeError);
    expect(() => largestRemainder([1, -1, 1], 10)).toThrow(RangeError);
    expect(() => largestRemainder([1, Number.NaN], 10)).toThrow(RangeError);
    expect(() => largestRemainder([1, 1], 2.5)).toThrow(RangeError);
    expect(() => largestRemainder([1, 1], -1)).toThrow(RangeError);
  });
});

describe("per-mille", () => {
  it("rounds a third each to 334 / 333 / 333 (ties go to expertise first)", () => {
    expect(toPerMille(THIRD)).toEqual({ expertise: 334, representation: 333, participation: 333 });
  });

  it("breaks ties in mandate order", () => {
    // 0.5, 0.5, 999 per mille: one unit for the first tied mandate.
    expect(toPerMille({ expertise: 0.0005, representation: 0.0005, participation: 0.999 })).toEqual({
      expertise: 1,
      representation: 0,
      participation: 999,
    });
    expect(toPerMille({ expertise: 0.999, representation: 0.0005, participation: 0.0005 })).toEqual({
      expertise: 999,
      representation: 1,
      participation: 0,
    });
  });

  it("converts back to weights", () => {
    const position = fromPerMille({ expertise: 250, representation: 500, participation: 250 });
    expect(position).toEqual({ expertise: 0.25, representation: 0.5, participation: 0.25 });
  });

  it("validates per-mille values", () => {
    expect(isValidPerMille({ expertise: 0, representation: 1000, participation: 0 })).toBe(true);
    expect(isValidPerMille({ expertise: 333, representation: 333, participation: 333 })).toBe(false);
    expect(isValidPerMille({ expertise: 333.5, representation: 333.5, participation: 333 })).toBe(false);
    expect(isValidPerMille({ expertise: -1, representation: 1001, participation: 0 })).toBe(false);
    expect(isValidPerMille({ expertise: 1000, representation: 0 })).toBe(false);
    expect(isValidPerMille("1000")).toBe(false);
    expect(() => fromPerMille({ expertise: 1, representation: 2, participation: 3 })).toThrow(RangeError);
  });

  it("rejects an invalid position", () => {
    expect(() => toPerMille({ expertise: 0.5, representation: 0.5, participation: 0.5 })).toThrow(RangeError);
  });

  it("always sums to exactly 1000, each part within one unit of the exact value", () => {
    fc.assert(
      fc.property(positionArb, (position) => {
        const pm = toPerMille(position);
        expect(isValidPerMille(pm)).toBe(true);
        for (const mandate of MANDATES) {
          expect(Math.abs(pm[mandate] - position[mandate] * 1000)).toBeLessThan(1);
        }
      }),
    );
  });

  it("round-trips per-mille → position → per-mille", () => {
    fc.assert(
      fc.property(perMilleArb, (pm) => {
        expect(toPerMille(fromPerMille(pm))).toEqual(pm);
      }),
    );
  });
});

describe("tokens", () => {
  it("turns 3 / 3 / 4 tokens into 0.3 / 0.3 / 0.4, stored as 300 / 300 / 400", () => {
    const position = tokensToPosition({ expertise: 3, representation: 3, participation: 4 });
    expect(position.expertise).toBeCloseTo(0.3, 15);
    expect(position.participation).toBeCloseTo(0.4, 15);
    expect(toPerMille(position)).toEqual({ expertise: 300, representation: 300, participation: 400 });
  });

  it("shares 10 tokens for a third each as 4 / 3 / 3", () => {
    expect(positionToTokens(THIRD)).toEqual({ expertise: 4, representation: 3, participation: 3 });
  });

  it("rejects tokens that are not 10 non-negative integers", () => {
    expect(() => tokensToPosition({ expertise: 3, representation: 3, participation: 3 })).toThrow(RangeError);
    expect(() => tokensToPosition({ expertise: 2.5, representation: 2.5, participation: 5 })).toThrow(RangeError);
    expect(() => tokensToPosition({ expertise: -1, representation: 5, participation: 6 })).toThrow(RangeError);
  });

  it("round-trips tokens → position → per-mille → position → tokens, storing tokens × 100", () => {
    fc.assert(
      fc.property(partsArb(10), (tokens) => {
        const stored = toPerMille(tokensToPosition(tokens));
        expect(stored).toEqual({
          expertise: tokens.expertise * 100,
          representation: tokens.representation * 100,
          participation: tokens.participation * 100,
        });
        expect(positionToTokens(fromPerMille(stored))).toEqual(tokens);
      }),
    );
  });

  it("always sums to exactly 10", () => {
    fc.assert(
      fc.property(positionArb, (position) => {
        const tokens = positionToTokens(position);
        return tokens.expertise + tokens.representation + tokens.participation === 10;
      }),
    );
  });
});

describe("percentages", () => {
  it("turns 33 / 33 / 34 % into 330 / 330 / 340 per mille", () => {
    expect(toPerMille(percentagesToPosition({ expertise: 33, representation: 33, participation: 34 }))).toEqual({
      expertise: 330,
      representation: 330,
      participation: 340,
    });
  });

  it("rounds 334 / 333 / 333 per mille to 34 / 33 / 33 %", () => {
    expect(perMilleToPercentages({ expertise: 334, representation: 333, participation: 333 })).toEqual({
      expertise: 34,
      representation: 33,
      participation: 33,
    });
  });

  it("round-trips percentages → position → per-mille → position → percentages", () => {
    fc.assert(
      fc.property(partsArb(100), (percentages) => {
        const stored = toPerMille(percentagesToPosition(percentages));
        expect(stored).toEqual({
          expertise: percentages.expertise * 10,
          representation: percentages.representation * 10,
          participation: percentages.participation * 10,
        });
        expect(positionToPercentages(fromPerMille(stored))).toEqual(percentages);
      }),
    );
  });

  it("always sums to exactly 100", () => {
    fc.assert(
      fc.property(perMilleArb, (pm) => {
        const pct = perMilleToPercentages(pm);
        return pct.expertise + pct.representation + pct.participation === 100;
      }),
    );
  });
});

describe("roundToTotal / roundPosition", () => {
  it("rounds to any total", () => {
    expect(roundToTotal({ expertise: 0.5, representation: 0.25, participation: 0.25 }, 4)).toEqual({
      expertise: 2,
      representation: 1,
      participation: 1,
    });
  });

  it("gives positions on the per-mille grid by default", () => {
    expect(roundPosition(THIRD)).toEqual({ expertise: 0.334, representation: 0.333, participation: 0.333 });
    expect(roundPosition(THIRD, 10)).toEqual({ expertise: 0.4, representation: 0.3, participation: 0.3 });
  });
});
