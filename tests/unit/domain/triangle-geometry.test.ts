import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Position } from "@/domain/mandates";
import { fromPerMille, toPerMille } from "@/domain/position";
import { distance } from "@/domain/synthesis";
import {
  arrowBetween,
  CORNER_ASSIGNMENT,
  cornerLabelAnchors,
  gridLines,
  pointToPosition,
  positionToPoint,
  triangleLayout,
} from "@/domain/triangle-geometry";
import { perMilleArb, positionArb } from "./arbitraries";

const H = 50 * Math.sqrt(3); // height of an equilateral triangle of side 100
const layout = triangleLayout(100);

function expectPosition(actual: Position, expected: Position, digits = 9): void {
  expect(actual.expertise).toBeCloseTo(expected.expertise, digits);
  expect(actual.representation).toBeCloseTo(expected.representation, digits);
  expect(actual.participation).toBeCloseTo(expected.participation, digits);
}

describe("triangleLayout", () => {
  it("puts expertise at the top, representation bottom-left, participation bottom-right", () => {
    expect(CORNER_ASSIGNMENT).toEqual({ top: "expertise", bottomLeft: "representation", bottomRight: "participation" });
    expect(layout.corners.expertise).toEqual({ x: 50, y: 0 });
    expect(layout.corners.representation).toEqual({ x: 0, y: H });
    expect(layout.corners.participation).toEqual({ x: 100, y: H });
    expect(layout.height).toBe(H);
    expect(layout.side).toBe(100);
  });

  it("leaves the padding around an equilateral triangle", () => {
    const padded = triangleLayout(140, { top: 30, right: 20, bottom: 40, left: 20 });
    expect(padded.side).toBe(100);
    expect(padded.corners.expertise).toEqual({ x: 70, y: 30 });
    expect(padded.corners.representation).toEqual({ x: 20, y: 30 + H });
    expect(padded.height).toBeCloseTo(30 + H + 40, 12);
  });

  it("refuses a padding wider than the drawing", () => {
    expect(() => triangleLayout(100, 50)).toThrow(RangeError);
  });
});

describe("positionToPoint / pointToPosition", () => {
  it("draws the centre of gravity at the triangle's centroid", () => {
    const centre = positionToPoint({ expertise: 1 / 3, representation: 1 / 3, participation: 1 / 3 }, layout);
    expect(centre.x).toBeCloseTo(50, 12);
    expect(centre.y).toBeCloseTo((2 * H) / 3, 12);
  });

  it("reads the corners and edge midpoints back", () => {
    expectPosition(pointToPosition(50, 0, layout), { expertise: 1, representation: 0, participation: 0 });
    expectPosition(pointToPosition(100, H, layout), { expertise: 0, representation: 0, participation: 1 });
    expectPosition(pointToPosition(50, H, layout), { expertise: 0, representation: 0.5, participation: 0.5 });
    expectPosition(pointToPosition(25, H / 2, layout), { expertise: 0.5, representation: 0.5, participation: 0 });
  });

  it("projects a click below the base straight up, not towards the top corner", () => {
    // Nearest point of (20, H + 30) is (20, H) on the base: 20 % of the way to participation.
    // Clipping the negative expertise weight and renormalising would give ≈ (0, 0.72, 0.28).
    expectPosition(pointToPosition(20, H + 30, layout), { expertise: 0, representation: 0.8, participation: 0.2 });
  });

  it("projects a click outside a side edge perpendicularly onto it", () => {
    // 10 units out from the left edge's midpoint, along its outward normal (-√3/2, -1/2).
    const x = 25 - 10 * (Math.sqrt(3) / 2);
    const y = H / 2 - 10 * 0.5;
    expectPosition(pointToPosition(x, y, layout), { expertise: 0.5, representation: 0.5, participation: 0 });
  });

  it("snaps a click beyond a corner to that corner", () => {
    expect(pointToPosition(-40, H + 40, layout)).toEqual({ expertise: 0, representation: 1, participation: 0 });
    expect(pointToPosition(50, -30, layout)).toEqual({ expertise: 1, representation: 0, participation: 0 });
  });

  it("round-trips positions through the drawing", () => {
    fc.assert(
      fc.property(positionArb, (position) => {
        const point = positionToPoint(position, layout);
        expectPosition(pointToPosition(point.x, point.y, layout), position);
      }),
    );
  });

  it("gives back the stored per-mille of a drawn stored position", () => {
    fc.assert(
      fc.property(perMilleArb, (pm) => {
        const point = positionToPoint(fromPerMille(pm), layout);
        expect(toPerMille(pointToPosition(point.x, point.y, layout))).toEqual(pm);
      }),
    );
  });

  it("returns the nearest point of the triangle for any click", () => {
    const coordinate = fc.double({ min: -100, max: 200, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, positionArb, (x, y, other) => {
        const chosen = pointToPosition(x, y, layout);
        const sum = chosen.expertise + chosen.representation + chosen.participation;
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        expect(Math.min(chosen.expertise, chosen.representation, chosen.participation)).toBeGreaterThanOrEqual(0);
        const at = positionToPoint(chosen, layout);
        const candidate = positionToPoint(other, layout);
        expect(Math.hypot(at.x - x, at.y - y)).toBeLessThanOrEqual(Math.hypot(candidate.x - x, candidate.y - y) + 1e-9);
      }),
    );
  });

  it("draws distances faithfully: drawn length / side = distance", () => {
    const wide = triangleLayout(640, 20);
    fc.assert(
      fc.property(positionArb, positionArb, (a, b) => {
        const p = positionToPoint(a, wide);
        const q = positionToPoint(b, wide);
        expect(Math.hypot(p.x - q.x, p.y - q.y) / wide.side).toBeCloseTo(distance(a, b), 9);
      }),
    );
  });
});

describe("arrowBetween", () => {
  const options = { startGap: 10, endGap: 10, headLength: 8, headWidth: 6 };

  it("stops short of both markers and ends in a head", () => {
    const arrow = arrowBetween({ x: 0, y: 0 }, { x: 100, y: 0 }, options);
    expect(arrow?.shaft).toEqual({ x1: 10, y1: 0, x2: 82, y2: 0 });
    expect(arrow?.head[0]).toEqual({ x: 90, y: 0 });
    expect(arrow?.head.slice(1).map((p) => [p.x, Math.abs(p.y)])).toEqual([
      [82, 3],
      [82, 3],
    ]);
  });

  it("follows the direction of the points", () => {
    const arrow = arrowBetween({ x: 0, y: 100 }, { x: 0, y: 0 }, options);
    expect(arrow?.shaft).toEqual({ x1: 0, y1: 90, x2: 0, y2: 18 });
    expect(arrow?.head[0]).toEqual({ x: 0, y: 10 });
  });

  it("gives no arrow when the points are too close", () => {
    expect(arrowBetween({ x: 0, y: 0 }, { x: 28, y: 0 }, options)).toBeNull();
    expect(arrowBetween({ x: 5, y: 5 }, { x: 5, y: 5 }, options)).toBeNull();
  });
});

describe("gridLines", () => {
  it("draws divisions - 1 lines per mandate, each at a constant weight", () => {
    const lines = gridLines(layout, 5);
    expect(lines).toHaveLength(12);
    for (const line of lines) {
      for (const end of [line.from, line.to]) {
        expect(pointToPosition(end.x, end.y, layout)[line.mandate]).toBeCloseTo(line.value, 9);
      }
    }
    expect(lines.filter((line) => line.mandate === "expertise").map((line) => line.value)).toEqual([
      0.2, 0.4, 0.6, 0.8,
    ]);
  });

  it("rejects a non-integer number of divisions", () => {
    expect(() => gridLines(layout, 2.5)).toThrow(RangeError);
  });
});

describe("cornerLabelAnchors", () => {
  it("writes the top label above and centred, bottom labels below and aligned outwards", () => {
    const anchors = cornerLabelAnchors(layout, 8);
    expect(anchors).toEqual([
      { mandate: "expertise", corner: { x: 50, y: 0 }, x: 50, y: -8, align: "middle", side: "above" },
      { mandate: "representation", corner: { x: 0, y: H }, x: 0, y: H + 8, align: "start", side: "below" },
      { mandate: "participation", corner: { x: 100, y: H }, x: 100, y: H + 8, align: "end", side: "below" },
    ]);
  });
});
