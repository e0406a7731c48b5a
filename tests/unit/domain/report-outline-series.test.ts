import { describe, expect, it } from "vitest";
import { groupSeries } from "@/domain/report-outline";
import { seriesFigures } from "@/components/triangle/chart-data";
import { seriesStyle } from "@/components/triangle/series-style";
import type { ReportModel } from "@/domain/report-model";

const at = { expertise: 0.5, representation: 0.3, participation: 0.2 };
const groups = (withFigures: boolean[]) =>
  withFigures.map((has, i) => ({
    id: `g${i}`,
    label: `Groupe ${i}`,
    positions: has ? { current: at, desired: at } : null,
  })) as unknown as ReportModel["groups"];

describe("a group keeps one colour and marker on every chart", () => {
  it("the administrators' group (third) keeps the third style when an earlier group has no figures", () => {
    const all = seriesFigures(groupSeries({ groups: groups([true, true, true]) }));
    const without = seriesFigures(groupSeries({ groups: groups([false, true, true]) }));
    const thirdEverywhere = [all.find((s) => s.id === "g2"), without.find((s) => s.id === "g2")];
    for (const series of thirdEverywhere) expect(series?.style).toEqual(seriesStyle(2));
  });

  it("a group drawn alone (its own slide) has the same style as on the chart of all groups", () => {
    const alone = seriesFigures(groupSeries({ groups: groups([true, true, true]) }, "g1"));
    expect(alone).toHaveLength(1);
    expect(alone[0]?.style).toEqual(seriesStyle(1));
  });
});
