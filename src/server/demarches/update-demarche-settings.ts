import "server-only";
import type { Locale } from "@/i18n/locales";
import { localDateTime } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireOpenDemarche } from "@/server/demarches/demarche-access";

export type DemarcheSettings = {
  demarcheId: string;
  organisationName: string;
  name: string;
  startDate: string;
  endDate: string;
  privacyOfficerName: string;
  privacyOfficerContact: string;
  mandateExpertise: string;
  mandateRepresentation: string;
  mandateParticipation: string;
  /** The language of the CA report, worksheets, invitation sheet and calendar; left out: unchanged. */
  outputLocale?: Locale;
};

/**
 * Saves the démarche's name, organisation, period, person in charge of
 * personal information, the mandate descriptions shown to participants and
 * the language of what the démarche produces for others. Only the démarche's
 * facilitators, while it is open (requireOpenDemarche).
 * Meetings keep their dates: the calendar warns about any that fall outside
 * a new period.
 */
export async function updateDemarcheSettings(viewer: Viewer, input: DemarcheSettings): Promise<{ demarcheId: string }> {
  return db.$transaction(async (tx) => {
    const { demarche } = await requireOpenDemarche(viewer, input.demarcheId, tx);
    const updated = await tx.demarche.update({
      where: { id: demarche.id },
      data: {
        name: input.name,
        startDate: localDateTime(input.startDate),
        endDate: localDateTime(input.endDate),
        privacyOfficerName: input.privacyOfficerName,
        privacyOfficerContact: input.privacyOfficerContact,
        mandateExpertiseText: input.mandateExpertise,
        mandateRepresentationText: input.mandateRepresentation,
        mandateParticipationText: input.mandateParticipation,
        ...(input.outputLocale ? { outputLocale: input.outputLocale } : {}),
      },
      select: { organisationId: true },
    });
    await tx.organisation.update({ where: { id: updated.organisationId }, data: { name: input.organisationName } });
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "demarche.update-settings",
        entityType: "Demarche",
        entityId: demarche.id,
        detail: { startDate: input.startDate, endDate: input.endDate, outputLocale: input.outputLocale ?? null },
      },
      tx,
    );
    return { demarcheId: demarche.id };
  });
}
