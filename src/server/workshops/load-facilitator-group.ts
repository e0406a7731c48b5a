import "server-only";
import type { Phase } from "@/domain/vocabulary";
import { groupStepRefusal, transitionRefusal, type WorkshopState, type WorkshopTransition } from "@/domain/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import type { Tx } from "@/server/db";
import { AppError, notFound } from "@/server/errors";

/**
 * Loads a group for a facilitator and checks, against the loaded row, that
 * they run its démarche. Another facilitator's group answers NOT_FOUND.
 */
export async function loadFacilitatorGroup(viewer: Viewer, groupId: string, client: Tx) {
  requireFacilitator(viewer);
  const group = await client.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      label: true,
      kind: true,
      minSize: true,
      sortOrder: true,
      workshopClosedAt: true,
      releasedAt: true,
      demarcheId: true,
      demarche: { select: { phase: true, name: true } },
    },
  });
  if (!group) throw notFound();
  const facilitator = await requireDemarcheFacilitator(viewer, group.demarcheId, client);
  return { group, facilitator };
}

export type FacilitatorGroup = Awaited<ReturnType<typeof loadFacilitatorGroup>>["group"];

function stateOf(group: FacilitatorGroup): WorkshopState {
  return {
    phase: group.demarche.phase as Phase,
    workshopClosedAt: group.workshopClosedAt,
    releasedAt: group.releasedAt,
  };
}

/** The group's own synthesis (agreement, conditions, pistes) may change now. */
export function assertGroupStepOpen(group: FacilitatorGroup): void {
  const refusal = groupStepRefusal(stateOf(group));
  if (refusal) throw new AppError("INVALID_STATE", `workshop.groupStep.${refusal}`);
}

export function assertTransition(transition: WorkshopTransition, group: FacilitatorGroup): void {
  const refusal = transitionRefusal(transition, stateOf(group));
  if (refusal) throw new AppError("INVALID_STATE", `workshop.transition.${refusal}`);
}
