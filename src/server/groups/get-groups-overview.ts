import "server-only";
import { effectiveMinSize } from "@/domain/group-disclosure";
import { canChangeGroups, isReadOnlyPhase } from "@/domain/phases";
import { JOINABLE_PHASES } from "@/domain/joining";
import { formatShortCode } from "@/domain/short-code";
import type { GroupKindValue } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { invitationLink } from "@/server/invitations/invitation-link";
import { unseal } from "@/server/secrets";

export type InvitationStatus = "active" | "expired" | "none";

/**
 * The groups of a démarche for its facilitator: each group's invitation (link
 * and code, shown again from their sealed copies), and who has joined, by
 * display name only, with the version of the conditions they accepted.
 */
export async function getGroupsOverview(viewer: Viewer, demarcheId: string, now: Date = new Date()) {
  const { demarche } = await requireDemarcheForRead(viewer, demarcheId, db);
  const [groups, currentText, retention] = await Promise.all([
    db.group.findMany({
      where: { demarcheId },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        kind: true,
        label: true,
        minSize: true,
        workshopClosedAt: true,
        releasedAt: true,
        invitations: {
          where: { revokedAt: null },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { id: true, tokenSealed: true, codeSealed: true, expiresAt: true, createdAt: true },
        },
        participants: {
          orderBy: { joinedAt: "asc" },
          select: {
            id: true,
            displayName: true,
            joinedAt: true,
            admittedAt: true,
            addedByFacilitator: true,
            withdrawnAt: true,
            consents: {
              where: { purpose: "participation" },
              orderBy: { givenAt: "desc" },
              take: 1,
              select: {
                givenAt: true,
                withdrawnAt: true,
                recordedById: true,
                engagementText: { select: { version: true } },
              },
            },
          },
        },
      },
    }),
    db.engagementText.findFirst({
      where: { demarcheId },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    }),
    db.demarche.findUniqueOrThrow({ where: { id: demarche.id }, select: { anonymisedAt: true } }),
  ]);

  return {
    demarche: {
      id: demarche.id,
      name: demarche.name,
      phase: demarche.phase,
      endDate: demarche.endDate,
      readOnly: isReadOnlyPhase(demarche.phase),
      /** Retention erased the names (closed démarche). */
      anonymisedAt: retention.anonymisedAt,
      canChangeGroups: canChangeGroups(demarche.phase),
      canAddParticipants: JOINABLE_PHASES.includes(demarche.phase),
    },
    currentEngagementText: currentText,
    groups: groups.map((g) => {
      const invitation = g.invitations[0];
      const status: InvitationStatus = !invitation ? "none" : invitation.expiresAt <= now ? "expired" : "active";
      const participants = g.participants.map((p) => {
        const consent = p.consents[0];
        return {
          id: p.id,
          displayName: p.displayName,
          joinedAt: p.joinedAt,
          addedByFacilitator: p.addedByFacilitator,
          withdrawn: p.withdrawnAt !== null,
          admitted: p.admittedAt !== null,
          consent:
            consent && !consent.withdrawnAt
              ? {
                  version: consent.engagementText.version,
                  oral: consent.recordedById !== null,
                  givenAt: consent.givenAt,
                }
              : null,
        };
      });
      return {
        id: g.id,
        kind: g.kind as GroupKindValue,
        label: g.label,
        minSize: effectiveMinSize(g.minSize),
        workshopClosed: g.workshopClosedAt !== null,
        invitation: invitation
          ? {
              status,
              code: formatShortCode(unseal(invitation.codeSealed)),
              link: invitationLink(unseal(invitation.tokenSealed)),
              expiresAt: invitation.expiresAt,
            }
          : null,
        participants,
        // Only admitted people count towards the minimum (decision 013).
        consentingCount: participants.filter((p) => !p.withdrawn && p.admitted && p.consent).length,
        waitingCount: participants.filter((p) => !p.withdrawn && !p.admitted).length,
        // A group with nobody in it (not even someone who withdrew) can be removed.
        removable: g.participants.length === 0,
      };
    }),
  };
}
