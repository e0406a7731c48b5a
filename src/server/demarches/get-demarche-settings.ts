import "server-only";
import { isReadOnlyPhase } from "@/domain/phases";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { toLocalYmd } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";

/** The démarche's editable settings, as the settings form shows them (dates as local "YYYY-MM-DD"). */
export async function getDemarcheSettings(viewer: Viewer, demarcheId: string) {
  const { demarche } = await requireDemarcheForRead(viewer, demarcheId, db);
  const row = await db.demarche.findUniqueOrThrow({
    where: { id: demarche.id },
    select: {
      name: true,
      startDate: true,
      endDate: true,
      privacyOfficerName: true,
      privacyOfficerContact: true,
      mandateExpertiseText: true,
      mandateRepresentationText: true,
      mandateParticipationText: true,
      outputLocale: true,
      organisation: { select: { name: true } },
    },
  });
  return {
    readOnly: isReadOnlyPhase(demarche.phase),
    values: {
      demarcheId: demarche.id,
      organisationName: row.organisation.name,
      name: row.name,
      startDate: toLocalYmd(row.startDate),
      endDate: toLocalYmd(row.endDate),
      privacyOfficerName: row.privacyOfficerName,
      privacyOfficerContact: row.privacyOfficerContact,
      mandateExpertise: row.mandateExpertiseText,
      mandateRepresentation: row.mandateRepresentationText,
      mandateParticipation: row.mandateParticipationText,
      outputLocale: isLocale(row.outputLocale) ? row.outputLocale : DEFAULT_LOCALE,
    },
  };
}
