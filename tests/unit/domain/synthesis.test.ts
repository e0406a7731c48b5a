import { describe, expect, it } from "vitest";
import {
  computeSynthesis,
  DEFAULT_SYNTHESIS_OPTIONS,
  distance,
  type GroupInput,
  type GroupKind,
  type Position,
} from "@/domain/synthesis";

const E: Position = { expertise: 1, representation: 0, participation: 0 };
const R: Position = { expertise: 0, representation: 1, participation: 0 };
const P: Position = { expertise: 0, representation: 0, participation: 1 };
const CENTER: Position = { expertise: 1 / 3, representation: 1 / 3, participation: 1 / 3 };

function pos(expertise: number, representation: number, participation: number): Position {
  return { expertise, representation, participation };
}

/** A group whose every response is the same pair of positions. */
function uniformGroup(
  id: string,
  size: number,
  current: Position,
  desired: Position,
  kind: GroupKind = "autre",
): GroupInput {
  return {
    id,
    kind,
    label: `Label ${id}`,
    responses: Array.from({ length: size }, (_, i) => ({ participantId: `${id}-p${i}`, current, desired })),
  };
}

function expectPositionClose(actual: Position | null | undefined, expected: Position): void {
  expect(actual).not.toBeNull();
  expect(actual?.expertise).toBeCloseTo(expected.expertise, 12);
  expect(actual?.representation).toBeCloseTo(expected.representation, 12);
  expect(actual?.participation).toBeCloseTo(expected.participation, 12);
}

describe("distance", () => {
  it("is 1 between any two corners", () => {
    expect(distance(E, R)).toBe(1);
    expect(distance(R, P)).toBe(1);
    expect(distance(P, E)).toBe(1);
  });

  it("is 0 for the same point", () => {
    expect(distance(CENTER, CENTER)).toBe(0);
    expect(distance(E, E)).toBe(0);
  });

  it("follows sqrt(sum of squared differences / 2)", () => {
    // (0, 0.5, -0.5): sqrt((0 + 0.25 + 0.25) / 2) = 0.5
    expect(distance(pos(0.5, 0.5, 0), pos(0.5, 0, 0.5))).toBeCloseTo(0.5, 15);
    // corner to centre: sqrt(((2/3)² + (1/3)² + (1/3)²) / 2) = sqrt(1/3)
    expect(distance(E, CENTER)).toBeCloseTo(Math.sqrt(1 / 3), 15);
    // (0.2, -0.2, 0): sqrt(0.08 / 2) = 0.2
    expect(distance(pos(0.8, 0.2, 0), E)).toBeCloseTo(0.2, 15);
  });

  it("throws a RangeError for an invalid position", () => {
    expect(() => distance(pos(-0.1, 0.6, 0.5), E)).toThrow(RangeError);
    expect(() => distance(E, pos(0.5, 0.5, 0.5))).toThrow(RangeError);
    expect(() => distance(E, pos(Number.NaN, 0.5, 0.5))).toThrow(RangeError);
  });
});

describe("computeSynthesis: defaults", () => {
  it("uses the contract's default thresholds", () => {
    expect(DEFAULT_SYNTHESIS_OPTIONS).toEqual({
      minGroupSize: 3,
      convergenceMax: 0.15,
      divergenceMin: 0.3,
      consolidateMax: 0.1,
    });
  });

  it("returns empty results for no groups", () => {
    expect(computeSynthesis([])).toEqual({
      groups: [],
      pairs: [],
      overall: { current: null, desired: null, gap: null, orientation: null },
    });
  });
});

describe("computeSynthesis: per group", () => {
  const corners: GroupInput = {
    id: "int",
    kind: "intervenants",
    label: "Intervenant.e.s",
    responses: [
      { participantId: "a", current: E, desired: E },
      { participantId: "b", current: R, desired: E },
      { participantId: "c", current: P, desired: E },
    ],
  };

  it("computes n, centroid, dispersion, gap and orientation", () => {
    const [group] = computeSynthesis([corners]).groups;
    expect(group).toMatchObject({ id: "int", kind: "intervenants", label: "Intervenant.e.s", n: 3, reportable: true });
    expectPositionClose(group?.centroid?.current, CENTER);
    expectPositionClose(group?.centroid?.desired, E);
    expectPositionClose(group?.current, CENTER);
    expectPositionClose(group?.desired, E);
    // Each corner is sqrt(1/3) from the centre; every desired position is the centroid.
    expect(group?.dispersion?.current).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(group?.dispersion?.desired).toBe(0);
    expect(group?.gap).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(group?.orientation).toBe("changer-de-cap");
  });

  it("means responses component-wise", () => {
    const group: GroupInput = {
      id: "g",
      kind: "destinataires",
      label: "Destinataires",
      responses: [
        { participantId: "a", current: pos(0.5, 0.5, 0), desired: pos(0, 0.5, 0.5) },
        { participantId: "b", current: pos(0.25, 0.25, 0.5), desired: pos(0, 0.25, 0.75) },
        { participantId: "c", current: pos(0.75, 0, 0.25), desired: pos(0, 0, 1) },
      ],
    };
    const [result] = computeSynthesis([group]).groups;
    expectPositionClose(result?.centroid?.current, pos(0.5, 0.25, 0.25));
    expectPositionClose(result?.centroid?.desired, pos(0, 0.25, 0.75));
    // (0.5, 0, -0.5) apart: sqrt((0.25 + 0 + 0.25) / 2) = 0.5
    expect(result?.gap).toBeCloseTo(0.5, 12);
  });

  it("says « consolider » when the gap is at most consolidateMax (inclusive)", () => {
    // (0, 0.25, -0.25) apart: sqrt(0.125 / 2) = 0.25
    const group = uniformGroup("g", 3, pos(0.5, 0.5, 0), pos(0.5, 0.25, 0.25));
    expect(computeSynthesis([group], { consolidateMax: 0.25 }).groups[0]?.orientation).toBe("consolider");
    expect(computeSynthesis([group], { consolidateMax: 0.24 }).groups[0]?.orientation).toBe("changer-de-cap");
    // Default 0.10: a gap of 0.05 consolidates.
    const small = uniformGroup("s", 3, pos(0.5, 0.5, 0), pos(0.5, 0.45, 0.05));
    expect(computeSynthesis([small]).groups[0]?.orientation).toBe("consolider");
  });

  it("keeps groups in input order", () => {
    const ids = computeSynthesis([
      uniformGroup("z", 3, E, E),
      uniformGroup("a", 1, E, E),
      uniformGroup("m", 4, E, E),
    ]).groups.map((group) => group.id);
    expect(ids).toEqual(["z", "a", "m"]);
  });
});

describe("computeSynthesis: groups under the minimum size", () => {
  const unreported = {
    reportable: false,
    centroid: null,
    current: null,
    desired: null,
    dispersion: null,
    gap: null,
    orientation: null,
  };

  it("reports nothing for an empty group", () => {
    const [group] = computeSynthesis([{ id: "e", kind: "autre", label: "Vide", responses: [] }]).groups;
    expect(group).toEqual({ id: "e", kind: "autre", label: "Vide", n: 0, ...unreported });
  });

  it("reports nothing for a group of 2 with the default minimum of 3", () => {
    const [group] = computeSynthesis([uniformGroup("two", 2, E, R)]).groups;
    expect(group).toMatchObject({ n: 2, ...unreported });
  });

  it("reports a group of exactly the minimum size", () => {
    expect(computeSynthesis([uniformGroup("three", 3, E, R)]).groups[0]?.reportable).toBe(true);
    expect(computeSynthesis([uniformGroup("two", 2, E, R)], { minGroupSize: 2 }).groups[0]?.reportable).toBe(true);
    expect(computeSynthesis([uniformGroup("four", 4, E, R)], { minGroupSize: 5 }).groups[0]?.reportable).toBe(false);
  });

  it("hides the agreed position of a group under the minimum too", () => {
    const group = { ...uniformGroup("two", 2, E, R), agreed: { current: P, desired: P } };
    expect(computeSynthesis([group]).groups[0]).toMatchObject({ n: 2, ...unreported });
  });

  it("leaves unreported groups out of pairs and overall", () => {
    const result = computeSynthesis([uniformGroup("a", 3, E, E), uniformGroup("b", 2, R, R)]);
    expect(result.pairs).toEqual([]);
    expectPositionClose(result.overall.current, E);
  });

  it("gives null overall figures when no group is reportable", () => {
    const result = computeSynthesis([uniformGroup("a", 2, E, E), uniformGroup("b", 0, E, E)]);
    expect(result.overall).toEqual({ current: null, desired: null, gap: null, orientation: null });
    expect(result.pairs).toEqual([]);
  });
});

describe("computeSynthesis: agreed positions", () => {
  const group: GroupInput = {
    ...uniformGroup("g", 3, E, E),
    responses: [
      { participantId: "a", current: E, desired: R },
      { participantId: "b", current: E, desired: R },
      { participantId: "c", current: R, desired: R },
    ],
    agreed: { current: pos(0.5, 0.5, 0), desired: P },
  };

  it("uses the agreed position for current, desired and gap, and keeps the centroid", () => {
    const [result] = computeSynthesis([group]).groups;
    expect(result?.current).toEqual(pos(0.5, 0.5, 0));
    expect(result?.desired).toEqual(P);
    expectPositionClose(result?.centroid?.current, pos(2 / 3, 1 / 3, 0));
    expectPositionClose(result?.centroid?.desired, R);
    // (0.5, 0.5, -1) apart: sqrt((0.25 + 0.25 + 1) / 2) = sqrt(0.75)
    expect(result?.gap).toBeCloseTo(Math.sqrt(0.75), 12);
    expect(result?.orientation).toBe("changer-de-cap");
  });

  it("measures dispersion around the centroid, not the agreed position", () => {
    const [result] = computeSynthesis([group]).groups;
    // Current: two responses at E, one at R; centroid (2/3, 1/3, 0).
    // E is sqrt(((1/3)² + (1/3)²) / 2) = 1/3 away, R is sqrt(((2/3)² + (2/3)²) / 2) = 2/3 away.
    expect(result?.dispersion?.current).toBeCloseTo((1 / 3 + 1 / 3 + 2 / 3) / 3, 12);
    expect(result?.dispersion?.desired).toBe(0);
  });

  it("uses agreed positions in pairs and overall", () => {
    const other = uniformGroup("o", 3, P, P);
    const result = computeSynthesis([group, other]);
    // (0.5, 0.5, -1) apart, as above.
    expect(result.pairs[0]?.current.distance).toBeCloseTo(Math.sqrt(0.75), 12);
    expect(result.pairs[0]?.desired.distance).toBe(0);
    expectPositionClose(result.overall.current, pos(0.25, 0.25, 0.5));
    expectPositionClose(result.overall.desired, P);
  });
});

describe("computeSynthesis: pairs", () => {
  it("gives one pair per two reportable groups, a before b in input order", () => {
    const result = computeSynthesis([
      uniformGroup("A", 3, E, E),
      uniformGroup("B", 1, E, E),
      uniformGroup("C", 3, R, R),
      uniformGroup("D", 3, P, P),
    ]);
    expect(result.pairs.map((pair) => [pair.a, pair.b])).toEqual([
      ["A", "C"],
      ["A", "D"],
      ["C", "D"],
    ]);
  });

  it("has no pairs with one group only, and overall equals that group", () => {
    const result = computeSynthesis([uniformGroup("solo", 5, pos(0.5, 0.5, 0), R)]);
    expect(result.pairs).toEqual([]);
    expectPositionClose(result.overall.current, pos(0.5, 0.5, 0));
    expectPositionClose(result.overall.desired, R);
    // (0.5, -0.5, 0) apart: sqrt(0.5 / 2) = 0.5
    expect(result.overall.gap).toBeCloseTo(0.5, 12);
    expect(result.overall.orientation).toBe("changer-de-cap");
  });

  it("classifies convergence, nuance and divergence with the default thresholds", () => {
    const result = computeSynthesis([
      uniformGroup("ref", 3, E, E),
      // 0.1 from E: convergence (<= 0.15)
      uniformGroup("near", 3, pos(0.9, 0.1, 0), pos(0.9, 0.1, 0)),
      // 0.2 from E: nuance
      uniformGroup("mid", 3, pos(0.8, 0.2, 0), pos(0.8, 0.2, 0)),
      // 1 from E: divergence (>= 0.30)
      uniformGroup("far", 3, R, P),
    ]);
    const verdict = (b: string): unknown =>
      result.pairs.find((pair) => pair.a === "ref" && pair.b === b)?.current.verdict;
    expect(verdict("near")).toBe("convergence");
    expect(verdict("mid")).toBe("nuance");
    expect(verdict("far")).toBe("divergence");
    const far = result.pairs.find((pair) => pair.b === "far" && pair.a === "ref");
    expect(far?.current.distance).toBe(1);
    expect(far?.desired).toEqual({ distance: 1, verdict: "divergence" });
  });

  it("treats both thresholds as inclusive", () => {
    // 0.25 apart (see the orientation test).
    const groups = [uniformGroup("a", 3, pos(0.5, 0.5, 0), E), uniformGroup("b", 3, pos(0.5, 0.25, 0.25), E)];
    expect(computeSynthesis(groups, { convergenceMax: 0.25 }).pairs[0]?.current.verdict).toBe("convergence");
    expect(computeSynthesis(groups, { divergenceMin: 0.25 }).pairs[0]?.current.verdict).toBe("divergence");
    expect(computeSynthesis(groups).pairs[0]?.current.verdict).toBe("nuance");
  });
});

describe("computeSynthesis: overall", () => {
  it("weighs each reportable group the same, whatever its size", () => {
    const result = computeSynthesis([uniformGroup("small", 3, E, E), uniformGroup("big", 30, R, P)]);
    expectPositionClose(result.overall.current, pos(0.5, 0.5, 0));
    expectPositionClose(result.overall.desired, pos(0.5, 0, 0.5));
    // (0, 0.5, -0.5) apart: 0.5
    expect(result.overall.gap).toBeCloseTo(0.5, 12);
  });

  it("consolidates when the overall gap is small", () => {
    const result = computeSynthesis([uniformGroup("a", 3, CENTER, CENTER)]);
    expect(result.overall.gap).toBe(0);
    expect(result.overall.orientation).toBe("consolider");
  });
});

describe("computeSynthesis: invalid input", () => {
  function withResponse(current: Position, desired: Position = E): GroupInput[] {
    return [
      {
        id: "grp-7",
        kind: "destinataires",
        label: "Destinataires du jeudi",
        responses: [
          { participantId: "ok-1", current: E, desired: E },
          { participantId: "part-42", current, desired },
        ],
      },
    ];
  }

  function expectRangeError(run: () => unknown, ...fragments: string[]): void {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    for (const fragment of fragments) {
      expect((caught as Error).message).toContain(fragment);
    }
  }

  it("rejects a negative weight, naming the group and participant", () => {
    expectRangeError(
      () => computeSynthesis(withResponse(pos(-0.2, 0.6, 0.6))),
      "grp-7",
      "Destinataires du jeudi",
      "part-42",
      "negative",
    );
  });

  it("rejects weights that do not sum to 1 (beyond ±1e-6)", () => {
    expectRangeError(() => computeSynthesis(withResponse(pos(0.5, 0.5, 0.5))), "grp-7", "part-42");
    expectRangeError(() => computeSynthesis(withResponse(pos(0.3, 0.3, 0.3))), "part-42");
    expectRangeError(() => computeSynthesis(withResponse(pos(0.5, 0.5, 2e-6))), "part-42");
    // Within the tolerance: accepted.
    expect(() => computeSynthesis(withResponse(pos(0.5, 0.5, 5e-7)))).not.toThrow();
    expect(() => computeSynthesis(withResponse(pos(0.5, 0.5 - 5e-7, 0)))).not.toThrow();
  });

  it("rejects non-finite numbers", () => {
    expectRangeError(() => computeSynthesis(withResponse(pos(Number.NaN, 0.5, 0.5))), "part-42");
    expectRangeError(() => computeSynthesis(withResponse(pos(Number.POSITIVE_INFINITY, 0, 0))), "part-42");
    expectRangeError(
      () => computeSynthesis(withResponse(E, pos(0, Number.NEGATIVE_INFINITY, 1))),
      "part-42",
      "desired",
    );
  });

  it("rejects a missing weight", () => {
    const broken = { expertise: 0.5, representation: 0.5 } as unknown as Position;
    expectRangeError(() => computeSynthesis(withResponse(broken)), "part-42", "participation");
  });

  it("rejects two groups with the same id", () => {
    expectRangeError(
      () =>
        computeSynthesis([uniformGroup("same", 3, E, E), { ...uniformGroup("same", 3, R, R), label: "Autre libellé" }]),
      "same",
      "Label same",
      "Autre libellé",
    );
  });

  it("rejects an invalid agreed position, naming the group", () => {
    const group = { ...uniformGroup("ag", 3, E, E), agreed: { current: E, desired: pos(0.7, 0.7, 0) } };
    expectRangeError(() => computeSynthesis([group]), "ag", "Label ag", "agreed");
  });

  it("validates groups that are not reportable as well", () => {
    expectRangeError(() => computeSynthesis([uniformGroup("tiny", 1, pos(1, 1, -1), E)]), "tiny", "tiny-p0");
  });

  it("rejects invalid options", () => {
    const groups = [uniformGroup("a", 3, E, E)];
    expectRangeError(() => computeSynthesis(groups, { minGroupSize: 0 }), "minGroupSize");
    expectRangeError(() => computeSynthesis(groups, { minGroupSize: 2.5 }), "minGroupSize");
    expectRangeError(() => computeSynthesis(groups, { convergenceMax: Number.NaN }), "convergenceMax");
    expectRangeError(() => computeSynthesis(groups, { divergenceMin: -0.1 }), "divergenceMin");
    expectRangeError(() => computeSynthesis(groups, { consolidateMax: Number.POSITIVE_INFINITY }), "consolidateMax");
  });
});

describe("computeSynthesis: purity", () => {
  it("does not modify its input and returns positions the caller may change", () => {
    const agreed = { current: pos(0.5, 0.5, 0), desired: P };
    const group = { ...uniformGroup("g", 3, E, R), agreed };
    const snapshot = structuredClone(group);
    const result = computeSynthesis([group]);
    expect(group).toEqual(snapshot);
    if (result.groups[0]?.current) result.groups[0].current.expertise = 0.9;
    expect(agreed.current.expertise).toBe(0.5);
  });
});
