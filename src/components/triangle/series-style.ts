/**
 * How each series is told apart: colour, marker shape and dash pattern all
 * change together, so any one cue is enough (colour for most readers, shape
 * and dashes in black and white or for colour-blind readers).
 */
import { MARKER_SHAPES, type MarkerShape } from "./marker-shapes";
import { SERIES_COLORS } from "./palette";

/** Dash patterns in multiples of the line width; "" is a solid line. */
const DASH_PATTERNS: readonly (readonly number[])[] = [
  [],
  [5, 2.5],
  [1.5, 2],
  [7, 2.5, 1.5, 2.5],
  [3, 3],
  [9, 2.5, 1.5, 2.5, 1.5, 2.5],
  [1, 3.5],
  [11, 4],
];

export interface SeriesStyle {
  color: string;
  shape: MarkerShape;
  /** Dash pattern in multiples of the line width (empty: solid). */
  dash: readonly number[];
}

/**
 * The style of the series at `index`. Eight series get eight distinct
 * combinations; beyond that the styles repeat (a chart with more than eight
 * groups needs the table anyway).
 */
export function seriesStyle(index: number): SeriesStyle {
  const at = <T>(list: readonly T[]): T => list[index % list.length] as T;
  return { color: at(SERIES_COLORS), shape: at(MARKER_SHAPES), dash: at(DASH_PATTERNS) };
}

/** An SVG `stroke-dasharray` for a line of the given width, or undefined when solid. */
export function dashArray(dash: readonly number[], lineWidth: number): string | undefined {
  if (dash.length === 0) return undefined;
  return dash.map((step) => Math.round(step * lineWidth * 100) / 100).join(" ");
}
