import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireSignedInParticipant } from "@/server/authz";
import { db } from "@/server/db";

/** Rectification: a participant changes the name or pseudonym they go by. */
export async function renameParticipant(viewer: Viewer, input: { displayName: string }) {
  const me = requireSignedInParticipant(viewer);
  await db.$transaction(async (tx) => {
    await tx.participant.update({ where: { id: me.participantId }, data: { displayName: input.displayName } });
    await recordAudit(
      viewer,
      {
        demarcheId: me.demarcheId,
        action: "participant.rename",
        entityType: "Participant",
        entityId: me.participantId,
      },
      tx,
    );
  });
}
