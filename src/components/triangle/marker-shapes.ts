/**
 * Marker outlines as SVG path data. Pure strings, so the web chart (<path d>)
 * and a PDF chart (@react-pdf's <Path d>) draw the same shapes.
 */

export const MARKER_SHAPES = [
  "circle",
  "square",
  "triangle",
  "diamond",
  "triangleDown",
  "pentagon",
  "star",
  "hexagon",
] as const;

export type MarkerShape = (typeof MARKER_SHAPES)[number];

// Short numbers keep the markup small; 2 decimals is far below a pixel.
function n(value: number): string {
  return String(Math.round(value * 100) / 100 + 0);
}

function polygon(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${n(x)} ${n(y)}`).join(" ")} Z`;
}

function regular(cx: number, cy: number, radius: number, sides: number, rotation: number): string {
  const points: [number, number][] = [];
  for (let i = 0; i < sides; i++) {
    const angle = rotation + (2 * Math.PI * i) / sides;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return polygon(points);
}

const UP = -Math.PI / 2;

/**
 * Path of a marker centred on (cx, cy). `size` is the radius of the circle;
 * other shapes are scaled to a similar visual weight (areas within ~25 %).
 */
export function markerPath(shape: MarkerShape, cx: number, cy: number, size: number): string {
  switch (shape) {
    case "circle":
      return `M${n(cx - size)} ${n(cy)} a${n(size)} ${n(size)} 0 1 0 ${n(2 * size)} 0 a${n(size)} ${n(size)} 0 1 0 ${n(-2 * size)} 0 Z`;
    case "square": {
      const half = size * 0.886; // same area as the circle
      return polygon([
        [cx - half, cy - half],
        [cx + half, cy - half],
        [cx + half, cy + half],
        [cx - half, cy + half],
      ]);
    }
    case "triangle":
      return regular(cx, cy + size * 0.2, size * 1.35, 3, UP);
    case "triangleDown":
      return regular(cx, cy - size * 0.2, size * 1.35, 3, -UP);
    case "diamond":
      return regular(cx, cy, size * 1.25, 4, UP);
    case "pentagon":
      return regular(cx, cy, size * 1.1, 5, UP);
    case "hexagon":
      return regular(cx, cy, size * 1.05, 6, 0);
    case "star": {
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? size * 1.4 : size * 0.6;
        const angle = UP + (Math.PI * i) / 5;
        points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
      }
      return polygon(points);
    }
  }
}
