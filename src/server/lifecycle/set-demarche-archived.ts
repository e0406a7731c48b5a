import "server-only";
import { archiveRefusal } from "@/domain/lifecycle";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { AppError, notFound } from "@/server/errors";

export type SetDemarcheArchivedInput = { demarcheId: string; archived: boolean };

/**
 * Archives a closed démarche, or brings it back to the list (decision 021,
 * addendum): any facilitator of the démarche, responsible or
 * co-accompagnateur.trice; anyone else, the instance's administrateur.trice
 * included, gets NOT_FOUND. Archiving changes nothing but the list it
 * appears in: it stays read-only, exported, and anonymised on schedule.
 * Audited (`demarche.archive`, `demarche.unarchive`); asking for the state
 * it is already in writes nothing.
 */
export async function setDemarcheArchived(
  viewer: Viewer,
  input: SetDemarcheArchivedInput,
): Promise<{ archived: boolean }> {
  return db.$transaction(async (tx) => {
    const { demarche } = await requireDemarcheForRead(viewer, input.demarcheId, tx);
    const refusal = archiveRefusal({ phase: demarche.phase, archive: input.archived });
    if (refusal) throw new AppError("INVALID_STATE", "lifecycle.archiveNotClosed");
    const row = await tx.demarche.findUnique({ where: { id: demarche.id }, select: { archivedAt: true } });
    if (!row) throw notFound();
    if ((row.archivedAt !== null) === input.archived) return { archived: input.archived };
    await tx.demarche.update({
      where: { id: demarche.id },
      data: { archivedAt: input.archived ? new Date() : null },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: input.archived ? "demarche.archive" : "demarche.unarchive",
        entityType: "Demarche",
        entityId: demarche.id,
      },
      tx,
    );
    return { archived: input.archived };
  });
}
