import "server-only";
import { localDateTime } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";

export type IncidentRecord = {
  demarcheId?: string;
  occurredOn: string;
  discoveredOn: string;
  description: string;
  peopleConcerned: string;
  riskOfSeriousInjury: boolean;
  measures: string;
  reportedToCai: boolean;
};

/**
 * Law 25 register of confidentiality incidents: every incident is recorded,
 * whether or not it must be reported to the Commission d'accès à
 * l'information (risk of serious injury). Kept five years (not touched by
 * the retention rule).
 */
export async function recordIncident(viewer: Viewer, input: IncidentRecord) {
  const facilitator = requireFacilitator(viewer);
  if (input.demarcheId) await requireDemarcheFacilitator(viewer, input.demarcheId, db);
  return db.$transaction(async (tx) => {
    const created = await tx.confidentialityIncident.create({
      data: {
        demarcheId: input.demarcheId || null,
        occurredAt: localDateTime(input.occurredOn),
        discoveredAt: localDateTime(input.discoveredOn),
        description: input.description,
        peopleConcerned: input.peopleConcerned,
        riskOfSeriousInjury: input.riskOfSeriousInjury,
        measures: input.measures,
        reportedToCai: input.reportedToCai,
        createdById: facilitator.facilitatorId,
      },
      select: { id: true },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: input.demarcheId || null,
        action: "incident.record",
        entityType: "ConfidentialityIncident",
        entityId: created.id,
      },
      tx,
    );
    return created;
  });
}
