import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { ReportModel } from "@/domain/report-model";
import { ReportDocument } from "@/components/report/pdf/ReportDocument";

/** Renders the report model as a PDF (Letter, French, charts drawn from the same geometry as the page). */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  // ReportDocument returns a <Document>, which is what renderToBuffer expects.
  const element = createElement(ReportDocument, { model }) as unknown as Parameters<typeof renderToBuffer>[0];
  return renderToBuffer(element);
}
