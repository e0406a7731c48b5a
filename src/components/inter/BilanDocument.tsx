/**
 * One organisation's copy of the « bilan des apprentissages » as a PDF
 * (@react-pdf/renderer, decision 023): the PDF renderer of the bilan's
 * outline (src/domain/inter-bilan-outline.ts), which the bilan page walks
 * too, built with the CA report's PDF blocks and triangle. In the démarche's
 * output language unless the other is asked (decision 024).
 */
import type { ReactNode } from "react";
import { bilanOutline, type BilanModel } from "@/domain/inter-bilan-outline";
import type { InterSide } from "@/domain/inter-organisations";
import { msg } from "@/domain/report-outline";
import type { Locale } from "@/i18n/locales";
import { PdfOutlineDocument } from "@/components/report/pdf/PdfOutline";

export function BilanDocument({
  model,
  side,
  locale,
  subject,
}: {
  model: BilanModel;
  side: InterSide;
  locale: Locale;
  /** The démarche's name. */
  subject: string;
}): ReactNode {
  const outline = bilanOutline(model, side);
  return (
    <PdfOutlineDocument
      outline={outline}
      locale={locale}
      subject={subject}
      {...(outline.subtitle === undefined ? {} : { header: outline.subtitle })}
      footer={msg("interBilan.footer", { title: outline.title, copy: outline.meta[0] ?? "" })}
    />
  );
}
