/**
 * Chart series from the report model: one per group with figures (never an
 * individual point), and the then-and-now series of the cycle comparison.
 */
import type { ReportModel } from "@/domain/report-model";
import type { TriangleSeries } from "@/components/triangle/types";

export function groupSeries(model: Pick<ReportModel, "groups">, onlyGroupId?: string): TriangleSeries[] {
  // model.groups lists every group of the démarche in its order: the index
  // there is the group's style, before any group is left out.
  return model.groups.flatMap((group, styleIndex) =>
    group.positions !== null && (onlyGroupId === undefined || group.id === onlyGroupId)
      ? [
          {
            id: group.id,
            label: group.label,
            styleIndex,
            current: group.positions.current,
            desired: group.positions.desired,
          },
        ]
      : [],
  );
}

/** Each group twice, earlier cycle first, labelled « Intervenant.e.s — 2024-2025 ». */
export function cycleSeries(
  model: Pick<ReportModel, "previousCycle" | "demarche">,
  label: (group: string, cycle: string) => string,
): TriangleSeries[] {
  const previous = model.previousCycle;
  if (previous === null) return [];
  return previous.rows.flatMap((row, index) => [
    {
      id: `then-${index}`,
      label: label(row.label, previous.cycleLabel),
      current: row.then.current,
      desired: row.then.desired,
    },
    {
      id: `now-${index}`,
      label: label(row.label, model.demarche.cycleLabel),
      current: row.now.current,
      desired: row.now.desired,
    },
  ]);
}
