import "server-only";
import { db } from "@/server/db";
import { isReadOnlyPhase } from "@/domain/phases";
import { toLocalYmd } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { loadCalendar } from "@/server/meetings/load-calendar";

/** The calendar page: meetings in order, with the non-blocking warnings. */
export async function getCalendar(viewer: Viewer, demarcheId: string) {
  const { demarche } = await requireDemarcheForRead(viewer, demarcheId, db);
  const calendar = await loadCalendar(demarche.id, db);
  return {
    demarche: {
      id: demarche.id,
      name: demarche.name,
      startDate: toLocalYmd(demarche.startDate),
      endDate: toLocalYmd(demarche.endDate),
      readOnly: isReadOnlyPhase(demarche.phase),
    },
    ...calendar,
  };
}
