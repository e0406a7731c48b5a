import "server-only";
import type { PerMille } from "@/domain/position";
import type { DecisionMode } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { assertGroupStepOpen, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";
import { triangleColumnsOf } from "@/server/positions/triangle-columns";

export type AgreementInput = {
  groupId: string;
  current: PerMille;
  desired: PerMille;
  decisionMode: DecisionMode;
  justification: string;
  examples: string;
  participantCount: number | null;
};

/**
 * Records the positions the group settled on together, how it decided
 * (consensus, majorité, unanimité) and why. Typed by the facilitator, on the
 * projected screen or afterwards from a paper atelier.
 */
export async function saveGroupAgreement(viewer: Viewer, input: AgreementInput) {
  return db.$transaction(async (tx) => {
    const { group } = await loadFacilitatorGroup(viewer, input.groupId, tx);
    assertGroupStepOpen(group);
    const data = {
      ...triangleColumnsOf(input),
      decisionMode: input.decisionMode,
      justification: input.justification,
      examples: input.examples,
      participantCount: input.participantCount,
    };
    const saved = await tx.groupAgreement.upsert({
      where: { groupId: group.id },
      create: { groupId: group.id, ...data },
      update: data,
      select: { updatedAt: true },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "group.agreement.save",
        entityType: "GroupAgreement",
        entityId: group.id,
        detail: { decisionMode: input.decisionMode, participantCount: input.participantCount },
      },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId, savedAt: saved.updatedAt };
  });
}
