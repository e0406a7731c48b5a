import "server-only";
import { toLocalYmd, localDateTime } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { assertIntraContext, requireGroupOfFacilitator } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";

/**
 * Gives the group a new link and code valid until `expiresOn` (23:59 local
 * time) and revokes the previous ones: for a code that went too far, or to
 * extend an invitation. People who already joined are not affected.
 */
export async function renewGroupInvitation(
  viewer: Viewer,
  input: { groupId: string; expiresOn: string },
  now: Date = new Date(),
): Promise<{ invitationId: string }> {
  return db.$transaction(async (tx) => {
    const { group, demarche } = await requireGroupOfFacilitator(viewer, input.groupId, tx);
    assertIntraContext(demarche);
    if (input.expiresOn < toLocalYmd(now)) {
      throw new AppError("VALIDATION", "invalidInput", { fieldErrors: { expiresOn: "setup.expiryInPast" } });
    }
    const created = await createGroupInvitation(
      viewer,
      { demarcheId: group.demarcheId, groupId: group.id, expiresAt: localDateTime(input.expiresOn, "23:59") },
      tx,
    );
    return { invitationId: created.invitationId };
  });
}
