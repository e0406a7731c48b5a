import type { TriangleChartLabels } from "@/components/triangle/types";

/**
 * The chart's labels from the "chart" message namespace (next-intl's `t` or
 * the plain translator, whose key types differ).
 */
export function chartLabelsFrom(t: (key: string) => string): TriangleChartLabels {
  return {
    mandates: {
      expertise: t("mandates.expertise"),
      representation: t("mandates.representation"),
      participation: t("mandates.participation"),
    },
    mandatesShort: {
      expertise: t("mandatesShort.expertise"),
      representation: t("mandatesShort.representation"),
      participation: t("mandatesShort.participation"),
    },
    title: t("title"),
    description: t("description"),
    current: t("current"),
    desired: t("desired"),
    gap: t("gap"),
    gapNote: t("gapNote"),
    group: t("group"),
    legend: t("legend"),
    individualPositions: t("individualPositions"),
    notAvailable: t("notAvailable"),
    tableCaption: t("tableCaption"),
    // The language tag of the numbers (« 40 % » / "40%"), a message so it follows the texts.
    locale: t("locale"),
  };
}
