import "server-only";
import { joinRefusal, type JoinRefusal } from "@/domain/joining";
import type { Phase } from "@/domain/vocabulary";
import { db } from "@/server/db";
import { sha256 } from "@/server/secrets";

export type InvitationForJoining = {
  invitationId: string;
  demarcheId: string;
  demarcheName: string;
  organisationName: string;
  groupId: string;
  groupLabel: string;
  startDate: Date;
  endDate: Date;
  engagementText: { id: string; version: number; body: string } | null;
  privacyOfficerName: string;
  privacyOfficerContact: string;
  /** Months identifying data is kept after closure: read before consenting (decision 021). */
  retentionMonths: number;
};

/**
 * What the holder of an invitation link may see before joining: the
 * démarche, the group and the conditions d'engagement. Holding the link is
 * the authorisation; nothing about other people is returned.
 */
export async function findInvitationByToken(
  token: string,
  now: Date = new Date(),
): Promise<{ ok: true; invitation: InvitationForJoining } | { ok: false; reason: JoinRefusal | "unknown" }> {
  if (!token || token.length > 200) return { ok: false, reason: "unknown" };
  const row = await db.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      group: { select: { id: true, label: true, workshopClosedAt: true } },
      demarche: {
        select: {
          id: true,
          name: true,
          phase: true,
          startDate: true,
          endDate: true,
          privacyOfficerName: true,
          privacyOfficerContact: true,
          retentionMonths: true,
          organisation: { select: { name: true } },
          engagementTexts: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, body: true } },
        },
      },
    },
  });
  if (!row) return { ok: false, reason: "unknown" };
  const refusal = joinRefusal(
    {
      revokedAt: row.revokedAt,
      expiresAt: row.expiresAt,
      phase: row.demarche.phase as Phase,
      workshopClosedAt: row.group.workshopClosedAt,
    },
    now,
  );
  if (refusal) return { ok: false, reason: refusal };
  return {
    ok: true,
    invitation: {
      invitationId: row.id,
      demarcheId: row.demarche.id,
      demarcheName: row.demarche.name,
      organisationName: row.demarche.organisation.name,
      groupId: row.group.id,
      groupLabel: row.group.label,
      startDate: row.demarche.startDate,
      endDate: row.demarche.endDate,
      engagementText: row.demarche.engagementTexts[0] ?? null,
      privacyOfficerName: row.demarche.privacyOfficerName,
      privacyOfficerContact: row.demarche.privacyOfficerContact,
      retentionMonths: row.demarche.retentionMonths,
    },
  };
}
