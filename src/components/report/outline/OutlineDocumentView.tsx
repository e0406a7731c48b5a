/**
 * The web renderer of a short document outline (the exploration summary,
 * the inter-organismes bilan; src/domain/report-outline.ts's
 * `DocumentOutline`): its header, the page's own buttons (`actions`, in the
 * reader's language), a notice, then its sections. The PDF renderer is
 * ../pdf/PdfOutline.tsx's `PdfOutlineDocument`.
 */
import type { ReactNode } from "react";
import type { DocumentOutline } from "@/domain/report-outline";
import { OutlineSectionView } from "./OutlineBlocks";
import { resolveText, type Translate } from "./resolve-text";

export function OutlineDocumentView({
  outline,
  t,
  actions,
  lang,
  readerLang,
  testId,
}: {
  outline: DocumentOutline;
  /** A root translator in the document's language. */
  t: Translate;
  actions?: ReactNode;
  /** The document's language when it is not the page's (decision 024), and the reader's for `actions`. */
  lang?: string;
  readerLang?: string;
  testId?: string;
}): ReactNode {
  const r = (text: Parameters<typeof resolveText>[0]) => resolveText(text, t);
  return (
    <article className="flex min-w-0 flex-col gap-6 break-words" lang={lang} data-testid={testId}>
      <header className="flex flex-col gap-2">
        {outline.subtitle === undefined ? null : (
          <p className="text-sm font-semibold text-stone-700">{r(outline.subtitle)}</p>
        )}
        <h1 className="text-3xl font-bold text-brand-800">{r(outline.title)}</h1>
        {outline.meta.map((line, index) => (
          <p key={index} className={index === 0 ? "text-lg font-semibold text-stone-800" : ""}>
            {r(line)}
          </p>
        ))}
        {actions ? (
          <div className="no-print mt-2 print:hidden" lang={readerLang}>
            {actions}
          </div>
        ) : null}
      </header>
      {outline.notice === undefined ? null : (
        <p role="status" className="rounded border-2 border-amber-600 bg-amber-50 p-3 font-semibold">
          {r(outline.notice)}
        </p>
      )}
      {outline.sections.map((section) => (
        <OutlineSectionView key={section.id} section={section} t={t} />
      ))}
    </article>
  );
}
