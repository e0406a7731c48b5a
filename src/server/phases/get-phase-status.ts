import "server-only";
import { db } from "@/server/db";
import { checkAdvance, checkStepBack } from "@/domain/phases";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { loadPhaseSnapshot } from "@/server/phases/load-phase-snapshot";

/** Where the démarche stands, what blocks the next phase, and whether it may step back. */
export async function getPhaseStatus(viewer: Viewer, demarcheId: string) {
  await requireDemarcheForRead(viewer, demarcheId, db);
  const snapshot = await loadPhaseSnapshot(demarcheId, db);
  return { snapshot, advance: checkAdvance(snapshot), stepBack: checkStepBack(snapshot) };
}
