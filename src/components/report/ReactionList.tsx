import type { ReportModel } from "@/domain/report-model";
import { reactionBlocks } from "@/domain/report-outline";
import { OutlineBlocks } from "./outline/OutlineBlocks";
import { useTranslate } from "./outline/use-translate";

/** The groups' latest reactions, each with its date. */
export function ReactionList({ reactions }: { reactions: ReportModel["reactions"] }) {
  return (
    <div className="flex flex-col gap-3" data-testid="reaction-list">
      <OutlineBlocks blocks={reactionBlocks(reactions)} t={useTranslate()} />
    </div>
  );
}
