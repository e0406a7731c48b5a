import { fileResponse, refusalResponse } from "@/app/_lib/report-responses";
import { getViewer } from "@/server/auth/current-viewer";
import { exportDemarcheJson } from "@/server/exports/export-demarche-json";

export const dynamic = "force-dynamic";

/** The whole démarche as JSON (docs/export-format.md), for its facilitators only. */
export async function GET(_request: Request, { params }: { params: Promise<{ demarcheId: string }> }) {
  const { demarcheId } = await params;
  try {
    const { json, fileName } = await exportDemarcheJson(await getViewer(), demarcheId);
    return fileResponse(json, "application/json; charset=utf-8", fileName);
  } catch (error) {
    return refusalResponse(error);
  }
}
