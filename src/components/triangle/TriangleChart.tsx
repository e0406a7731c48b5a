/**
 * The triangle chart: the three mandates at the corners, each series' current
 * (hollow) and desired (filled) positions joined by an arrow, a legend, and a
 * data table as text alternative.
 *
 * No hooks and no "use client": it renders in server components, in tests
 * and to static HTML. Every visible string comes from `labels`.
 */
import type { ReactNode } from "react";
import { positionToPoint, arrowBetween } from "@/domain/triangle-geometry";
import { seriesFigures, type SeriesFigures } from "./chart-data";
import { chartLayout } from "./chart-layout";
import { chartMetrics, type ChartMetrics } from "./chart-metrics";
import { chartFormatters, describePercentages, DEFAULT_CHART_LOCALE, type ChartFormatters } from "./format";
import { TriangleLegend } from "./legend";
import { CloudPoint, Marker } from "./markers";
import { CHART_INK } from "./palette";
import { dashArray } from "./series-style";
import { TriangleDataTable } from "./TriangleDataTable";
import type { TriangleChartLabels, TriangleChartSize, TriangleSeries } from "./types";
import type { TriangleLayout } from "@/domain/triangle-geometry";

export interface TriangleChartProps {
  /** Prefix of the element ids used for ARIA references; unique on the page. */
  id: string;
  series: readonly TriangleSeries[];
  labels: TriangleChartLabels;
  size?: TriangleChartSize;
  /** Visible caption, also the drawing's accessible name (else `labels.title`). */
  title?: string;
  /** BCP 47 locale of the numbers; default the labels' locale, else fr-CA. */
  locale?: string;
  /** Lines of equal weight every 1/n (default 5: every 20 %); 0 for none. */
  gridDivisions?: number;
  className?: string;
  /** Render the data table inside the figure (default true). */
  includeTable?: boolean;
  /** Class of that table; default "sr-only" (present for screen readers only). */
  tableClassName?: string;
}

export function TriangleChart({
  id,
  series,
  labels,
  size = "normal",
  title,
  locale: localeProp,
  gridDivisions = 5,
  className,
  includeTable = true,
  tableClassName = "sr-only",
}: TriangleChartProps): ReactNode {
  const metrics = chartMetrics(size);
  const layout = chartLayout(metrics, labels.mandates, gridDivisions);
  const figures = seriesFigures(series);
  const locale = localeProp ?? labels.locale ?? DEFAULT_CHART_LOCALE;
  const formatters = chartFormatters(locale);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const { width, height } = layout.triangle;
  const corners = layout.triangle.corners;

  return (
    <figure id={id} className={className} style={{ maxWidth: width }}>
      {title === undefined ? null : <figcaption className={`font-semibold ${metrics.textClass}`}>{title}</figcaption>}
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${round(width)} ${round(height)}`}
        width={round(width)}
        height={round(height)}
        style={{ maxWidth: "100%", height: "auto" }}
        fontSize={metrics.fontSize}
      >
        <title id={titleId}>{title ?? labels.title}</title>
        <desc id={descId}>{labels.description}</desc>

        <g stroke={CHART_INK.grid} strokeWidth={metrics.gridWidth}>
          {layout.grid.map((line) => (
            <line
              key={`${line.mandate}-${line.value}`}
              x1={line.from.x}
              y1={line.from.y}
              x2={line.to.x}
              y2={line.to.y}
            />
          ))}
        </g>
        <g fill={CHART_INK.gridMark} fontSize={metrics.markFontSize} textAnchor="middle" aria-hidden="true">
          {layout.gridMarks.map((mark) => (
            <text
              key={`${mark.mandate}-${mark.value}`}
              x={round(mark.at.x)}
              y={round(mark.at.y + metrics.markFontSize * 0.35)}
            >
              {formatters.percent(Math.round(mark.value * 100))}
            </text>
          ))}
        </g>
        <polygon
          points={[corners.expertise, corners.representation, corners.participation]
            .map((p) => `${p.x},${p.y}`)
            .join(" ")}
          fill="none"
          stroke={CHART_INK.edge}
          strokeWidth={metrics.edgeWidth}
          strokeLinejoin="round"
        />
        <g fill={CHART_INK.text} fontWeight={600}>
          {layout.cornerLabels.map((label) => (
            <text key={label.mandate} x={label.x} textAnchor={label.align}>
              {label.lines.map((line, index) => (
                <tspan key={index} x={label.x} y={label.baselines[index]}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>

        <g>
          {figures.map((item) => (
            <Cloud key={item.id} item={item} layout={layout.triangle} metrics={metrics} />
          ))}
        </g>
        <g>
          {figures.map((item) => (
            <SeriesArrow key={item.id} item={item} layout={layout.triangle} metrics={metrics} />
          ))}
        </g>
        <g>
          {figures.map((item) => (
            <SeriesMarkers
              key={item.id}
              item={item}
              layout={layout.triangle}
              metrics={metrics}
              labels={labels}
              formatters={formatters}
            />
          ))}
        </g>
      </svg>
      <TriangleLegend
        series={figures}
        labels={labels}
        showCloud={figures.some((item) => item.points.length > 0)}
        className={`mt-2 space-y-1 ${metrics.textClass}`}
      />
      {includeTable ? (
        <TriangleDataTable
          id={`${id}-table`}
          series={series}
          labels={labels}
          locale={locale}
          className={tableClassName}
        />
      ) : null}
    </figure>
  );
}

interface SeriesPartProps {
  item: SeriesFigures;
  layout: TriangleLayout;
  metrics: ChartMetrics;
}

function Cloud({ item, layout, metrics }: SeriesPartProps): ReactNode {
  const { color, shape } = item.style;
  return item.points.flatMap((point, index) =>
    (["current", "desired"] as const).flatMap((step) => {
      const position = point[step];
      if (position === undefined) return [];
      const at = positionToPoint(position, layout);
      return [
        <CloudPoint
          key={`${index}-${step}`}
          shape={shape}
          x={at.x}
          y={at.y}
          radius={metrics.pointRadius}
          color={color}
          filled={step === "desired"}
        />,
      ];
    }),
  );
}

function SeriesArrow({ item, layout, metrics }: SeriesPartProps): ReactNode {
  if (item.current === null || item.desired === null) return null;
  // Leave room for the markers' outlines so the arrow never hides them.
  const clearance = metrics.markerRadius * 1.4 + metrics.markerStroke;
  const arrow = arrowBetween(positionToPoint(item.current.drawn, layout), positionToPoint(item.desired.drawn, layout), {
    startGap: clearance,
    endGap: clearance,
    headLength: metrics.headLength,
    headWidth: metrics.headWidth,
  });
  if (arrow === null) return null;
  const { shaft, head } = arrow;
  const dasharray = dashArray(item.style.dash, metrics.arrowWidth);
  return (
    <g>
      <line {...shaft} stroke={CHART_INK.text} strokeWidth={metrics.arrowWidth + 2} strokeDasharray={dasharray} />
      <line {...shaft} stroke={item.style.color} strokeWidth={metrics.arrowWidth} strokeDasharray={dasharray} />
      <polygon
        points={head.map((p) => `${p.x},${p.y}`).join(" ")}
        fill={item.style.color}
        stroke={CHART_INK.text}
        strokeWidth={1}
        strokeLinejoin="round"
      />
    </g>
  );
}

function SeriesMarkers({
  item,
  layout,
  metrics,
  labels,
  formatters,
}: SeriesPartProps & { labels: TriangleChartLabels; formatters: ChartFormatters }): ReactNode {
  const names = labels.mandatesShort ?? labels.mandates;
  return (["current", "desired"] as const).map((step) => {
    const figure = item[step];
    if (figure === null) return null;
    const at = positionToPoint(figure.drawn, layout);
    return (
      <Marker
        key={step}
        shape={item.style.shape}
        x={at.x}
        y={at.y}
        radius={metrics.markerRadius}
        color={item.style.color}
        filled={step === "desired"}
        strokeWidth={metrics.markerStroke}
        tooltip={`${item.label} — ${labels[step]} — ${describePercentages(figure.percentages, names, formatters)}`}
      />
    );
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
