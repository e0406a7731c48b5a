import "server-only";
import { reactionRefusal } from "@/domain/report-rules";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { AppError, forbidden, notFound, unauthenticated } from "@/server/errors";

/**
 * A group's reaction to the CA's published report. Any participant of the
 * group submits a new version (the latest is the group's reaction; every
 * version stays, with its date and its author's role, for the group to see);
 * the facilitator may type one in for a group that worked in the room. A participant always writes for their own
 * group, whatever group id the browser sent.
 */
export async function saveGroupReaction(viewer: Viewer, input: { groupId?: string; text: string }): Promise<void> {
  let groupId: string;
  if (viewer.kind === "participant") groupId = viewer.groupId;
  else if (viewer.kind === "facilitator") {
    if (!input.groupId) throw notFound();
    groupId = input.groupId;
  } else if (viewer.kind === "anonymous") throw unauthenticated();
  else throw forbidden();

  const group = await db.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      demarcheId: true,
      demarche: { select: { phase: true, caReport: { select: { publishedAt: true } } } },
    },
  });
  if (!group) throw notFound();
  if (viewer.kind === "facilitator") await requireDemarcheFacilitator(viewer, group.demarcheId, db);
  const refusal = reactionRefusal(group.demarche.phase as Phase, Boolean(group.demarche.caReport?.publishedAt));
  if (refusal) throw new AppError("INVALID_STATE", `report.${refusal}`);

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
