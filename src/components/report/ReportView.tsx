import type { ReactNode } from "react";
import type { ReportModel } from "@/domain/report-model";
import { reportOutline } from "@/domain/report-outline";
import { OutlineSectionView } from "./outline/OutlineBlocks";
import { resolveText, type Translate } from "./outline/resolve-text";
import { useTranslate } from "./outline/use-translate";

/**
 * The CA report on screen: the outline the PDF also walks, so both say the
 * same thing in the same order (decisions first, then « En bref »).
 * `output` prints it in the démarche's output language (decision 024) inside
 * a page in the reader's: its `lang` on the report, the reader's on `actions`.
 */
export function ReportView({
  model,
  actions,
  output,
}: {
  model: ReportModel;
  actions?: ReactNode;
  output?: { t: Translate; lang: string; readerLang: string };
}) {
  const requestT = useTranslate();
  const t = output?.t ?? requestT;
  const outline = reportOutline(model);
  return (
    <article className="flex min-w-0 flex-col gap-8 break-words" data-testid="report" lang={output?.lang}>
      <header className="flex flex-col gap-2">
        <p className="text-lg text-stone-700">{resolveText(outline.subtitle, t)}</p>
        <h1 className="text-3xl font-bold text-brand-800">{resolveText(outline.title, t)}</h1>
        {outline.meta.map((line, index) => (
          <p key={index} className={index === 0 ? "" : "text-sm text-stone-700"}>
            {resolveText(line, t)}
          </p>
        ))}
        {actions && output ? <div lang={output.readerLang}>{actions}</div> : actions}
      </header>
      {outline.sections.map((section) => (
        <OutlineSectionView key={section.id} section={section} t={t} />
      ))}
    </article>
  );
}
