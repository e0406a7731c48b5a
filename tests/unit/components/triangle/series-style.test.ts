import { describe, expect, it } from "vitest";
import { markerPath, MARKER_SHAPES } from "@/components/triangle/marker-shapes";
import { OKABE_ITO, SERIES_COLORS } from "@/components/triangle/palette";
import { dashArray, seriesStyle } from "@/components/triangle/series-style";
import { wrapLabel } from "@/components/triangle/label-lines";

describe("seriesStyle", () => {
  it("gives eight series distinct colours, shapes and dash patterns", () => {
    const styles = Array.from({ length: 8 }, (_, i) => seriesStyle(i));
    expect(new Set(styles.map((style) => style.color)).size).toBe(8);
    expect(new Set(styles.map((style) => style.shape)).size).toBe(8);
    expect(new Set(styles.map((style) => style.dash.join(" "))).size).toBe(8);
  });

  it("uses only the Okabe–Ito palette, pale yellow last", () => {
    expect([...SERIES_COLORS].sort()).toEqual(Object.values(OKABE_ITO).sort());
    expect(SERIES_COLORS.at(-1)).toBe(OKABE_ITO.yellow);
  });

  it("scales dash patterns with the line width", () => {
    expect(dashArray([], 2)).toBeUndefined();
    expect(dashArray([5, 2.5], 2)).toBe("10 5");
  });
});

describe("markerPath", () => {
  it("draws a different outline for each shape", () => {
    const paths = MARKER_SHAPES.map((shape) => markerPath(shape, 10, 10, 5));
    expect(new Set(paths).size).toBe(MARKER_SHAPES.length);
  });

  it("draws a square of the circle's area around the centre", () => {
    // Half side 5 × 0.886 = 4.43.
    expect(markerPath("square", 10, 10, 5)).toBe("M5.57 5.57 L14.43 5.57 L14.43 14.43 L5.57 14.43 Z");
  });
});

describe("wrapLabel", () => {
  it("wraps at word boundaries", () => {
    expect(wrapLabel("Mandat de représentation", 12)).toEqual(["Mandat de", "représentation"]);
    expect(wrapLabel("Mandat de représentation", 40)).toEqual(["Mandat de représentation"]);
  });
});
