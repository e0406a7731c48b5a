import "server-only";
import { defaultMeetingPlan } from "@/domain/meeting-template";
import { GROUP_KINDS, type GroupKindValue } from "@/domain/vocabulary";
import { defaultsIn } from "@/i18n/default-texts";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { daysBetween, localDateTime } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import {
  createGroups,
  createProposedMeetings,
  type DemarcheSetUpInput,
  demarcheRowData,
} from "@/server/demarches/demarche-set-up";

export type CreateDemarcheInput = DemarcheSetUpInput;

/** Default groups: the three the source requires ("autre" groups are added by hand). */
const DEFAULT_GROUP_KINDS = GROUP_KINDS.filter((k): k is Exclude<GroupKindValue, "autre"> => k !== "autre");

/** Invitations made with the démarche stay valid until its last day, 23:59 local time. */
export function invitationExpiryFor(endDate: string): Date {
  return localDateTime(endDate, "23:59");
}

/**
 * Creates an organisation and its démarche in one transaction, with what the
 * source asks for by default: the three homogeneous groups (minimum size 3),
 * version 1 of the conditions d'engagement, neutral mandate descriptions, the
 * six-meeting sequence spread over the period, and one invitation per group
 * (so the sheets can be printed right away). The creator runs it. The
 * default texts are written in the démarche's output language.
 * `withInvitations: false` is for the demo seed, which publishes fixed codes.
 */
export async function createDemarche(
  viewer: Viewer,
  input: CreateDemarcheInput,
  options: { isDemo?: boolean; withInvitations?: boolean } = {},
) {
  const facilitator = requireFacilitator(viewer);
  const t = defaultsIn(input.outputLocale ?? DEFAULT_LOCALE);
  const isDemo = options.isDemo ?? false;
  const withInvitations = options.withInvitations ?? true;
  const plan = defaultMeetingPlan(Math.max(0, daysBetween(input.startDate, input.endDate)), DEFAULT_GROUP_KINDS.length);

  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: { name: input.organisationName, createdById: facilitator.facilitatorId, isDemo },
      select: { id: true },
    });
    const demarche = await tx.demarche.create({
      data: {
        ...demarcheRowData(input, {
          organisationId: organisation.id,
          facilitatorId: facilitator.facilitatorId,
          t,
          engagementDefault: t("engagementText"),
        }),
        isDemo,
      },
      select: { id: true },
    });
    const groups = await createGroups(
      tx,
      demarche.id,
      DEFAULT_GROUP_KINDS.map((kind) => ({ kind, label: t(`groupLabels.${kind}`) })),
    );
    if (withInvitations) {
      for (const group of groups) {
        await createGroupInvitation(
          viewer,
          { demarcheId: demarche.id, groupId: group.id, expiresAt: invitationExpiryFor(input.endDate) },
          tx,
        );
      }
    }
    await createProposedMeetings(
      tx,
      demarche.id,
      input.startDate,
      plan.map((meeting) => {
        const group = meeting.groupIndex === null ? null : groups[meeting.groupIndex];
        return {
          kind: meeting.kind,
          dayOffset: meeting.dayOffset,
          groupId: group?.id ?? null,
          title: t(`meetingTitles.${meeting.kind}`, { group: group?.label ?? "" }),
          agenda: t(`meetingAgendas.${meeting.kind}`),
        };
      }),
    );
    await recordAudit(
      viewer,
      { demarcheId: demarche.id, action: "demarche.create", entityType: "Demarche", entityId: demarche.id },
      tx,
    );
    return { demarcheId: demarche.id, organisationId: organisation.id, groups };
  });
}
