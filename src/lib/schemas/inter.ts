import { z } from "zod";
import { isValidPerMille } from "@/domain/position";
import { INTER_SIDES } from "@/domain/inter-organisations";
import { endNotBeforeStart, newDemarcheFields, ORGANISATION_NAME_MAX } from "@/lib/schemas/demarches";
import { requiredText, rowId } from "@/lib/schemas/common";
import { WHY_MAX } from "@/lib/schemas/position-rules";
import { safeString } from "@/lib/schemas/text";
import { tooLong } from "@/lib/schemas/message-key";

/**
 * The « inter-organismes » context (decision 023). Messages are keys into
 * the "validation" namespace.
 */

/** Both organisations must have agreed to be named to each other: a box each, ticked. */
const namingConsent = z.literal(true, "validation.interNamingConsentRequired");

/** The new-démarche form with the inter context: `organisationName` is the first organisation. */
export const newInterDemarcheSchema = z
  .object({
    ...newDemarcheFields,
    partnerOrganisationName: requiredText(ORGANISATION_NAME_MAX),
    namingConsentA: namingConsent,
    namingConsentB: namingConsent,
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.options)
  .refine(
    (v) => v.organisationName.toLocaleLowerCase("fr-CA") !== v.partnerOrganisationName.toLocaleLowerCase("fr-CA"),
    {
      path: ["partnerOrganisationName"],
      message: "validation.interSameOrganisation",
    },
  );
export type NewInterDemarcheInput = z.input<typeof newInterDemarcheSchema>;

const perMille = z
  .object({
    expertise: z.number().int().min(0).max(1000),
    representation: z.number().int().min(0).max(1000),
    participation: z.number().int().min(0).max(1000),
  })
  .refine(isValidPerMille, "validation.positionInvalid");

/** The form starts without a position (null); the server needs one. */
function requiredPosition(message: string) {
  return perMille.nullable().transform((value, ctx) => {
    if (value !== null) return value;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

const text = safeString().max(WHY_MAX, tooLong(WHY_MAX));

/** What one workshop agreed about one organisation. */
export const interAgreementSchema = z.object({
  /** The workshop: one of the démarche's two groups. */
  groupId: rowId,
  side: z.enum(INTER_SIDES, "validation.interSideRequired"),
  current: requiredPosition("validation.currentRequired"),
  desired: requiredPosition("validation.desiredRequired"),
  why: text,
  examples: text,
});
export type InterAgreementFormInput = z.input<typeof interAgreementSchema>;
