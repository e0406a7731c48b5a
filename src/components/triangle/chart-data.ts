/**
 * The figures behind the chart, computed once and used both for drawing and
 * for the text alternative, so the table always says what the drawing shows.
 */
import { distance } from "@/domain/synthesis";
import type { Position } from "@/domain/mandates";
import { fromPerMille, perMilleToPercentages, toPerMille, type Percentages, type PerMille } from "@/domain/position";
import { seriesStyle, type SeriesStyle } from "./series-style";
import type { TriangleSeries } from "./types";

export interface PositionFigure {
  /** The position as stored (per-mille), which is what is drawn. */
  drawn: Position;
  perMille: PerMille;
  /** Whole percentages of the stored value; they sum to exactly 100. */
  percentages: Percentages;
}

export interface SeriesFigures {
  id: string;
  label: string;
  style: SeriesStyle;
  current: PositionFigure | null;
  desired: PositionFigure | null;
  /**
   * `distance(current, desired)` on the positions as given, so it equals the
   * gap the synthesis reports for the same group.
   */
  gap: number | null;
  points: readonly { current?: Position; desired?: Position }[];
}

function figure(position: Position | null | undefined): PositionFigure | null {
  if (position === null || position === undefined) return null;
  const perMille = toPerMille(position);
  return { drawn: fromPerMille(perMille), perMille, percentages: perMilleToPercentages(perMille) };
}

/**
 * Figures of every series, styles assigned by each series' styleIndex, else by position in the list.
 *
 * @throws RangeError when a position is invalid (a programming error upstream).
 */
export function seriesFigures(series: readonly TriangleSeries[]): SeriesFigures[] {
  return series.map((item, index) => {
    const current = figure(item.current);
    const desired = figure(item.desired);
    return {
      id: item.id,
      label: item.label,
      style: seriesStyle(item.styleIndex ?? index),
      current,
      desired,
      gap:
        item.current !== null && item.current !== undefined && item.desired !== null && item.desired !== undefined
          ? distance(item.current, item.desired)
          : null,
      points: item.points ?? [],
    };
  });
}
