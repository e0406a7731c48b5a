/**
 * The text alternative of the triangle chart: per series, the current and
 * desired positions as percentages per mandate, and the gap. Same figures as
 * the drawing (see chart-data.ts). Pages may show it, or hide it visually with
 * `className="sr-only"` so screen readers still find it.
 */
import type { ReactNode } from "react";
import { MANDATES } from "@/domain/mandates";
import { seriesFigures, type PositionFigure } from "./chart-data";
import { chartFormatters, DEFAULT_CHART_LOCALE, type ChartFormatters } from "./format";
import type { TriangleChartLabels, TriangleSeries } from "./types";

export interface TriangleDataTableProps {
  series: readonly TriangleSeries[];
  labels: Pick<
    TriangleChartLabels,
    "mandates" | "mandatesShort" | "current" | "desired" | "gap" | "gapNote" | "group" | "notAvailable" | "tableCaption" | "locale"
  >;
  /** BCP 47 locale of the numbers; default the labels' locale, else fr-CA. */
  locale?: string;
  id?: string;
  className?: string;
}

function PositionCells({
  figure,
  formatters,
  notAvailable,
  label,
}: {
  figure: PositionFigure | null;
  formatters: ChartFormatters;
  notAvailable: string;
  /** Column name shown before the value when the table is stacked on a phone. */
  label: (mandate: (typeof MANDATES)[number]) => string;
}): ReactNode {
  return MANDATES.map((mandate) => (
    <td key={mandate} data-label={label(mandate)}>
      {figure === null ? notAvailable : formatters.percent(figure.percentages[mandate])}
    </td>
  ));
}

export function TriangleDataTable({
  series,
  labels,
  locale: localeProp,
  id,
  className,
}: TriangleDataTableProps): ReactNode {
  const locale = localeProp ?? labels.locale ?? DEFAULT_CHART_LOCALE;
  const formatters = chartFormatters(locale);
  const names = labels.mandatesShort ?? labels.mandates;
  const figures = seriesFigures(series);
  return (
    // With the class stack-table (globals.css), one card per row on a narrow screen; the data-labels say which column.
    <table id={id} className={className}>
      <caption>
        {labels.tableCaption}
        {labels.gapNote === undefined ? null : (
          <>
            {/* A period so that a screen reader pauses between the two sentences. */}
            {". "}
            <span className="block text-sm font-normal">{labels.gapNote}</span>
          </>
        )}
      </caption>
      <colgroup span={1} />
      <colgroup span={MANDATES.length} />
      <colgroup span={MANDATES.length} />
      <colgroup span={1} />
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {labels.group}
          </th>
          <th scope="colgroup" colSpan={MANDATES.length}>
            {labels.current}
          </th>
          <th scope="colgroup" colSpan={MANDATES.length}>
            {labels.desired}
          </th>
          <th scope="col" rowSpan={2}>
            {labels.gap}
          </th>
        </tr>
        <tr>
          {[...MANDATES, ...MANDATES].map((mandate, index) => (
            <th key={`${index}-${mandate}`} scope="col">
              {names[mandate]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figures.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <PositionCells
              figure={row.current}
              formatters={formatters}
              notAvailable={labels.notAvailable}
              label={(mandate) => `${labels.current} — ${names[mandate]}`}
            />
            <PositionCells
              figure={row.desired}
              formatters={formatters}
              notAvailable={labels.notAvailable}
              label={(mandate) => `${labels.desired} — ${names[mandate]}`}
            />
            <td data-label={labels.gap}>{row.gap === null ? labels.notAvailable : formatters.gap(row.gap)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
