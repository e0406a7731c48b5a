import { fileResponse, refusalResponse, requestedLocale } from "@/app/_lib/report-responses";
import { getViewer } from "@/server/auth/current-viewer";
import { getReportPdf } from "@/server/exports/get-report-pdf";
import { unauthenticated } from "@/server/errors";

export const dynamic = "force-dynamic";

/** The CA report as a PDF for a board member (their own démarche; checked in getReportPdf). */
export async function GET(request?: Request) {
  try {
    const viewer = await getViewer();
    if (viewer.kind !== "participant") throw unauthenticated();
    const { pdf, fileName } = await getReportPdf(viewer, viewer.demarcheId, new Date(), requestedLocale(request));
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return refusalResponse(error);
  }
}
