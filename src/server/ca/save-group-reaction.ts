import "server-only";
import { reactionRefusal } from "@/domain/report-rules";
import { DEFAULT_SYNTHESIS_OPTIONS } from "@/domain/synthesis";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { AppError, forbidden, notFound, unauthenticated } from "@/server/errors";
import { COUNTED_MEMBER } from "@/server/workshops/group-figures";

/**
 * A group's reaction to the CA's published report. Any participant of the
 * group submits a new version (the latest is the group's reaction; every
 * version stays, with its date and its author's role, for the group to see);
 * the facilitator may type one in for a group that worked in the room. A
 * participant writes for their own group: no group id, or their own; another
 * group's id is refused (FORBIDDEN).
 */
export async function saveGroupReaction(viewer: Viewer, input: { groupId?: string; text: string }): Promise<void> {
  let groupId: string;
  if (viewer.kind === "participant") {
    // A participant writes for their own group only: naming another one is refused, not silently redirected.
    if (input.groupId && input.groupId !== viewer.groupId) throw forbidden();
    groupId = viewer.groupId;
  } else if (viewer.kind === "facilitator") {
    if (!input.groupId) throw notFound();
    groupId = input.groupId;
  } else if (viewer.kind === "anonymous") throw unauthenticated();
  else throw forbidden();

  const group = await db.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      demarcheId: true,
      minSize: true,
      agreement: { select: { participantCount: true } },
      _count: { select: { participants: { where: COUNTED_MEMBER } } },
      demarche: { select: { phase: true, caReport: { select: { publishedAt: true } } } },
    },
  });
  if (!group) throw notFound();
  if (viewer.kind === "facilitator") await requireDemarcheFacilitator(viewer, group.demarcheId, db);
  const refusal = reactionRefusal(group.demarche.phase as Phase, Boolean(group.demarche.caReport?.publishedAt));
  if (refusal) throw new AppError("INVALID_STATE", `report.${refusal}`);
  // A reaction is the group's own words: only a group large enough not to
  // point at one person gives one. Checked now, once: a reaction given stays
  // (decision 009), also when a member withdraws afterwards.
  const people = Math.max(group._count.participants, group.agreement?.participantCount ?? 0);
  const min = Math.max(group.minSize, DEFAULT_SYNTHESIS_OPTIONS.minGroupSize);
  if (people < min) throw new AppError("INVALID_STATE", "report.reactionTooFew", { params: { min } });

  await db.$transaction(async (tx) => {
    await tx.groupReaction.upsert({
      where: { groupId: group.id },
      create: { groupId: group.id, text: input.text },
      update: { text: input.text },
    });
    const writtenBy =
      viewer.kind === "participant" ? `participant:${viewer.participantId}` : `facilitator:${viewer.facilitatorId}`;
    await tx.groupReactionVersion.create({ data: { groupId: group.id, text: input.text, writtenBy } });
    await recordAudit(
      viewer,
      { demarcheId: group.demarcheId, action: "reaction.save", entityType: "Group", entityId: group.id },
      tx,
    );
  });
}
