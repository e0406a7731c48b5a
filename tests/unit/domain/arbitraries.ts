/**
 * fast-check generators shared by the domain's property tests. Not a test
 * file itself (the unit project only runs *.test.ts).
 */
import fc from "fast-check";
import type { Position } from "@/domain/mandates";
import type { PerMille } from "@/domain/position";
import type { GroupInput, GroupKind } from "@/domain/synthesis";

/** Three integers summing to `total`, from two cut points (covers edges and corners). */
export function partsArb(total: number): fc.Arbitrary<PerMille> {
  return fc.tuple(fc.integer({ min: 0, max: total }), fc.integer({ min: 0, max: total })).map(([a, b]) => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    return { expertise: low, representation: high - low, participation: total - high };
  });
}

export const perMilleArb = partsArb(1000);

export const cornerArb: fc.Arbitrary<Position> = fc.constantFrom(
  { expertise: 1, representation: 0, participation: 0 },
  { expertise: 0, representation: 1, participation: 0 },
  { expertise: 0, representation: 0, participation: 1 },
);

/** Any double weights, normalised: sums are 1 give or take a few ulps. */
const normalizedArb: fc.Arbitrary<Position> = fc
  .tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .filter(([a, b, c]) => a + b + c > 0)
  .map(([a, b, c]) => {
    const sum = a + b + c;
    return { expertise: a / sum, representation: b / sum, participation: c / sum };
  });

/** Positions on the triangle: stored values, arbitrary doubles, corners. */
export const positionArb: fc.Arbitrary<Position> = fc.oneof(
  perMilleArb.map((pm) => ({
    expertise: pm.expertise / 1000,
    representation: pm.representation / 1000,
    participation: pm.participation / 1000,
  })),
  normalizedArb,
  cornerArb,
);

const kindArb: fc.Arbitrary<GroupKind> = fc.constantFrom("intervenants", "destinataires", "administrateurs", "autre");

/** Groups with distinct ids and 0..maxResponses responses each. */
export function groupsArb(options: { maxGroups: number; maxResponses: number }): fc.Arbitrary<GroupInput[]> {
  const groupArb = fc.record({
    kind: kindArb,
    responses: fc.array(fc.record({ current: positionArb, desired: positionArb }), {
      maxLength: options.maxResponses,
    }),
    agreed: fc.option(fc.record({ current: positionArb, desired: positionArb }), { nil: undefined }),
  });
  return fc.array(groupArb, { minLength: 1, maxLength: options.maxGroups }).map((groups) =>
    groups.map((group, g) => {
      const input: GroupInput = {
        id: `g${g}`,
        kind: group.kind,
        label: `Group ${g}`,
        responses: group.responses.map((response, r) => ({ participantId: `p${g}-${r}`, ...response })),
      };
      if (group.agreed !== undefined) input.agreed = group.agreed;
      return input;
    }),
  );
}
