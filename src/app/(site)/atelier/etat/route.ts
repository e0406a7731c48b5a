import { refusalResponse } from "@/app/_lib/report-responses";
import { getViewer } from "@/server/auth/current-viewer";
import { getParticipantStamp } from "@/server/live/get-live-stamp";

/** The participant's pages poll this every 2 s and reload when it changes (decision 015). */
export async function GET() {
  try {
    const stamp = await getParticipantStamp(await getViewer());
    return Response.json({ stamp }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return refusalResponse(error);
  }
}
