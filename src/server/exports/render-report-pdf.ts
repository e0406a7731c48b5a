import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { ReportModel } from "@/domain/report-model";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { ReportDocument } from "@/components/report/pdf/ReportDocument";

/** Renders the report model as a PDF (Letter, in `locale`, charts drawn from the same geometry as the page). */
export async function renderReportPdf(model: ReportModel, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  // ReportDocument returns a <Document>, which is what renderToBuffer expects.
  const element = createElement(ReportDocument, { model, locale }) as unknown as Parameters<typeof renderToBuffer>[0];
  return renderToBuffer(element);
}
