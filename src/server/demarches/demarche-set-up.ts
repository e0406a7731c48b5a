import "server-only";
import { DEFAULT_RETENTION_MONTHS } from "@/domain/lifecycle";
import type { GroupKindValue } from "@/domain/vocabulary";
import type { Translate } from "@/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { addDaysYmd, localDateTime } from "@/lib/local-time";
import type { Tx } from "@/server/db";

/**
 * What creating a démarche does the same way in every context (intra and
 * inter-organismes, decision 023): the démarche's own row with its version 1
 * of the conditions d'engagement, its groups, its proposed meetings. Each
 * creation use case (create-demarche.ts, create-inter-demarche.ts) says what
 * differs: which groups, which calendar, which default texts, invitations.
 */

/** What the facilitator gives at creation in every context. */
export type DemarcheSetUpInput = {
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

/** The local time of day the proposed meetings start (evening, when volunteers and CA members are free). */
const DEFAULT_MEETING_TIME = "18:30";

/**
 * The démarche's row as Prisma creates it: the creator as responsible
 * facilitator, the texts given or the defaults in the démarche's language
 * (`t`), and version 1 of the conditions d'engagement (`engagementDefault`,
 * the context's own wording).
 */
export function demarcheRowData(
  input: DemarcheSetUpInput,
  setUp: { organisationId: string; facilitatorId: string; t: Translate; engagementDefault: string },
) {
  const { t, facilitatorId } = setUp;
  return {
    organisationId: setUp.organisationId,
    name: input.name,
    outputLocale: input.outputLocale ?? DEFAULT_LOCALE,
    startDate: localDateTime(input.startDate),
    endDate: localDateTime(input.endDate),
    mandateExpertiseText: input.mandateTexts?.expertise ?? t("mandateText"),
    mandateRepresentationText: input.mandateTexts?.representation ?? t("mandateText"),
    mandateParticipationText: input.mandateTexts?.participation ?? t("mandateText"),
    privacyOfficerName: input.privacyOfficer?.name ?? "",
    privacyOfficerContact: input.privacyOfficer?.contact ?? "",
    retentionMonths: input.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    facilitators: { create: { facilitatorId, role: "responsable" } },
    engagementTexts: {
      create: { version: 1, body: input.engagementText ?? setUp.engagementDefault, createdById: facilitatorId },
    },
  };
}

/** The démarche's groups, in the given order, with their labels already in its language. */
export async function createGroups(
  tx: Tx,
  demarcheId: string,
  groups: readonly { kind: GroupKindValue; label: string }[],
) {
  const created = [];
  for (const [sortOrder, group] of groups.entries()) {
    created.push(
      await tx.group.create({
        data: { demarcheId, kind: group.kind, label: group.label, sortOrder },
        select: { id: true, label: true, kind: true },
      }),
    );
  }
  return created;
}

/** A meeting of a default calendar: its day from the start, its group if any, and its texts. */
export type ProposedMeeting = {
  kind: string;
  dayOffset: number;
  groupId: string | null;
  title: string;
  agenda: string;
};

/** The proposed meetings, in order, each on its day at the default evening time. */
export async function createProposedMeetings(
  tx: Tx,
  demarcheId: string,
  startDate: string,
  meetings: readonly ProposedMeeting[],
) {
  for (const [sortOrder, meeting] of meetings.entries()) {
    await tx.meeting.create({
      data: {
        demarcheId,
        kind: meeting.kind,
        groupId: meeting.groupId,
        sortOrder,
        title: meeting.title,
        agenda: meeting.agenda,
        startsAt: localDateTime(addDaysYmd(startDate, meeting.dayOffset), DEFAULT_MEETING_TIME),
      },
    });
  }
}
