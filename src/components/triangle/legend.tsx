/**
 * The chart's legend, in HTML so long group names wrap. Each entry repeats the
 * series' three cues (colour, shape, dash) with a small drawing, and a second
 * list says what hollow and filled markers mean.
 */
import type { ReactNode } from "react";
import type { SeriesFigures } from "./chart-data";
import type { MarkerShape } from "./marker-shapes";
import { CloudPoint, Marker } from "./markers";
import { CHART_INK } from "./palette";
import { dashArray } from "./series-style";
import type { TriangleChartLabels } from "./types";

const SWATCH = { width: 56, height: 18, radius: 5.5, stroke: 2, line: 2 } as const;

function SeriesSwatch({ figures }: { figures: SeriesFigures }): ReactNode {
  const { color, shape, dash } = figures.style;
  const y = SWATCH.height / 2;
  const left = SWATCH.radius + 2;
  const right = SWATCH.width - SWATCH.radius - 2;
  const dasharray = dashArray(dash, SWATCH.line);
  return (
    <svg
      width={SWATCH.width}
      height={SWATCH.height}
      viewBox={`0 0 ${SWATCH.width} ${SWATCH.height}`}
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={left}
        y1={y}
        x2={right}
        y2={y}
        stroke={CHART_INK.text}
        strokeWidth={SWATCH.line + 2}
        strokeDasharray={dasharray}
      />
      <line x1={left} y1={y} x2={right} y2={y} stroke={color} strokeWidth={SWATCH.line} strokeDasharray={dasharray} />
      <Marker
        shape={shape}
        x={left}
        y={y}
        radius={SWATCH.radius}
        color={color}
        filled={false}
        strokeWidth={SWATCH.stroke}
      />
      <Marker shape={shape} x={right} y={y} radius={SWATCH.radius} color={color} filled strokeWidth={SWATCH.stroke} />
    </svg>
  );
}

function KeySwatch({ filled, cloud = false }: { filled: boolean; cloud?: boolean }): ReactNode {
  const size = SWATCH.height;
  const shape: MarkerShape = "circle";
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      {cloud ? (
        <CloudPoint
          shape={shape}
          x={size / 2}
          y={size / 2}
          radius={SWATCH.radius * 0.6}
          color={CHART_INK.text}
          filled
        />
      ) : (
        <Marker
          shape={shape}
          x={size / 2}
          y={size / 2}
          radius={SWATCH.radius}
          color={CHART_INK.text}
          filled={filled}
          strokeWidth={SWATCH.stroke}
        />
      )}
    </svg>
  );
}

export interface TriangleLegendProps {
  series: readonly SeriesFigures[];
  labels: Pick<TriangleChartLabels, "legend" | "current" | "desired" | "individualPositions" | "notAvailable">;
  /** Adds the key for the individual positions' cloud. */
  showCloud: boolean;
  className?: string;
}

export function TriangleLegend({ series, labels, showCloud, className }: TriangleLegendProps): ReactNode {
  const item = "inline-flex items-center gap-2";
  return (
    <div className={className}>
      <p className="font-semibold">{labels.legend}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {series.map((figures) => (
          <li key={figures.id} className={item}>
            <SeriesSwatch figures={figures} />
            <span>
              {figures.label}
              {figures.current === null && figures.desired === null ? ` (${labels.notAvailable})` : null}
            </span>
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li className={item}>
          <KeySwatch filled={false} />
          <span>{labels.current}</span>
        </li>
        <li className={item}>
          <KeySwatch filled />
          <span>{labels.desired}</span>
        </li>
        {showCloud ? (
          <li className={item}>
            <KeySwatch filled cloud />
            <span>{labels.individualPositions}</span>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
