import type { Mandate } from "@/domain/mandates";
import type { ReportGroup, ReportModel } from "@/domain/report-model";
import { groupSubsection } from "@/domain/report-outline";
import { OutlineBlocks } from "./outline/OutlineBlocks";
import { useTranslate } from "./outline/use-translate";

/** One group's results in words, as the report outline writes them (also on the group's own page). */
export function GroupDetails({
  group,
  minGroupSize,
  headingLevel = 3,
  showPistes = true,
  previousCycle = null,
}: {
  group: ReportGroup;
  /** Unused: mandate names come from the chart messages, as in the report. */
  mandateNames?: Record<Mandate, string>;
  minGroupSize: number;
  headingLevel?: 2 | 3;
  showPistes?: boolean;
  previousCycle?: ReportModel["previousCycle"];
}) {
  const block = groupSubsection({ method: { minGroupSize }, previousCycle }, group, { showPistes });
  return <OutlineBlocks blocks={[block]} t={useTranslate()} level={headingLevel} />;
}
