"use client";
/**
 * Placing a position by pointing in the triangle (mouse, pen or touch; drag
 * to adjust). Gives a continuous position, stored in per-mille. It is the
 * pointer path only: the token input next to it is the keyboard and
 * screen-reader path and edits the same value, so the drawing itself is an
 * image (named and described) rather than a focusable control.
 */
import { useRef, useState, type PointerEvent, type ReactNode } from "react";
import type { Mandate } from "@/domain/mandates";
import { fromPerMille, toPerMille, type PerMille } from "@/domain/position";
import { pointToPosition, positionToPoint } from "@/domain/triangle-geometry";
import { chartLayout } from "@/components/triangle/chart-layout";
import { chartMetrics } from "@/components/triangle/chart-metrics";
import { CHART_INK } from "@/components/triangle/palette";

/** The input's own colours: the value in the app's brand colour, a reference (e.g. the current position) in grey. */
const VALUE_COLOR = "#175645";
const REFERENCE_COLOR = "#6b6b6b";
const AREA_FILL = "#f4f8f6";

export interface TriangleInputProps {
  id: string;
  value: PerMille | null;
  onChange: (value: PerMille) => void;
  names: Record<Mandate, string>;
  /** Accessible name and description (the description should say where the value is). */
  title: string;
  description: string;
  /** Another position drawn hollow and grey for comparison (e.g. the current one while placing the desired one). */
  reference?: PerMille | null;
  disabled?: boolean;
  /** Width of the drawing in its own units; it scales to its container. */
  width?: number;
}

export function TriangleInput({
  id,
  value,
  onChange,
  names,
  title,
  description,
  reference = null,
  disabled = false,
  width = 420,
}: TriangleInputProps): ReactNode {
  const svgRef = useRef<SVGSVGElement>(null);
  const [dragging, setDragging] = useState(false);
  // Larger corner labels than the chart's: the drawing shrinks to a phone's width.
  const base = chartMetrics(width);
  const metrics = { ...base, fontSize: base.fontSize * 1.4, lineHeight: base.lineHeight * 1.4 };
  const layout = chartLayout(metrics, names, 10);
  const { triangle } = layout;
  const corners = triangle.corners;

  function pick(event: PointerEvent<SVGSVGElement>): void {
    const svg = svgRef.current;
    if (!svg) return;
    const rect = svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    // The drawing keeps its aspect ratio, so one scale per axis maps the screen to the drawing.
    const x = ((event.clientX - rect.left) * triangle.width) / rect.width;
    const y = ((event.clientY - rect.top) * triangle.height) / rect.height;
    onChange(toPerMille(pointToPosition(x, y, triangle)));
  }

  const marker = value ? positionToPoint(fromPerMille(value), triangle) : null;
  const ghost = reference ? positionToPoint(fromPerMille(reference), triangle) : null;
  const r = metrics.markerRadius * 1.3;

  return (
    <svg
      ref={svgRef}
      id={id}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${round(triangle.width)} ${round(triangle.height)}`}
      className={disabled ? "opacity-70" : "cursor-crosshair"}
      style={{ width: "100%", height: "auto", touchAction: disabled ? "auto" : "none", maxWidth: width }}
      fontSize={metrics.fontSize}
      onPointerDown={(event) => {
        if (disabled || (event.pointerType === "mouse" && event.button !== 0)) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture?.(event.pointerId);
        setDragging(true);
        pick(event);
      }}
      onPointerMove={(event) => {
        if (dragging && !disabled) pick(event);
      }}
      onPointerUp={(event) => {
        event.currentTarget.releasePointerCapture?.(event.pointerId);
        setDragging(false);
      }}
      onPointerCancel={() => setDragging(false)}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <polygon
        points={[corners.expertise, corners.representation, corners.participation]
          .map((p) => `${p.x},${p.y}`)
          .join(" ")}
        fill={AREA_FILL}
      />
      <g stroke={CHART_INK.grid} strokeWidth={metrics.gridWidth}>
        {layout.grid.map((line) => (
          <line
            key={`${line.mandate}-${line.value}`}
            x1={line.from.x}
            y1={line.from.y}
            x2={line.to.x}
            y2={line.to.y}
            strokeWidth={Math.abs(line.value - 0.5) < 1e-9 ? metrics.gridWidth * 2.5 : metrics.gridWidth}
          />
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
      {ghost ? (
        <circle
          cx={ghost.x}
          cy={ghost.y}
          r={r}
          fill={CHART_INK.paper}
          stroke={REFERENCE_COLOR}
          strokeWidth={metrics.markerStroke}
          strokeDasharray={`${metrics.markerStroke * 1.5} ${metrics.markerStroke}`}
        />
      ) : null}
      {marker ? (
        <g pointerEvents="none" data-testid={`${id}-marker`}>
          <line
            x1={marker.x - r * 2}
            y1={marker.y}
            x2={marker.x + r * 2}
            y2={marker.y}
            stroke={VALUE_COLOR}
            strokeWidth={metrics.gridWidth * 2}
          />
          <line
            x1={marker.x}
            y1={marker.y - r * 2}
            x2={marker.x}
            y2={marker.y + r * 2}
            stroke={VALUE_COLOR}
            strokeWidth={metrics.gridWidth * 2}
          />
          <circle cx={marker.x} cy={marker.y} r={r} fill={VALUE_COLOR} stroke={CHART_INK.paper} strokeWidth={2} />
        </g>
      ) : null}
    </svg>
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
