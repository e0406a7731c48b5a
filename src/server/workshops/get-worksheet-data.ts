import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";

/**
 * What the printable worksheet shows: the démarche, the mandates'
 * descriptions as the facilitator wrote them, and optionally the group's name.
 * No person's data. Printed in the démarche's output language (decision 024);
 * the facilitator's own words are printed as written.
 */
export async function getWorksheetData(viewer: Viewer, demarcheId: string, groupId: string | null) {
  await requireDemarcheFacilitator(viewer, demarcheId, db);
  const demarche = await db.demarche.findUnique({
    where: { id: demarcheId },
    select: {
      name: true,
      organisation: { select: { name: true } },
      mandateExpertiseText: true,
      mandateRepresentationText: true,
      mandateParticipationText: true,
      outputLocale: true,
      groups: { where: groupId ? { id: groupId } : { id: "" }, select: { label: true } },
    },
  });
  if (!demarche) throw notFound();
  if (groupId && demarche.groups.length === 0) throw notFound();
  return {
    demarcheName: demarche.name,
    organisationName: demarche.organisation.name,
    groupLabel: demarche.groups[0]?.label ?? null,
    locale: isLocale(demarche.outputLocale) ? demarche.outputLocale : DEFAULT_LOCALE,
    mandateTexts: {
      expertise: demarche.mandateExpertiseText,
      representation: demarche.mandateRepresentationText,
      participation: demarche.mandateParticipationText,
    },
  };
}
