/**
 * SVG markers of the triangle chart. Current positions are hollow, desired
 * positions filled: the difference survives black-and-white printing.
 */
import type { ReactNode } from "react";
import { markerPath, type MarkerShape } from "./marker-shapes";
import { CHART_INK } from "./palette";

export interface MarkerProps {
  shape: MarkerShape;
  x: number;
  y: number;
  radius: number;
  color: string;
  filled: boolean;
  strokeWidth: number;
  /** Tooltip (shown on hover; the data table is the accessible alternative). */
  tooltip?: string;
}

/** A group's marker, outlined in dark ink so pale colours keep their contrast. */
export function Marker({ shape, x, y, radius, color, filled, strokeWidth, tooltip }: MarkerProps): ReactNode {
  const d = markerPath(shape, x, y, radius);
  const title = tooltip === undefined ? null : <title>{tooltip}</title>;
  if (filled) {
    return (
      <path
        d={d}
        fill={color}
        stroke={CHART_INK.text}
        strokeWidth={Math.max(1, strokeWidth / 2)}
        strokeLinejoin="round"
      >
        {title}
      </path>
    );
  }
  // Hollow: a dark casing under a coloured ring, paper inside.
  return (
    <g>
      {title}
      <path d={d} fill={CHART_INK.paper} stroke={CHART_INK.text} strokeWidth={strokeWidth + 2} strokeLinejoin="round" />
      <path d={d} fill={CHART_INK.paper} stroke={color} strokeWidth={strokeWidth} strokeLinejoin="round" />
    </g>
  );
}

export interface CloudPointProps {
  shape: MarkerShape;
  x: number;
  y: number;
  radius: number;
  color: string;
  filled: boolean;
}

/** An anonymous individual position: small and light, behind the groups' markers. */
export function CloudPoint({ shape, x, y, radius, color, filled }: CloudPointProps): ReactNode {
  return (
    <path
      d={markerPath(shape, x, y, radius)}
      fill={filled ? color : CHART_INK.paper}
      stroke={color}
      strokeWidth={Math.max(0.75, radius / 3)}
      opacity={0.5}
    />
  );
}
