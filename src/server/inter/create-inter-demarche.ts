import "server-only";
import { defaultInterMeetingPlan, INTER_WORKSHOPS } from "@/domain/inter-organisations";
import { DEFAULT_RETENTION_MONTHS } from "@/domain/lifecycle";
import { defaultsIn } from "@/i18n/default-texts";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { addDaysYmd, daysBetween, localDateTime } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";

export type CreateInterDemarcheInput = {
  /** The first organisation (side A); also the name on the démarche's Organisation row. */
  organisationName: string;
  /** The second organisation (side B). */
  partnerOrganisationName: string;
  name: string;
  /** Local dates, "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
  engagementText?: string;
  mandateTexts?: { expertise: string; representation: string; participation: string };
  privacyOfficer?: { name: string; contact: string };
  retentionMonths?: number;
  /** The language of what it produces and of the default texts written here (decision 024); French when left out. */
  outputLocale?: Locale;
  /** Both organisations agreed to be named to each other (decision 023): the schema requires `true`. */
  namingConsents: { a: true; b: true };
};

const DEFAULT_MEETING_TIME = "18:30";

/**
 * Creates an « inter-organismes » démarche (decision 023) in one transaction:
 * its Organisation row (side A's name), the two InterOrganisation rows with
 * their recorded naming consents, the two workshops (intervenant.e.s,
 * destinataires), version 1 of the conditions d'engagement and the five
 * meetings of the default calendar. No invitations: the facilitator types
 * each workshop's agreement in. The creator runs it.
 */
export async function createInterDemarche(viewer: Viewer, input: CreateInterDemarcheInput) {
  const facilitator = requireFacilitator(viewer);
  const outputLocale = input.outputLocale ?? DEFAULT_LOCALE;
  const t = defaultsIn(outputLocale);
  const plan = defaultInterMeetingPlan(Math.max(0, daysBetween(input.startDate, input.endDate)));
  const consentAt = new Date();

  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: { name: input.organisationName, createdById: facilitator.facilitatorId },
      select: { id: true },
    });
    const demarche = await tx.demarche.create({
      data: {
        organisationId: organisation.id,
        context: "inter-organismes",
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
        facilitators: { create: { facilitatorId: facilitator.facilitatorId, role: "responsable" } },
        engagementTexts: {
          create: {
            version: 1,
            body: input.engagementText ?? t("interEngagementText"),
            createdById: facilitator.facilitatorId,
          },
        },
        interOrganisations: {
          create: [
            { side: "a", name: input.organisationName },
            { side: "b", name: input.partnerOrganisationName },
          ].map((o) => ({ ...o, namingConsentAt: consentAt, namingConsentById: facilitator.facilitatorId })),
        },
      },
      select: { id: true },
    });
    const groups = [];
    for (const [index, kind] of INTER_WORKSHOPS.entries()) {
      groups.push(
        await tx.group.create({
          data: { demarcheId: demarche.id, kind, label: t(`interWorkshopLabels.${kind}`), sortOrder: index },
          select: { id: true, label: true, kind: true },
        }),
      );
    }
    for (const [index, meeting] of plan.entries()) {
      const group = meeting.groupIndex === null ? null : groups[meeting.groupIndex];
      await tx.meeting.create({
        data: {
          demarcheId: demarche.id,
          kind: meeting.kind,
          groupId: group?.id ?? null,
          sortOrder: index,
          title: meeting.bilan
            ? t("interMeetingTitles.bilan")
            : t(`interMeetingTitles.${meeting.kind as "lancement" | "atelier" | "mise_en_commun"}`, {
                group: group?.label ?? "",
              }),
          agenda: meeting.bilan
            ? t("interMeetingAgendas.bilan")
            : t(`interMeetingAgendas.${meeting.kind as "lancement" | "atelier" | "mise_en_commun"}`),
          startsAt: localDateTime(addDaysYmd(input.startDate, meeting.dayOffset), DEFAULT_MEETING_TIME),
        },
      });
    }
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "demarche.create",
        entityType: "Demarche",
        entityId: demarche.id,
        detail: { context: "inter-organismes", namingConsents: ["a", "b"] },
      },
      tx,
    );
    return { demarcheId: demarche.id, organisationId: organisation.id, groups };
  });
}
