import { fileResponse, refusalResponse, requestedLocale } from "@/app/_lib/report-responses";
import { INTER_SIDES } from "@/domain/inter-organisations";
import { isOneOf } from "@/domain/vocabulary";
import { getViewer } from "@/server/auth/current-viewer";
import { getBilanPdf } from "@/server/inter/get-bilan-pdf";

export const dynamic = "force-dynamic";

/**
 * One organisation's copy of the bilan des apprentissages as a PDF (authorised in getBilanPdf, decision 023),
 * in the démarche's output language, or `?lang=fr|en` (decision 024).
 */
export async function GET(request: Request, { params }: { params: Promise<{ demarcheId: string; side: string }> }) {
  const { demarcheId, side } = await params;
  if (!isOneOf(INTER_SIDES, side)) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  try {
    const { pdf, fileName } = await getBilanPdf(await getViewer(), demarcheId, side, requestedLocale(request));
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return refusalResponse(error);
  }
}
