import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSynthesis, distance, type GroupInput, type Position } from "@/domain/synthesis";
import { groupsArb, positionArb } from "./arbitraries";

describe("distance is a metric on the triangle", () => {
  it("is symmetric", () => {
    fc.assert(fc.property(positionArb, positionArb, (a, b) => distance(a, b) === distance(b, a)));
  });

  it("is 0 from a point to itself", () => {
    fc.assert(fc.property(positionArb, (a) => distance(a, a) === 0));
  });

  it("is 0 only for equal points", () => {
    fc.assert(
      fc.property(positionArb, positionArb, (a, b) => {
        const equal =
          a.expertise === b.expertise && a.representation === b.representation && a.participation === b.participation;
        return (distance(a, b) === 0) === equal;
      }),
    );
  });

  it("is positive for points that differ by a tiny (even subnormal) amount", () => {
    // Moving weight `delta` from expertise to representation keeps a valid position.
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: 1e-7, noNaN: true }), (delta) => {
        const a: Position = { expertise: 0.5, representation: 0.25, participation: 0.25 };
        const b: Position = { expertise: 0.5 - delta, representation: 0.25 + delta, participation: 0.25 };
        fc.pre(a.expertise !== b.expertise || a.representation !== b.representation);
        return distance(a, b) > 0;
      }),
    );
  });

  it("satisfies the triangle inequality", () => {
    fc.assert(
      fc.property(positionArb, positionArb, positionArb, (a, b, c) => {
        // Tolerance for floating-point rounding only: 1e-12 of a distance at most 1.
        return distance(a, c) <= distance(a, b) + distance(b, c) + 1e-12;
      }),
    );
  });

  it("is between 0 and 1", () => {
    fc.assert(
      fc.property(positionArb, positionArb, (a, b) => {
        const d = distance(a, b);
        return d >= 0 && d <= 1;
      }),
    );
  });
});

/** The same groups with each group's responses in another order. */
const groupsWithPermutationArb = groupsArb({ maxGroups: 4, maxResponses: 25 }).chain((groups) =>
  fc.tuple(
    fc.constant(groups),
    fc.tuple(
      ...groups.map((group) =>
        fc
          .shuffledSubarray(group.responses, {
            minLength: group.responses.length,
            maxLength: group.responses.length,
          })
          .map((responses): GroupInput => ({ ...group, responses })),
      ),
    ),
  ),
);

describe("computeSynthesis does not depend on order", () => {
  it("gives bit-identical results whatever the order of responses in each group", () => {
    fc.assert(
      fc.property(groupsWithPermutationArb, ([groups, permuted]) => {
        // toStrictEqual compares numbers with Object.is: every bit must match.
        expect(computeSynthesis(permuted)).toStrictEqual(computeSynthesis(groups));
      }),
    );
  });

  it("gives a bit-identical overall result whatever the order of groups", () => {
    fc.assert(
      fc.property(
        groupsArb({ maxGroups: 6, maxResponses: 5 }).chain((groups) =>
          fc.tuple(
            fc.constant(groups),
            fc.shuffledSubarray(groups, { minLength: groups.length, maxLength: groups.length }),
          ),
        ),
        ([groups, shuffled]) => {
          const a = computeSynthesis(groups, { minGroupSize: 1 });
          const b = computeSynthesis(shuffled, { minGroupSize: 1 });
          expect(b.overall).toStrictEqual(a.overall);
        },
      ),
    );
  });

  it("is bit-identical on a case where naive summation is not", () => {
    // Guards the test above against passing vacuously: with these weights a
    // left-to-right sum depends on the order, the synthesis must not.
    const weights = [0.1, 0.2, 0.3, 0.4];
    const naive = (values: number[]): number => values.reduce((sum, value) => sum + value, 0);
    expect(naive([0.1, 0.2, 0.3])).not.toBe(naive([0.3, 0.2, 0.1]));

    const responses = weights.map((w, i) => ({
      participantId: `p${i}`,
      current: { expertise: w, representation: 1 - w, participation: 0 },
      desired: { expertise: 0, representation: w, participation: 1 - w },
    }));
    const group = (list: typeof responses): GroupInput[] => [{ id: "g", kind: "autre", label: "G", responses: list }];
    expect(computeSynthesis(group([...responses].reverse()))).toStrictEqual(computeSynthesis(group(responses)));
  });
});

describe("computeSynthesis invariants", () => {
  it("keeps every reported figure in range and sums near 1", () => {
    fc.assert(
      fc.property(groupsArb({ maxGroups: 5, maxResponses: 8 }), (groups) => {
        const result = computeSynthesis(groups);
        for (const group of result.groups) {
          expect(group.reportable).toBe(group.n >= 3);
          if (!group.reportable) continue;
          for (const position of [group.current, group.desired, group.centroid?.current, group.centroid?.desired]) {
            const sum = (position?.expertise ?? 0) + (position?.representation ?? 0) + (position?.participation ?? 0);
            expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
          }
          expect(group.gap).toBeGreaterThanOrEqual(0);
          expect(group.gap).toBeLessThanOrEqual(1);
        }
        const reportable = result.groups.filter((group) => group.reportable).length;
        expect(result.pairs).toHaveLength((reportable * (reportable - 1)) / 2);
      }),
    );
  });
});
