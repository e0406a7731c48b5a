/**
 * Number formats of the chart's text, in the reader's locale (fr-CA writes
 * « 40 % » and « 0,25 »).
 */
import type { Mandate } from "@/domain/mandates";
import { MANDATES } from "@/domain/mandates";
import type { Percentages } from "@/domain/position";

export const DEFAULT_CHART_LOCALE = "fr-CA";

export interface ChartFormatters {
  /** A whole percentage, e.g. 40 → « 40 % ». */
  percent(value: number): string;
  /** A gap on the 0..1 scale, two decimals, e.g. « 0,25 ». */
  gap(value: number): string;
}

export function chartFormatters(locale: string = DEFAULT_CHART_LOCALE): ChartFormatters {
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const gap = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    percent: (value) => percent.format(value / 100),
    gap: (value) => gap.format(value),
  };
}

/** « 50 % expertise, 30 % … » style list, in mandate order. */
export function describePercentages(
  percentages: Percentages,
  names: Record<Mandate, string>,
  formatters: ChartFormatters,
): string {
  return MANDATES.map((mandate) => `${names[mandate]} ${formatters.percent(percentages[mandate])}`).join(", ");
}
