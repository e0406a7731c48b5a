import { fileResponse, requestedLocale } from "@/app/_lib/report-responses";
import { getReportPdfWithLink } from "@/server/exports/get-report-pdf";

export const dynamic = "force-dynamic";

/** The CA report as a PDF through a report link (audited); refused links get 404 or 410. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await getReportPdfWithLink(token, new Date(), requestedLocale(request));
  if (!result.ok) {
    const status = result.reason === "unknown" ? 404 : result.reason === "notYet" ? 409 : 410;
    return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
  }
  return fileResponse(result.pdf, "application/pdf", result.fileName);
}
