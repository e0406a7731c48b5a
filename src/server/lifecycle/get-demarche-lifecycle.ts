import "server-only";
import { deletionRefusal } from "@/domain/lifecycle";
import { isReadOnlyPhase } from "@/domain/phases";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { roleOf } from "@/server/team/team-access";

/** What the settings page needs to offer deleting the démarche (decision 021). */
export async function getDemarcheLifecycle(viewer: Viewer, demarcheId: string) {
  const { facilitator, demarche } = await requireDemarcheForRead(viewer, demarcheId, db);
  const [role, participantCount, row] = await Promise.all([
    roleOf(facilitator.facilitatorId, demarche.id, db),
    db.participant.count({ where: { demarcheId: demarche.id } }),
    db.demarche.findUniqueOrThrow({
      where: { id: demarche.id },
      select: {
        retentionMonths: true,
        previousDemarcheId: true,
        // Only cycles the viewer runs too: another team's démarche stays unknown.
        laterCycles: {
          where: { facilitators: { some: { facilitatorId: facilitator.facilitatorId } } },
          select: { id: true, name: true },
          take: 1,
        },
      },
    }),
  ]);
  return {
    demarcheId: demarche.id,
    name: demarche.name,
    phase: demarche.phase,
    isResponsible: role === "responsable",
    readOnly: isReadOnlyPhase(demarche.phase),
    retentionMonths: row.retentionMonths,
    someoneJoined: participantCount > 0,
    /** Everyone who ever joined (waiting, admitted or withdrawn): what deleting it destroys. */
    participantCount,
    laterCycle: row.laterCycles[0] ?? null,
    deletionRefusal: deletionRefusal({
      isResponsible: role === "responsable",
      phase: demarche.phase,
      participantCount,
    }),
  };
}
