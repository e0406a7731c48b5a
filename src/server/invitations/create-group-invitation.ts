import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import type { Tx } from "@/server/db";
import { codeDigest, randomShortCode, randomToken, seal, sha256 } from "@/server/secrets";

/**
 * Creates a group's invitation (link token and short code) and revokes the
 * previous one: one active invitation per group. The caller has already
 * checked that the viewer runs the démarche.
 * `fixed` lets the demo seed publish known codes; real invitations are random.
 */
export async function createGroupInvitation(
  viewer: Viewer,
  input: { demarcheId: string; groupId: string; expiresAt: Date; fixed?: { token: string; code: string } },
  client: Tx,
): Promise<{ invitationId: string; token: string; code: string }> {
  const token = input.fixed?.token ?? randomToken();
  const code = input.fixed?.code ?? randomShortCode();
  const now = new Date();
  await client.invitation.updateMany({
    where: { groupId: input.groupId, revokedAt: null },
    data: { revokedAt: now },
  });
  const created = await client.invitation.create({
    data: {
      demarcheId: input.demarcheId,
      groupId: input.groupId,
      tokenHash: sha256(token),
      tokenSealed: seal(token),
      codeHash: codeDigest(code),
      codeSealed: seal(code),
      expiresAt: input.expiresAt,
      createdById: viewer.kind === "facilitator" ? viewer.facilitatorId : null,
    },
    select: { id: true },
  });
  await recordAudit(
    viewer,
    {
      demarcheId: input.demarcheId,
      action: "invitation.create",
      entityType: "Invitation",
      entityId: created.id,
      detail: { groupId: input.groupId },
    },
    client,
  );
  return { invitationId: created.id, token, code };
}
