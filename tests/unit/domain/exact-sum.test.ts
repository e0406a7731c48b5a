import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactSum, exactSum } from "@/domain/exact-sum";

describe("exactSum", () => {
  it("is 0 for no terms", () => {
    expect(exactSum([])).toBe(0);
  });

  it("keeps terms a naive sum loses", () => {
    // Naively 1e100 + 1 - 1e100 is 0.
    expect(exactSum([1e100, 1, -1e100])).toBe(1);
    expect(exactSum([1, 1e-16, 1e-16, 1e-16, 1e-16])).toBe(1 + 4e-16);
  });

  it("rounds the exact sum once: 0.1 + 0.2 + 0.3 is the double nearest 0.6", () => {
    // Naively (0.1 + 0.2) + 0.3 = 0.6000000000000001.
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([0.3, 0.2, 0.1])).toBe(0.6);
  });

  it("rounds ties to even across partials", () => {
    // 1 + 2^-53 is exactly half-way between 1 and the next double: ties to 1,
    // but the extra 2^-106 tips it up.
    expect(exactSum([1, 2 ** -53])).toBe(1);
    expect(exactSum([1, 2 ** -53, 2 ** -106])).toBe(1 + 2 ** -52);
  });

  it("accumulates incrementally", () => {
    const sum = new ExactSum();
    for (let i = 0; i < 10; i++) sum.add(0.1);
    expect(sum.value()).toBe(1);
  });

  it("does not depend on the order of terms", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 40 })
          .chain((values) =>
            fc.tuple(
              fc.constant(values),
              fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
            ),
          ),
        ([values, shuffled]) => Object.is(exactSum(values) + 0, exactSum(shuffled) + 0),
      ),
    );
  });

  it("equals the exact sum of integers when no rounding is needed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 })), (values) => {
        const expected = values.reduce((sum, value) => sum + value, 0);
        return exactSum(values) === expected;
      }),
    );
  });
});
