import type { ReportPair } from "@/domain/report-model";
import { comparisonBlocks } from "@/domain/report-outline";
import { OutlineBlocks } from "./outline/OutlineBlocks";
import { useTranslate } from "./outline/use-translate";

/** The convergence / divergence table of the report outline (verdicts in words; shade and border are second cues). */
export function ComparisonTable({ pairs, className = "" }: { pairs: readonly ReportPair[]; className?: string }) {
  return (
    <div className={className}>
      <OutlineBlocks blocks={comparisonBlocks({ pairs: [...pairs] })} t={useTranslate()} />
    </div>
  );
}
