import "server-only";
import { pisteEditRefusal } from "@/domain/report-rules";
import type { Phase, PisteOrientation } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";

export type SavePlenaryPisteInput = {
  demarcheId: string;
  /** Empty or absent for a new piste. */
  pisteId?: string;
  orientation: PisteOrientation;
  title: string;
  description: string;
  supportGroupIds: string[];
  needsArbitrage: boolean;
  arbitrageNote: string;
};

/**
 * Records (or edits) a piste retained at the mise en commun for the CA:
 * merged from the groups' proposals, oriented « consolider des acquis » or
 * « changer de cap », supported by some groups, possibly flagged for the
 * CA's arbitrage. Plenary pistes have no group of their own (groupId null).
 */
export async function savePlenaryPiste(viewer: Viewer, input: SavePlenaryPisteInput): Promise<{ pisteId: string }> {
  await requireDemarcheFacilitator(viewer, input.demarcheId, db);
  const demarche = await db.demarche.findUnique({
    where: { id: input.demarcheId },
    select: { phase: true, caReport: { select: { publishedAt: true } }, groups: { select: { id: true } } },
  });
  if (!demarche) throw notFound();
  const refusal = pisteEditRefusal(demarche.phase as Phase, Boolean(demarche.caReport?.publishedAt));
  if (refusal) throw new AppError("INVALID_STATE", `report.${refusal}`);

  // Group ids come from the browser: each must be a group of this démarche.
  const own = new Set(demarche.groups.map((g) => g.id));
  const supportGroupIds = [...new Set(input.supportGroupIds)];
  if (supportGroupIds.length === 0 || supportGroupIds.some((id) => !own.has(id))) {
    throw new AppError("VALIDATION", "invalidInput", { fieldErrors: { supportGroupIds: "report.unknownGroup" } });
  }

  const fields = {
    orientation: input.orientation,
    title: input.title,
    description: input.description,
    needsArbitrage: input.needsArbitrage,
    arbitrageNote: input.needsArbitrage ? input.arbitrageNote : "",
  };

  return db.$transaction(async (tx) => {
    let pisteId: string;
    if (input.pisteId) {
      const existing = await tx.piste.findUnique({
        where: { id: input.pisteId },
        select: { id: true, demarcheId: true, groupId: true },
      });
      if (!existing || existing.demarcheId !== input.demarcheId || existing.groupId !== null) throw notFound();
      await tx.piste.update({ where: { id: existing.id }, data: fields });
      await tx.pisteSupport.deleteMany({ where: { pisteId: existing.id } });
      pisteId = existing.id;
    } else {
      const last = await tx.piste.aggregate({
        where: { demarcheId: input.demarcheId, groupId: null },
        _max: { sortOrder: true },
      });
      const created = await tx.piste.create({
        data: { ...fields, demarcheId: input.demarcheId, groupId: null, sortOrder: (last._max.sortOrder ?? -1) + 1 },
        select: { id: true },
      });
      pisteId = created.id;
    }
    await tx.pisteSupport.createMany({ data: supportGroupIds.map((groupId) => ({ pisteId, groupId })) });
    await recordAudit(
      viewer,
      {
        demarcheId: input.demarcheId,
        action: input.pisteId ? "piste.update" : "piste.create",
        entityType: "Piste",
        entityId: pisteId,
        detail: {
          orientation: input.orientation,
          supports: supportGroupIds.length,
          needsArbitrage: input.needsArbitrage,
        },
      },
      tx,
    );
    return { pisteId };
  });
}
