import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COALITION_SIZE,
  disclosureThreshold,
  effectiveMinSize,
  GROUP_AUDIENCE_MIN,
  mayShowGroupFigures,
  MIN_GROUP_SIZE_FLOOR,
  synthesisMinimum,
  type DisclosureAudience,
} from "@/domain/group-disclosure";
import { fromPerMille } from "@/domain/position";
import { computeSynthesis } from "@/domain/synthesis";
import { perMilleArb } from "./arbitraries";

const audienceArb = fc.constantFrom<DisclosureAudience>("facilitator", "group");
const storedMinArb = fc.oneof(fc.integer({ min: -5, max: 12 }), fc.constantFrom(Number.NaN, Infinity, 2.5));
const responseArb = fc.record({ current: perMilleArb, desired: perMilleArb });

function groupOf(responses: { current: Parameters<typeof fromPerMille>[0]; desired: Parameters<typeof fromPerMille>[0] }[]) {
  return {
    id: "g",
    kind: "destinataires" as const,
    label: "Destinataires",
    responses: responses.map((r, i) => ({
      participantId: String(i),
      current: fromPerMille(r.current),
      desired: fromPerMille(r.desired),
    })),
  };
}

describe("what of a group its members may see (decision 013)", () => {
  it("never goes below 3, whatever minimum is stored", () => {
    fc.assert(
      fc.property(storedMinArb, audienceArb, (stored, audience) => {
        expect(effectiveMinSize(stored)).toBeGreaterThanOrEqual(MIN_GROUP_SIZE_FLOOR);
        expect(disclosureThreshold(audience, stored)).toBeGreaterThanOrEqual(MIN_GROUP_SIZE_FLOOR);
      }),
    );
    expect(effectiveMinSize(2)).toBe(3);
    expect(effectiveMinSize(5)).toBe(5);
  });

  it("shows the group's members a figure only when a coalition of two still leaves two unknown answers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), storedMinArb, fc.boolean(), (n, stored, frozen) => {
        const shown = mayShowGroupFigures({ audience: "group", admittedConfirmed: n, storedMinSize: stored, frozen });
        // From the mean, two people learn the sum of the n − 2 others: one answer when n − 2 = 1.
        if (shown) expect(n - COALITION_SIZE).toBeGreaterThanOrEqual(2);
        if (n < GROUP_AUDIENCE_MIN) expect(shown).toBe(false);
      }),
    );
    expect(GROUP_AUDIENCE_MIN).toBe(4);
  });

  it("shows a participant's own pages nothing while the answers can still move (differencing over time)", () => {
    for (let n = 0; n < 50; n++) {
      expect(mayShowGroupFigures({ audience: "group", admittedConfirmed: n, storedMinSize: 3, frozen: false })).toBe(false);
    }
    expect(mayShowGroupFigures({ audience: "group", admittedConfirmed: 4, storedMinSize: 3, frozen: true })).toBe(true);
    expect(mayShowGroupFigures({ audience: "facilitator", admittedConfirmed: 3, storedMinSize: 3, frozen: false })).toBe(true);
  });

  it("for every group under the threshold, the synthesis it feeds has no figure at all", () => {
    fc.assert(
      fc.property(
        fc.array(responseArb, { maxLength: 9 }),
        audienceArb,
        storedMinArb,
        fc.boolean(),
        (responses, audience, stored, frozen) => {
          const input = { audience, admittedConfirmed: responses.length, storedMinSize: stored, frozen };
          const [group] = computeSynthesis([groupOf(responses)], { minGroupSize: synthesisMinimum(input) }).groups;
          const shown = mayShowGroupFigures(input);
          expect(group!.reportable).toBe(shown);
          if (!shown) {
            expect(group!.centroid).toBeNull();
            expect(group!.current).toBeNull();
            expect(group!.dispersion).toBeNull();
            expect(group!.gap).toBeNull();
          }
          if (audience === "group" && responses.length < GROUP_AUDIENCE_MIN) expect(group!.centroid).toBeNull();
        },
      ),
    );
  });

  it("the reproduction's arithmetic: with 3 answers, 3 × mean − 2 × own is the third person's answer", () => {
    // Why the threshold is 4 and not 3: the mean of 3 gives away one answer to two people.
    const real = { expertise: 700, representation: 200, participation: 100 };
    const own = { expertise: 200, representation: 400, participation: 400 };
    const [group] = computeSynthesis([groupOf([{ current: real, desired: real }, { current: own, desired: own }, { current: own, desired: own }])], {
      minGroupSize: 3,
    }).groups;
    const recovered = 3 * group!.centroid!.current.expertise - 2 * (own.expertise / 1000);
    expect(recovered).toBeCloseTo(real.expertise / 1000, 6);
    expect(mayShowGroupFigures({ audience: "group", admittedConfirmed: 3, storedMinSize: 3, frozen: true })).toBe(false);
  });
});
