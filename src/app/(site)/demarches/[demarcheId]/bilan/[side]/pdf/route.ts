import { fileResponse, refusalResponse } from "@/app/_lib/report-responses";
import { INTER_SIDES } from "@/domain/inter-organisations";
import { isOneOf } from "@/domain/vocabulary";
import { getViewer } from "@/server/auth/current-viewer";
import { getBilanPdf } from "@/server/inter/get-bilan-pdf";

export const dynamic = "force-dynamic";

/** One organisation's copy of the bilan des apprentissages as a PDF (authorised in getBilanPdf, decision 023). */
export async function GET(_request: Request, { params }: { params: Promise<{ demarcheId: string; side: string }> }) {
  const { demarcheId, side } = await params;
  if (!isOneOf(INTER_SIDES, side)) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  try {
    const { pdf, fileName } = await getBilanPdf(await getViewer(), demarcheId, side);
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return refusalResponse(error);
  }
}
