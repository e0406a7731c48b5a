/**
 * Layout of the drawn triangle, shared by the web (SVG) chart, the PDF chart
 * and the "point in the triangle" input. Pure numbers, no drawing library, so
 * @react-pdf's own Svg primitives can use the same coordinates.
 *
 * Coordinates are SVG-like: x grows to the right, y grows downwards.
 *
 * The triangle is equilateral, which makes the drawing faithful to the
 * synthesis: the Euclidean distance between two drawn points divided by the
 * side length is exactly `distance()` from `synthesis.ts`.
 */
import { MANDATES, type Mandate, type Position } from "./mandates";

export interface Point {
  x: number;
  y: number;
}

export type CornerSlot = "top" | "bottomLeft" | "bottomRight";

/**
 * Which mandate sits at which corner. Change it here and every chart, input
 * and label follows (the chart's description text in messages/ names the
 * corners too).
 */
export const CORNER_ASSIGNMENT: Readonly<Record<CornerSlot, Mandate>> = Object.freeze({
  top: "expertise",
  bottomLeft: "representation",
  bottomRight: "participation",
});

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TriangleLayout {
  /** Size of the whole drawing, padding included. */
  width: number;
  height: number;
  /** Length of each side of the triangle. */
  side: number;
  corners: Readonly<Record<Mandate, Point>>;
  slots: Readonly<Record<Mandate, CornerSlot>>;
}

const SQRT3_OVER_2 = Math.sqrt(3) / 2;

/**
 * An equilateral triangle as wide as `width` minus the horizontal padding;
 * the height follows from the side. Padding leaves room for corner labels.
 *
 * @throws RangeError when the padding leaves no room for the triangle.
 */
export function triangleLayout(width: number, padding: number | Partial<Padding> = 0): TriangleLayout {
  const pad: Padding =
    typeof padding === "number"
      ? { top: padding, right: padding, bottom: padding, left: padding }
      : { top: 0, right: 0, bottom: 0, left: 0, ...padding };
  const side = width - pad.left - pad.right;
  if (!Number.isFinite(side) || side <= 0) {
    throw new RangeError(`triangleLayout(): no room for the triangle (width ${width})`);
  }
  const triangleHeight = side * SQRT3_OVER_2;
  const bySlot: Record<CornerSlot, Point> = {
    top: { x: pad.left + side / 2, y: pad.top },
    bottomLeft: { x: pad.left, y: pad.top + triangleHeight },
    bottomRight: { x: pad.left + side, y: pad.top + triangleHeight },
  };
  const corners = {} as Record<Mandate, Point>;
  const slots = {} as Record<Mandate, CornerSlot>;
  for (const slot of ["top", "bottomLeft", "bottomRight"] as const) {
    const mandate = CORNER_ASSIGNMENT[slot];
    corners[mandate] = bySlot[slot];
    slots[mandate] = slot;
  }
  return {
    width,
    height: pad.top + triangleHeight + pad.bottom,
    side,
    corners,
    slots,
  };
}

/** Where a position is drawn: the weighted mean of the corners. */
export function positionToPoint(position: Position, layout: TriangleLayout): Point {
  let x = 0;
  let y = 0;
  for (const mandate of MANDATES) {
    const corner = layout.corners[mandate];
    x += position[mandate] * corner.x;
    y += position[mandate] * corner.y;
  }
  return { x, y };
}

// Barycentric coordinates this far below 0 are rounding noise of a point on
// an edge (dimensionless, so independent of the drawing's size).
const INSIDE_TOLERANCE = 1e-9;

/**
 * The position of a drawn point (barycentric coordinates).
 *
 * A point outside the triangle (a click just past an edge) is moved to the
 * nearest point of the triangle, by orthogonal projection onto the closest
 * edge or corner. Clipping negative weights to 0 and renormalising would
 * instead pull the point towards the opposite corner, which is not where the
 * person pointed; because the triangle is equilateral, the nearest point on
 * screen is also the nearest position for `distance()`.
 */
export function pointToPosition(x: number, y: number, layout: TriangleLayout): Position {
  const [a, b, c] = MANDATES;
  const A = layout.corners[a];
  const B = layout.corners[b];
  const C = layout.corners[c];

  const v0x = B.x - A.x;
  const v0y = B.y - A.y;
  const v1x = C.x - A.x;
  const v1y = C.y - A.y;
  const v2x = x - A.x;
  const v2y = y - A.y;
  const d00 = v0x * v0x + v0y * v0y;
  const d01 = v0x * v1x + v0y * v1y;
  const d11 = v1x * v1x + v1y * v1y;
  const d20 = v2x * v0x + v2y * v0y;
  const d21 = v2x * v1x + v2y * v1y;
  const denominator = d00 * d11 - d01 * d01;
  const wB = (d11 * d20 - d01 * d21) / denominator;
  const wC = (d00 * d21 - d01 * d20) / denominator;
  const wA = 1 - wB - wC;

  if (wA >= -INSIDE_TOLERANCE && wB >= -INSIDE_TOLERANCE && wC >= -INSIDE_TOLERANCE) {
    return {
      [a]: Math.max(wA, 0),
      [b]: Math.max(wB, 0),
      [c]: Math.max(wC, 0),
    } as Position;
  }
  return nearestOnBoundary({ x, y }, layout);
}

/** The nearest point on the triangle's edges, as a position. */
function nearestOnBoundary(point: Point, layout: TriangleLayout): Position {
  let best: { squared: number; from: Mandate; to: Mandate; t: number } | null = null;
  for (let i = 0; i < MANDATES.length; i++) {
    const from = MANDATES[i] as Mandate;
    const to = MANDATES[(i + 1) % MANDATES.length] as Mandate;
    const P = layout.corners[from];
    const Q = layout.corners[to];
    const dx = Q.x - P.x;
    const dy = Q.y - P.y;
    const t = clamp(((point.x - P.x) * dx + (point.y - P.y) * dy) / (dx * dx + dy * dy), 0, 1);
    const ex = P.x + t * dx - point.x;
    const ey = P.y + t * dy - point.y;
    const squared = ex * ex + ey * ey;
    // Strict `<`: on an exact tie the first edge in mandate order wins.
    if (best === null || squared < best.squared) {
      best = { squared, from, to, t };
    }
  }
  const chosen = best as NonNullable<typeof best>;
  const position: Position = { expertise: 0, representation: 0, participation: 0 };
  position[chosen.from] = 1 - chosen.t;
  position[chosen.to] = chosen.t;
  return position;
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Arrow {
  /** The line, from just outside the start marker to the base of the head. */
  shaft: Segment;
  /** The head's triangle: tip, then the two base corners. */
  head: readonly [Point, Point, Point];
}

export interface ArrowOptions {
  /** Space left between the start point and the shaft (the start marker's radius). */
  startGap: number;
  /** Space left between the tip and the end point (the end marker's radius). */
  endGap: number;
  headLength: number;
  headWidth: number;
}

/**
 * An arrow from `from` to `to` that stops short of the markers drawn at both
 * ends, so the markers stay readable. Returns `null` when the points are too
 * close for a visible arrow: the overlapping markers and the data table then
 * tell the (small) gap.
 */
export function arrowBetween(from: Point, to: Point, options: ArrowOptions): Arrow | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (!(length > options.startGap + options.endGap + options.headLength)) {
    return null;
  }
  const ux = dx / length;
  const uy = dy / length;
  const tip = { x: to.x - ux * options.endGap, y: to.y - uy * options.endGap };
  const base = { x: tip.x - ux * options.headLength, y: tip.y - uy * options.headLength };
  const half = options.headWidth / 2;
  return {
    shaft: {
      x1: from.x + ux * options.startGap,
      y1: from.y + uy * options.startGap,
      x2: base.x,
      y2: base.y,
    },
    head: [tip, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }],
  };
}

export interface GridLine {
  mandate: Mandate;
  /** The weight of `mandate` all along the line, e.g. 0.2. */
  value: number;
  from: Point;
  to: Point;
}

/**
 * Lines of equal weight for each mandate, at 1/divisions, 2/divisions, ...
 * (e.g. 5 divisions: every 20 %), so a reader can estimate a position without
 * colour. Built from integer steps to avoid accumulating rounding errors.
 */
export function gridLines(layout: TriangleLayout, divisions: number): GridLine[] {
  if (!Number.isInteger(divisions) || divisions < 1) {
    throw new RangeError(`gridLines(): divisions must be a positive integer, got ${divisions}`);
  }
  const lines: GridLine[] = [];
  MANDATES.forEach((mandate, index) => {
    const next = MANDATES[(index + 1) % MANDATES.length] as Mandate;
    const other = MANDATES[(index + 2) % MANDATES.length] as Mandate;
    for (let step = 1; step < divisions; step++) {
      const value = step / divisions;
      const rest = (divisions - step) / divisions;
      const start: Position = { expertise: 0, representation: 0, participation: 0 };
      const end: Position = { expertise: 0, representation: 0, participation: 0 };
      start[mandate] = value;
      start[next] = rest;
      end[mandate] = value;
      end[other] = rest;
      lines.push({
        mandate,
        value,
        from: positionToPoint(start, layout),
        to: positionToPoint(end, layout),
      });
    }
  });
  return lines;
}

export interface GridMark {
  mandate: Mandate;
  /** The weight the mark reads, e.g. 0.2 for « 20 % ». */
  value: number;
  /** Where to write it: on the grid line, `inset` in from the edge it starts at. */
  at: Point;
}

/**
 * A light percentage mark on each grid line, near the edge it starts from,
 * so a reader can read a position off the chart without the table. The same
 * marks serve the web chart and the PDF.
 */
export function gridMarks(lines: readonly GridLine[], inset: number): GridMark[] {
  return lines.map((line) => {
    const dx = line.to.x - line.from.x;
    const dy = line.to.y - line.from.y;
    const length = Math.hypot(dx, dy) || 1;
    const t = Math.min(inset / length, 0.5);
    return { mandate: line.mandate, value: line.value, at: { x: line.from.x + dx * t, y: line.from.y + dy * t } };
  });
}

export interface CornerLabelAnchor {
  mandate: Mandate;
  /** The corner's vertex. */
  corner: Point;
  /** Where the label's block starts, `gap` away from the vertex. */
  x: number;
  y: number;
  /** Horizontal alignment of the label on `x`. */
  align: "start" | "middle" | "end";
  /** Whether the label's block sits above `y` (top corner) or below it. */
  side: "above" | "below";
}

/**
 * Where to write each mandate's name: above the top corner (centred), below
 * the bottom corners (aligned to the outside edge so long names stay inside
 * the drawing).
 */
export function cornerLabelAnchors(layout: TriangleLayout, gap: number): CornerLabelAnchor[] {
  return MANDATES.map((mandate) => {
    const corner = layout.corners[mandate];
    switch (layout.slots[mandate]) {
      case "top":
        return { mandate, corner, x: corner.x, y: corner.y - gap, align: "middle", side: "above" };
      case "bottomLeft":
        return { mandate, corner, x: corner.x, y: corner.y + gap, align: "start", side: "below" };
      case "bottomRight":
        return { mandate, corner, x: corner.x, y: corner.y + gap, align: "end", side: "below" };
    }
  });
}
