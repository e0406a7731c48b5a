import type { ReactNode } from "react";
import type { ReportModel } from "@/domain/report-model";
import { reportOutline } from "@/domain/report-outline";
import { OutlineSectionView } from "./outline/OutlineBlocks";
import { resolveText } from "./outline/resolve-text";
import { useTranslate } from "./outline/use-translate";

/**
 * The CA report on screen: the outline the PDF also walks, so both say the
 * same thing in the same order (decisions first, then « En bref »).
 */
export function ReportView({ model, actions }: { model: ReportModel; actions?: ReactNode }) {
  const t = useTranslate();
  const outline = reportOutline(model);
  return (
    <article className="flex min-w-0 flex-col gap-8 break-words" data-testid="report">
      <header className="flex flex-col gap-2">
        <p className="text-lg text-stone-700">{resolveText(outline.subtitle, t)}</p>
        <h1 className="text-3xl font-bold text-brand-800">{resolveText(outline.title, t)}</h1>
        {outline.meta.map((line, index) => (
          <p key={index} className={index === 0 ? "" : "text-sm text-stone-700"}>
            {resolveText(line, t)}
          </p>
        ))}
        {actions}
      </header>
      {outline.sections.map((section) => (
        <OutlineSectionView key={section.id} section={section} t={t} />
      ))}
    </article>
  );
}
