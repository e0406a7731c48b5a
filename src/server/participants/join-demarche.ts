import "server-only";
import { ANONYMOUS } from "@/server/auth/viewer";
import { issueLoginTicket } from "@/server/auth/login-tickets";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { findInvitationByToken } from "@/server/participants/find-invitation";
import { codeDigest, randomShortCode, sha256 } from "@/server/secrets";

export type JoinInput = {
  token: string;
  displayName: string;
  acceptedEngagementTextId: string;
  /**
   * The random id of the browser that joins (a cookie set by the join
   * action), stored hashed, so the facilitator is warned when two entries
   * come from one browser. Absent when the browser sent none.
   */
  deviceId?: string;
};

/**
 * A group's code works any number of times and often passes through many
 * hands, so whoever joins with it is « en attente » (admittedAt null) until
 * the facilitator admits them: until then they count for nothing and see
 * nothing of the group (decision 013).
 *
 * Creates the participant in the invitation's group with their consent to the
 * exact text version they read, and a personal return code shown once (to
 * come back from another device). Returns a one-time login ticket.
 */
export async function joinDemarche(
  input: JoinInput,
): Promise<{ ticket: string; returnCode: string; participantId: string }> {
  const found = await findInvitationByToken(input.token);
  if (!found.ok) throw new AppError("INVALID_STATE", `invitation.${found.reason}`);
  const { invitation } = found;
  const text = invitation.engagementText;
  if (!text || text.id !== input.acceptedEngagementTextId) {
    // The facilitator edited the conditions while this person was reading.
    throw new AppError("CONFLICT", "engagementTextChanged");
  }

  for (let attempt = 0; attempt < 3; attempt++) {
    const returnCode = randomShortCode();
    try {
      const participant = await db.$transaction(async (tx) => {
        const created = await tx.participant.create({
          data: {
            demarcheId: invitation.demarcheId,
            groupId: invitation.groupId,
            displayName: input.displayName,
            returnCodeHash: codeDigest(returnCode),
            admittedAt: null,
            deviceHash: input.deviceId ? sha256(`device:${input.deviceId}`) : null,
            consents: { create: { engagementTextId: input.acceptedEngagementTextId, purpose: "participation" } },
          },
          select: { id: true },
        });
        await recordAudit(
          ANONYMOUS,
          {
            demarcheId: invitation.demarcheId,
            action: "participant.join",
            entityType: "Participant",
            entityId: created.id,
            detail: {
              groupId: invitation.groupId,
              invitationId: invitation.invitationId,
              engagementTextVersion: text.version,
            },
          },
          tx,
        );
        return created;
      });
      const ticket = await issueLoginTicket({ kind: "participant", participantId: participant.id });
      return { ticket, returnCode, participantId: participant.id };
    } catch (error) {
      // A return code that collides with an existing one: draw another.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not draw a unique return code");
}
