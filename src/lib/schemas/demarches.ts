import { z } from "zod";
import { DEFAULT_RETENTION_MONTHS, RETENTION_CHOICES } from "@/domain/lifecycle";
import { DEFAULT_LOCALE, LOCALES } from "@/i18n/locales";
import { localDate, optionalText, requiredText, rowId } from "@/lib/schemas/common";

export const ORGANISATION_NAME_MAX = 160;
export const DEMARCHE_NAME_MAX = 120;
export const ENGAGEMENT_TEXT_MAX = 10_000;
export const MANDATE_TEXT_MAX = 600;
export const PRIVACY_FIELD_MAX = 200;

/** One of the plain retention choices, in months (src/domain/lifecycle.ts). */
export const retentionMonths = z
  .number({ error: "validation.retentionChoice" })
  .int("validation.retentionChoice")
  .refine((v) => (RETENTION_CHOICES as readonly number[]).includes(v), "validation.retentionChoice");

const period = {
  startDate: localDate,
  endDate: localDate,
};

/** Dates compare as strings ("YYYY-MM-DD"); the end day is part of the démarche. */
const endNotBeforeStart = {
  check: (v: { startDate: string; endDate: string }) => v.endDate >= v.startDate,
  options: { path: ["endDate"], message: "validation.endBeforeStart" },
};

const mandateTexts = {
  mandateExpertise: requiredText(MANDATE_TEXT_MAX),
  mandateRepresentation: requiredText(MANDATE_TEXT_MAX),
  mandateParticipation: requiredText(MANDATE_TEXT_MAX),
};

/** The new-démarche form's fields, shared with the inter-organismes form (src/lib/schemas/inter.ts). */
export const newDemarcheFields = {
  organisationName: requiredText(ORGANISATION_NAME_MAX),
  name: requiredText(DEMARCHE_NAME_MAX),
  ...period,
  engagementText: requiredText(ENGAGEMENT_TEXT_MAX),
  ...mandateTexts,
  // May wait until the settings: the ateliers cannot start without them (phase rules).
  privacyOfficerName: optionalText(PRIVACY_FIELD_MAX).default(""),
  privacyOfficerContact: optionalText(PRIVACY_FIELD_MAX).default(""),
  retentionMonths: retentionMonths.default(DEFAULT_RETENTION_MONTHS),
  /**
   * The language of what the démarche produces for others and of the default
   * texts written into it (decision 024). The form proposes the facilitator's
   * interface language; left out, French.
   */
  outputLocale: z.enum(LOCALES, "validation.outputLocale").default(DEFAULT_LOCALE),
};

export { endNotBeforeStart };

export const newDemarcheSchema = z
  .object(newDemarcheFields)
  .refine(endNotBeforeStart.check, endNotBeforeStart.options);
export type NewDemarcheInput = z.input<typeof newDemarcheSchema>;

export const demarcheSettingsSchema = z
  .object({
    demarcheId: rowId,
    organisationName: requiredText(ORGANISATION_NAME_MAX),
    name: requiredText(DEMARCHE_NAME_MAX),
    ...period,
    privacyOfficerName: optionalText(PRIVACY_FIELD_MAX),
    privacyOfficerContact: optionalText(PRIVACY_FIELD_MAX),
    ...mandateTexts,
    /**
     * The language of what the démarche produces for others (decision 024);
     * left out, the current one is kept.
     */
    outputLocale: z.enum(LOCALES).optional(),
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.options);
export type DemarcheSettingsInput = z.input<typeof demarcheSettingsSchema>;

export const engagementTextSchema = z.object({
  demarcheId: rowId,
  /** The version the facilitator started from: a newer one in between is a conflict, not an overwrite. */
  basedOnVersion: z.number().int().min(1),
  body: requiredText(ENGAGEMENT_TEXT_MAX),
});
export type EngagementTextInput = z.input<typeof engagementTextSchema>;

/** A change to who runs a démarche: the colleague is named by their account id, checked by the server. */
export const teamChangeSchema = z.object({
  demarcheId: rowId,
  facilitatorId: rowId,
});
export type TeamChangeInput = z.input<typeof teamChangeSchema>;

/** Deleting a démarche created by mistake: its name typed again, compared by the server. */
export const deleteDemarcheSchema = z.object({
  demarcheId: rowId,
  confirmName: requiredText(DEMARCHE_NAME_MAX),
});
export type DeleteDemarcheInput = z.input<typeof deleteDemarcheSchema>;

/** Archiving a closed démarche (`archived: true`) or bringing it back to the list (`false`). */
export const archiveDemarcheSchema = z.object({ demarcheId: rowId, archived: z.boolean() });
export type ArchiveDemarcheInput = z.input<typeof archiveDemarcheSchema>;

/** A new retention period; the server refuses a longer one once someone joined. */
export const retentionSchema = z.object({ demarcheId: rowId, retentionMonths });
export type RetentionInput = z.input<typeof retentionSchema>;

/** « Nouveau cycle »: the new démarche's name and period; the rest is copied. */
export const newCycleSchema = z
  .object({
    demarcheId: rowId,
    name: requiredText(DEMARCHE_NAME_MAX),
    ...period,
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.options);
export type NewCycleInput = z.input<typeof newCycleSchema>;
