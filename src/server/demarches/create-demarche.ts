import "server-only";
import { DEFAULT_RETENTION_MONTHS } from "@/domain/lifecycle";
import { defaultMeetingPlan } from "@/domain/meeting-template";
import { GROUP_KINDS, type GroupKindValue } from "@/domain/vocabulary";
import { defaultsIn } from "@/i18n/default-texts";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { addDaysYmd, daysBetween, localDateTime } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";

export type CreateDemarcheInput = {
  organisationName: string;
  name: string;
  /** Local dates, "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
  engagementText?: string;
  mandateTexts?: { expertise: string; representation: string; participation: string };
  /** Law 25 §3.1: may be left empty here, but the ateliers cannot start without them. */
  privacyOfficer?: { name: string; contact: string };
  /** Months identifying data is kept after closure (RETENTION_CHOICES); 12 by default. */
  retentionMonths?: number;
  /**
   * The language of what the démarche produces for others (decision 024), and
   * of the default texts written into it here; French when left out.
   */
  outputLocale?: Locale;
};

/** Default groups: the three the source requires ("autre" groups are added by hand). */
const DEFAULT_GROUP_KINDS = GROUP_KINDS.filter((k): k is Exclude<GroupKindValue, "autre"> => k !== "autre");

/** The local time of day the proposed meetings start (evening, when volunteers and CA members are free). */
const DEFAULT_MEETING_TIME = "18:30";

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
  const outputLocale = input.outputLocale ?? DEFAULT_LOCALE;
  const t = defaultsIn(outputLocale);
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
        organisationId: organisation.id,
        name: input.name,
        outputLocale,
        startDate: localDateTime(input.startDate),
        endDate: localDateTime(input.endDate),
        mandateExpertiseText: input.mandateTexts?.expertise ?? t("mandateText"),
        mandateRepresentationText: input.mandateTexts?.representation ?? t("mandateText"),
        mandateParticipationText: input.mandateTexts?.participation ?? t("mandateText"),
        privacyOfficerName: input.privacyOfficer?.name ?? "",
        privacyOfficerContact: input.privacyOfficer?.contact ?? "",
        retentionMonths: input.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
        isDemo,
        facilitators: { create: { facilitatorId: facilitator.facilitatorId, role: "responsable" } },
        engagementTexts: {
          create: {
            version: 1,
            body: input.engagementText ?? t("engagementText"),
            createdById: facilitator.facilitatorId,
          },
        },
      },
      select: { id: true },
    });
    const groups = [];
    for (const [index, kind] of DEFAULT_GROUP_KINDS.entries()) {
      groups.push(
        await tx.group.create({
          data: { demarcheId: demarche.id, kind, label: t(`groupLabels.${kind}`), sortOrder: index },
          select: { id: true, label: true, kind: true },
        }),
      );
    }
    if (withInvitations) {
      for (const group of groups) {
        await createGroupInvitation(
          viewer,
          { demarcheId: demarche.id, groupId: group.id, expiresAt: invitationExpiryFor(input.endDate) },
          tx,
        );
      }
    }
    for (const [index, meeting] of plan.entries()) {
      const group = meeting.groupIndex === null ? null : groups[meeting.groupIndex];
      await tx.meeting.create({
        data: {
          demarcheId: demarche.id,
          kind: meeting.kind,
          groupId: group?.id ?? null,
          sortOrder: index,
          title: t(`meetingTitles.${meeting.kind}`, { group: group?.label ?? "" }),
          agenda: t(`meetingAgendas.${meeting.kind}`),
          startsAt: localDateTime(addDaysYmd(input.startDate, meeting.dayOffset), DEFAULT_MEETING_TIME),
        },
      });
    }
    await recordAudit(
      viewer,
      { demarcheId: demarche.id, action: "demarche.create", entityType: "Demarche", entityId: demarche.id },
      tx,
    );
    return { demarcheId: demarche.id, organisationId: organisation.id, groups };
  });
}
