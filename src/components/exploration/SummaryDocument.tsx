/**
 * The summary of an exploration alone as a PDF (decision 022): the PDF
 * renderer of the summary's outline (src/domain/exploration-summary-outline.ts),
 * which the web summary walks too, in the person's interface language
 * (decision 024). It is rendered from what the person's browser sends and
 * kept nowhere.
 */
import type { ReactNode } from "react";
import { explorationSummaryOutline, type SummaryAnswers } from "@/domain/exploration-summary-outline";
import { msg } from "@/domain/report-outline";
import type { Locale } from "@/i18n/locales";
import { PdfOutlineDocument } from "@/components/report/pdf/PdfOutline";

export function SummaryDocument({
  answers,
  savedAt,
  locale,
}: {
  answers: SummaryAnswers;
  savedAt: string;
  locale: Locale;
}): ReactNode {
  const outline = explorationSummaryOutline({ answers, savedAt });
  return <PdfOutlineDocument outline={outline} locale={locale} footer={msg("exploration.summaryTitle")} />;
}
