/**
 * Sizes of text, markers and lines for each chart size. Everything is in the
 * SVG's own units; the SVG scales down to its container, so a chart made for
 * projection keeps proportions meant to be read from the back of a room.
 */
import type { TriangleChartSize } from "./types";

export interface ChartMetrics {
  width: number;
  fontSize: number;
  /** The grid's percentage marks. */
  markFontSize: number;
  lineHeight: number;
  /** Radius of a group's markers. */
  markerRadius: number;
  /** Radius of an individual position in the cloud. */
  pointRadius: number;
  /** Stroke of hollow markers. */
  markerStroke: number;
  arrowWidth: number;
  headLength: number;
  headWidth: number;
  edgeWidth: number;
  gridWidth: number;
  /** Space between a corner and its label. */
  labelGap: number;
  /** Font size class of the HTML legend and table (Tailwind). */
  textClass: string;
}

const PRESET_WIDTHS = { compact: 320, normal: 560, projection: 960 } as const;

export function chartMetrics(size: TriangleChartSize): ChartMetrics {
  const width = typeof size === "number" ? size : PRESET_WIDTHS[size];
  if (!Number.isFinite(width) || width < 160) {
    throw new RangeError(`TriangleChart: width must be at least 160, got ${width}`);
  }
  // Projection boosts text and strokes: the room is far from the screen.
  const boost = size === "projection" ? 1.3 : 1;
  // Small charts keep a floor, or text would shrink below legibility.
  const unit = Math.max(width / 560, 0.7) * boost;
  const fontSize = round(15 * unit);
  const markerRadius = round(7.5 * unit);
  const arrowWidth = round(2 * unit);
  return {
    width,
    fontSize,
    markFontSize: round(fontSize * 0.62),
    lineHeight: round(fontSize * 1.2),
    markerRadius,
    pointRadius: round(markerRadius * 0.4),
    markerStroke: round(2.25 * unit),
    arrowWidth,
    headLength: round(arrowWidth * 4.5),
    headWidth: round(arrowWidth * 4),
    edgeWidth: round(1.75 * unit),
    gridWidth: round(0.75 * unit),
    labelGap: round(markerRadius + 6 * unit),
    textClass: size === "projection" ? "text-2xl" : size === "compact" ? "text-xs" : "text-sm",
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
