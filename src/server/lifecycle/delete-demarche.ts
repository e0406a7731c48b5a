import "server-only";
import { confirmsName, deletionRefusal } from "@/domain/lifecycle";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { roleOf } from "@/server/team/team-access";

export type DeleteDemarcheInput = { demarcheId: string; confirmName: string };

/**
 * Deletes a démarche (decision 021 and its addendum): its responsible
 * facilitator, typing its name, while it is in préparation and nobody ever
 * joined (a mistake), or once it is closed (everything personal destroyed at
 * once, not at the end of the retention period). Everything of it goes (groups, invitations, calendar, texts, its own
 * audit trail, and its organisation when no other démarche uses it); the
 * incident register keeps its rows (Law 25 §23, démarche unset), and one
 * instance-level audit row says who deleted what, and when.
 */
export async function deleteDemarche(viewer: Viewer, input: DeleteDemarcheInput): Promise<{ demarcheId: string }> {
  return db.$transaction(async (tx) => {
    const facilitator = await requireDemarcheFacilitator(viewer, input.demarcheId, tx);
    const demarche = await tx.demarche.findUnique({
      where: { id: input.demarcheId },
      select: {
        id: true,
        name: true,
        phase: true,
        organisationId: true,
        _count: { select: { participants: true, groups: true } },
      },
    });
    if (!demarche) throw notFound();
    const refusal = deletionRefusal({
      isResponsible: (await roleOf(facilitator.facilitatorId, demarche.id, tx)) === "responsable",
      phase: demarche.phase as Phase,
      participantCount: demarche._count.participants,
    });
    if (refusal === "notResponsible") throw new AppError("FORBIDDEN", "team.responsibleOnly");
    if (refusal) throw new AppError("INVALID_STATE", `lifecycle.${refusal}`);
    if (!confirmsName(input.confirmName, demarche.name)) {
      throw new AppError("VALIDATION", "lifecycle.nameMismatch", {
        fieldErrors: { confirmName: "lifecycle.nameMismatch" },
      });
    }

    // People first: their consents refer to the démarche's texts (onDelete: Restrict), and
    // PostgreSQL refuses the cascade from the démarche otherwise (SQLite lets it through).
    await tx.participant.deleteMany({ where: { demarcheId: demarche.id } });
    await tx.demarche.delete({ where: { id: demarche.id } });
    const othersInOrganisation = await tx.demarche.count({ where: { organisationId: demarche.organisationId } });
    if (othersInOrganisation === 0) await tx.organisation.delete({ where: { id: demarche.organisationId } });
    await recordAudit(
      viewer,
      {
        // Instance level: the démarche's own trail goes with it.
        demarcheId: null,
        action: "demarche.delete",
        entityType: "Demarche",
        entityId: demarche.id,
        // Numbers only: nothing left says who took part.
        detail: { name: demarche.name, groups: demarche._count.groups, participants: demarche._count.participants },
      },
      tx,
    );
    return { demarcheId: demarche.id };
  });
}
