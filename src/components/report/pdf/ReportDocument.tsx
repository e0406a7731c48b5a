/**
 * The CA report as a PDF (@react-pdf/renderer), rendered on the server: the
 * PDF renderer of the report outline (src/domain/report-outline.ts), which
 * the web page walks too. Every page carries the démarche's name, the date
 * and its number; page 1 is what the CA must decide, then « En bref ».
 */
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ReportModel } from "@/domain/report-model";
import { reportOutline, type Text as OutlineText } from "@/domain/report-outline";
import { DEFAULT_LOCALE, LANGUAGE_TAG, type Locale } from "@/i18n/locales";
import { translator } from "@/i18n/translator";
import { resolveText, type Translate } from "../outline/resolve-text";
import { PdfSection } from "./PdfOutline";
import { pdfText } from "@/components/pdf/pdf-text";
import { P, pdfStyles, PdfFrame } from "@/components/pdf/blocks";

/** `locale`: the language of the document, French unless asked otherwise (decision 024); what people wrote stays as written. */
export function ReportDocument({ model, locale = DEFAULT_LOCALE }: { model: ReportModel; locale?: Locale }): ReactNode {
  const t = translator(undefined, locale) as unknown as Translate;
  const r = (text: OutlineText) => resolveText(text, t);
  const outline = reportOutline(model);
  const title = r(outline.title);
  return (
    <Document
      title={pdfText(`${title} — ${model.demarche.name}`)}
      author="Regards croisés"
      subject={pdfText(model.demarche.organisationName)}
      language={LANGUAGE_TAG[locale]}
      creator="Regards croisés"
      producer="Regards croisés"
    >
      <Page size="LETTER" style={pdfStyles.page} wrap>
        <PdfFrame
          header={`${model.demarche.organisationName} — ${model.demarche.name}`}
          footer={`${title} · ${r(outline.meta[1] ?? "")}`}
          pageNumber={(page, total) => t("report.pageNumber", { page, total })}
        />
        <View>
          <Text style={{ ...pdfStyles.muted, fontSize: 11 }}>{pdfText(r(outline.subtitle))}</Text>
          <Text style={pdfStyles.h1}>{pdfText(title)}</Text>
          {outline.meta.map((line, index) => (
            <P key={index} style={index === 0 ? {} : pdfStyles.muted}>
              {r(line)}
            </P>
          ))}
          {outline.sections.map((section) => (
            <PdfSection key={section.id} section={section} t={t} />
          ))}
        </View>
      </Page>
    </Document>
  );
}
