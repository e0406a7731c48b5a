import { getViewer } from "@/server/auth/current-viewer";
import { isAppError } from "@/server/errors";
import { getMyData } from "@/server/privacy/get-my-data";

/** Law 25 portability: the participant's own data as a JSON file. */
export async function GET() {
  try {
    const data = await getMyData(await getViewer());
    const body = JSON.stringify(
      { format: "regards-croises/mes-donnees", version: 1, exportedAt: new Date().toISOString(), ...data },
      null,
      2,
    );
    return new Response(body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="mes-donnees-regards-croises.json"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response(null, { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    throw error;
  }
}
