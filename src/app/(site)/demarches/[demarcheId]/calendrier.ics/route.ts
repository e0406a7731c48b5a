import { getViewer } from "@/server/auth/current-viewer";
import { isAppError } from "@/server/errors";
import { exportCalendar } from "@/server/meetings/export-calendar";

/**
 * GET /demarches/<id>/calendrier.ics: the sequence of meetings for a calendar
 * program. The server function checks that the caller runs this démarche;
 * everyone else gets a plain 404 (or 401 when not signed in).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ demarcheId: string }> }) {
  const { demarcheId } = await params;
  try {
    const file = await exportCalendar(await getViewer(), demarcheId);
    return new Response(file.body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      const status = error.code === "UNAUTHENTICATED" ? 401 : 404;
      return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
    }
    throw error;
  }
}
