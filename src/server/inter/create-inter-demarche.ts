import "server-only";
import { defaultInterMeetingPlan, INTER_WORKSHOPS } from "@/domain/inter-organisations";
import { defaultsIn } from "@/i18n/default-texts";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { daysBetween } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import {
  createGroups,
  createProposedMeetings,
  type DemarcheSetUpInput,
  demarcheRowData,
} from "@/server/demarches/demarche-set-up";

export type CreateInterDemarcheInput = DemarcheSetUpInput & {
  /** The first organisation (side A); also the name on the démarche's Organisation row. */
  organisationName: string;
  /** The second organisation (side B). */
  partnerOrganisationName: string;
  /** Both organisations agreed to be named to each other (decision 023): the schema requires `true`. */
  namingConsents: { a: true; b: true };
};

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
  const t = defaultsIn(input.outputLocale ?? DEFAULT_LOCALE);
  const plan = defaultInterMeetingPlan(Math.max(0, daysBetween(input.startDate, input.endDate)));
  const consentAt = new Date();

  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: { name: input.organisationName, createdById: facilitator.facilitatorId },
      select: { id: true },
    });
    const demarche = await tx.demarche.create({
      data: {
        ...demarcheRowData(input, {
          organisationId: organisation.id,
          facilitatorId: facilitator.facilitatorId,
          t,
          engagementDefault: t("interEngagementText"),
        }),
        context: "inter-organismes",
        interOrganisations: {
          create: [
            { side: "a", name: input.organisationName },
            { side: "b", name: input.partnerOrganisationName },
          ].map((o) => ({ ...o, namingConsentAt: consentAt, namingConsentById: facilitator.facilitatorId })),
        },
      },
      select: { id: true },
    });
    const groups = await createGroups(
      tx,
      demarche.id,
      INTER_WORKSHOPS.map((kind) => ({ kind, label: t(`interWorkshopLabels.${kind}`) })),
    );
    await createProposedMeetings(
      tx,
      demarche.id,
      input.startDate,
      plan.map((meeting) => {
        const group = meeting.groupIndex === null ? null : groups[meeting.groupIndex];
        const key = meeting.bilan ? "bilan" : (meeting.kind as "lancement" | "atelier" | "mise_en_commun");
        return {
          kind: meeting.kind,
          dayOffset: meeting.dayOffset,
          groupId: group?.id ?? null,
          title: t(`interMeetingTitles.${key}`, { group: group?.label ?? "" }),
          agenda: t(`interMeetingAgendas.${key}`),
        };
      }),
    );
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
