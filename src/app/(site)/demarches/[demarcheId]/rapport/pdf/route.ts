import { fileResponse, refusalResponse, requestedLocale } from "@/app/_lib/report-responses";
import { getViewer } from "@/server/auth/current-viewer";
import { getReportPdf } from "@/server/exports/get-report-pdf";

export const dynamic = "force-dynamic";

/** The CA report as a PDF, for the démarche's facilitators (authorised in getReportPdf). */
export async function GET(request: Request, { params }: { params: Promise<{ demarcheId: string }> }) {
  const { demarcheId } = await params;
  try {
    const { pdf, fileName } = await getReportPdf(await getViewer(), demarcheId, new Date(), requestedLocale(request));
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return refusalResponse(error);
  }
}
