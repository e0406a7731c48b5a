import type { Mandate, Position } from "@/domain/mandates";

/** A chart size: a preset, or a width in CSS pixels. */
export type TriangleChartSize = "compact" | "normal" | "projection" | number;

/** One group (or any named set of positions) drawn on the chart. */
export interface TriangleSeries {
  id: string;
  label: string;
  /** `null` when the group is not reported (fewer responses than the minimum). */
  current?: Position | null;
  desired?: Position | null;
  /**
   * Which colour, marker and dash this series takes (seriesStyle). A group's
   * is its rank among all the démarche's groups (groupStyleIndex), so it
   * keeps the same look on every chart whatever else is drawn; defaults to
   * the position in the list.
   */
  styleIndex?: number;
  /** Optional anonymous cloud of individual positions, drawn small and light. */
  points?: readonly { current?: Position; desired?: Position }[];
}

/**
 * Every visible string of the chart. Callers pass them from
 * messages/<locale>/chart.json (same key names), so the component has no
 * translation dependency and renders in server components and PDFs alike.
 */
export interface TriangleChartLabels {
  /** BCP 47 tag of the numbers when no `locale` prop is given (the "chart.locale" message). */
  locale?: string;
  /** Names written at the corners. */
  mandates: Record<Mandate, string>;
  /** Shorter names for table headers; defaults to `mandates`. */
  mandatesShort?: Record<Mandate, string>;
  /** Accessible name of the drawing when no `title` prop is given. */
  title: string;
  /** Read by screen readers with the drawing: what is where. */
  description: string;
  current: string;
  desired: string;
  gap: string;
  /** Optional note explaining the gap's scale, shown with the table caption. */
  gapNote?: string;
  /** Header of the table's first column. */
  group: string;
  legend: string;
  individualPositions: string;
  /** Shown instead of a figure for a group that is not reported. */
  notAvailable: string;
  tableCaption: string;
}
