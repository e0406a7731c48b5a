/**
 * Where everything goes in the chart's drawing: the triangle, its grid and
 * the corner labels (wrapped to fit). Pure, so a PDF chart can reuse it.
 */
import type { Mandate } from "@/domain/mandates";
import {
  cornerLabelAnchors,
  gridLines,
  gridMarks,
  type GridMark,
  triangleLayout,
  type CornerLabelAnchor,
  type GridLine,
  type TriangleLayout,
} from "@/domain/triangle-geometry";
import type { ChartMetrics } from "./chart-metrics";
import { charsThatFit, wrapLabel } from "./label-lines";

export interface CornerLabel extends CornerLabelAnchor {
  lines: string[];
  /** Baseline of each line, top to bottom. */
  baselines: number[];
}

export interface ChartLayout {
  triangle: TriangleLayout;
  grid: GridLine[];
  /** « 20 % », « 40 % »… on the grid lines (light). */
  gridMarks: GridMark[];
  cornerLabels: CornerLabel[];
}

/** Ascent of a line of text as a share of the font size (baseline to top). */
const ASCENT = 0.8;

export function chartLayout(
  metrics: ChartMetrics,
  mandateNames: Record<Mandate, string>,
  gridDivisions: number,
): ChartLayout {
  // Room on the sides for a marker (with its outline) sitting on a corner.
  const side = metrics.markerRadius * 1.5 + metrics.markerStroke + 2;
  const triangleSide = metrics.width - 2 * side;
  // A bottom label may use half the base; the top label the whole width.
  const bottomChars = charsThatFit(triangleSide / 2 - metrics.fontSize, metrics.fontSize);
  const topChars = charsThatFit(metrics.width - 2 * metrics.fontSize, metrics.fontSize);

  // Placeholder layout to learn which mandate sits where; the padding only
  // moves the corners, not their slots.
  const slots = triangleLayout(metrics.width, { left: side, right: side }).slots;
  const lines = {} as Record<Mandate, string[]>;
  let topLines = 0;
  let bottomLines = 0;
  for (const mandate of Object.keys(slots) as Mandate[]) {
    const isTop = slots[mandate] === "top";
    lines[mandate] = wrapLabel(mandateNames[mandate], isTop ? topChars : bottomChars);
    if (isTop) topLines = Math.max(topLines, lines[mandate].length);
    else bottomLines = Math.max(bottomLines, lines[mandate].length);
  }

  const blockHeight = (count: number): number =>
    count === 0 ? 0 : metrics.fontSize * ASCENT + (count - 1) * metrics.lineHeight + metrics.fontSize * 0.3;
  const triangle = triangleLayout(metrics.width, {
    left: side,
    right: side,
    top: metrics.labelGap + blockHeight(topLines) + 2,
    bottom: metrics.labelGap + blockHeight(bottomLines) + 2,
  });

  const cornerLabels = cornerLabelAnchors(triangle, metrics.labelGap).map((anchor) => {
    const own = lines[anchor.mandate];
    const first =
      anchor.side === "above" ? anchor.y - (own.length - 1) * metrics.lineHeight : anchor.y + metrics.fontSize * ASCENT;
    return { ...anchor, lines: own, baselines: own.map((_, i) => first + i * metrics.lineHeight) };
  });

  const grid = gridDivisions > 1 ? gridLines(triangle, gridDivisions) : [];
  return {
    triangle,
    grid,
    gridMarks: gridMarks(grid, metrics.markFontSize * 1.6),
    cornerLabels,
  };
}
