import { refusalResponse } from "@/app/_lib/report-responses";
import { getViewer } from "@/server/auth/current-viewer";
import { getDemarcheStamp } from "@/server/live/get-live-stamp";

/** The facilitator's atelier page and the projected views poll this every 2 s (decision 015). */
export async function GET(_request: Request, { params }: { params: Promise<{ demarcheId: string }> }) {
  try {
    const { demarcheId } = await params;
    const stamp = await getDemarcheStamp(await getViewer(), demarcheId);
    return Response.json({ stamp }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return refusalResponse(error);
  }
}
