import "server-only";
import { pisteEditRefusal } from "@/domain/report-rules";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";

/** Removes a plenary piste (its supports and any draft answer go with it) while pistes may still change. */
export async function deletePlenaryPiste(viewer: Viewer, input: { pisteId: string }): Promise<{ demarcheId: string }> {
  requireFacilitator(viewer);
  const piste = await db.piste.findUnique({
    where: { id: input.pisteId },
    select: {
      id: true,
      groupId: true,
      demarcheId: true,
      demarche: { select: { phase: true, caReport: { select: { publishedAt: true } } } },
    },
  });
  if (!piste || piste.groupId !== null) throw notFound();
  await requireDemarcheFacilitator(viewer, piste.demarcheId, db);
  const refusal = pisteEditRefusal(piste.demarche.phase as Phase, Boolean(piste.demarche.caReport?.publishedAt));
  if (refusal) throw new AppError("INVALID_STATE", `report.${refusal}`);
  await db.$transaction(async (tx) => {
    await tx.piste.delete({ where: { id: piste.id } });
    await recordAudit(
      viewer,
      { demarcheId: piste.demarcheId, action: "piste.delete", entityType: "Piste", entityId: piste.id },
      tx,
    );
  });
  return { demarcheId: piste.demarcheId };
}
