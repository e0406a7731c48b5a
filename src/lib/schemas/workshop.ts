import { z } from "zod";
import { confirmationIssues, WHY_MAX } from "@/lib/schemas/position-rules";
import { safeString } from "@/lib/schemas/text";
import { isValidPerMille } from "@/domain/position";
import { CONDITION_KINDS, DECISION_MODES, PISTE_ORIENTATIONS } from "@/domain/vocabulary";
import { tooLong } from "@/lib/schemas/message-key";

export { WHY_MAX };

/**
 * Schemas of the atelier, shared by the forms and the server actions.
 * Messages are keys into the "validation" namespace.
 */

export const THEME_MAX = 60;
export const CONDITION_TEXT_MAX = 1000;
export const PISTE_TITLE_MAX = 200;
export const PISTE_DESCRIPTION_MAX = 2000;
export const PAPER_COUNT_MAX = 500;

const id = safeString().min(1).max(64);

/** A stored position: three integers 0..1000 summing to exactly 1000. */
const perMilleSchema = z
  .object({
    expertise: z.number().int().min(0).max(1000),
    representation: z.number().int().min(0).max(1000),
    participation: z.number().int().min(0).max(1000),
  })
  .refine(isValidPerMille, "validation.positionInvalid");

const text = (max: number) => safeString().max(max, tooLong(max));

/** Everything a person writes in the three steps; a position step is all or nothing. */
export const positionAnswersSchema = z.object({
  current: perMilleSchema.nullable(),
  currentWhy: text(WHY_MAX),
  currentExamples: text(WHY_MAX),
  desired: perMilleSchema.nullable(),
  desiredWhy: text(WHY_MAX),
  desiredExamples: text(WHY_MAX),
  conditionsHinder: text(WHY_MAX),
  conditionsSupport: text(WHY_MAX),
});
export type PositionAnswers = z.output<typeof positionAnswersSchema>;

export const EMPTY_ANSWERS: PositionAnswers = {
  current: null,
  currentWhy: "",
  currentExamples: "",
  desired: null,
  desiredWhy: "",
  desiredExamples: "",
  conditionsHinder: "",
  conditionsSupport: "",
};

/** Confirming needs both positions (position-rules.ts, shared with the form). */
function requireBothPositions(value: PositionAnswers, ctx: z.RefinementCtx): void {
  for (const issue of confirmationIssues(value))
    ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
}

export const submittedAnswersSchema = positionAnswersSchema.superRefine(requireBothPositions);

/**
 * What the facilitator types for a person without a device.
 * `overrideOwnAnswers`: they said, in the form's dialog, that they know they
 * are changing answers the person confirmed themself (decision 014).
 */
export const positionOnBehalfSchema = positionAnswersSchema.extend({
  participantId: id,
  overrideOwnAnswers: z.boolean().optional(),
});
export const submittedOnBehalfSchema = positionOnBehalfSchema.superRefine(requireBothPositions);

export const groupIdSchema = z.object({ groupId: id });

/** The form starts without a position (null); the server needs one. */
function requiredPosition(message: string) {
  return perMilleSchema.nullable().transform((value, ctx) => {
    if (value !== null) return value;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

export const agreementSchema = z.object({
  groupId: id,
  current: requiredPosition("validation.currentRequired"),
  desired: requiredPosition("validation.desiredRequired"),
  decisionMode: z.enum(DECISION_MODES, "validation.decisionModeRequired"),
  justification: text(WHY_MAX),
  examples: text(WHY_MAX),
  /** Only for a group that worked on paper: how many people took part ("" when not given). */
  participantCount: safeString()
    .trim()
    .regex(/^\d*$/, "validation.wholeNumber")
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number().int().min(1, "validation.wholeNumber").max(PAPER_COUNT_MAX, "validation.tooLarge").nullable()),
});
export type AgreementFormInput = z.input<typeof agreementSchema>;

export const conditionSchema = z.object({
  groupId: id,
  /** Absent for a new condition. */
  conditionId: id.optional(),
  kind: z.enum(CONDITION_KINDS, "validation.conditionKindRequired"),
  theme: safeString().trim().min(1, "validation.themeRequired").max(THEME_MAX, tooLong(THEME_MAX)),
  text: safeString().trim().min(1, "validation.required").max(CONDITION_TEXT_MAX, tooLong(CONDITION_TEXT_MAX)),
});
export type ConditionFormInput = z.input<typeof conditionSchema>;

export const conditionIdSchema = z.object({ conditionId: id });

export const pisteSchema = z.object({
  groupId: id,
  pisteId: id.optional(),
  orientation: z.enum(PISTE_ORIENTATIONS, "validation.orientationRequired"),
  title: safeString().trim().min(1, "validation.required").max(PISTE_TITLE_MAX, tooLong(PISTE_TITLE_MAX)),
  description: safeString().trim().max(PISTE_DESCRIPTION_MAX, tooLong(PISTE_DESCRIPTION_MAX)),
});
export type PisteFormInput = z.input<typeof pisteSchema>;

export const pisteIdSchema = z.object({ pisteId: id });
