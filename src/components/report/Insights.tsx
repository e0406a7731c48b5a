import type { Mandate } from "@/domain/mandates";
import type { ReportModel } from "@/domain/report-model";
import { movementBlock, themeBlock, verdictBlocks } from "@/domain/report-outline";
import { OutlineBlocks } from "./outline/OutlineBlocks";
import { useTranslate } from "./outline/use-translate";

/** Convergences, divergences and nuances in sentences (the report outline's, for the mise en commun and its projection). */
export function VerdictLists({ model }: { model: Pick<ReportModel, "pairs"> }) {
  const t = useTranslate();
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <OutlineBlocks blocks={verdictBlocks(model)} t={t} />
    </div>
  );
}

export function MovementList({
  model,
}: {
  model: Pick<ReportModel, "oppositeMovements">;
  /** Unused: mandate names come from the chart messages, as in the report. */
  mandateNames?: Record<Mandate, string>;
}) {
  return <OutlineBlocks blocks={[movementBlock(model)]} t={useTranslate()} />;
}

export function ThemeList({ model }: { model: Pick<ReportModel, "sharedThemes"> }) {
  return <OutlineBlocks blocks={[themeBlock(model)]} t={useTranslate()} />;
}
