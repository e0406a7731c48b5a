import { z } from "zod";
import { safeString } from "@/lib/schemas/text";
import { REPORT_LINK_DEFAULT_DAYS, REPORT_LINK_MAX_DAYS } from "@/domain/report-rules";
import { CA_DECISIONS, PISTE_ORIENTATIONS } from "@/domain/vocabulary";
import { isYmd } from "@/lib/local-time";
import { tooLong } from "@/lib/schemas/message-key";

/**
 * Schemas shared by the forms of the mise en commun, the CA's answers and the
 * follow-up, and by their server actions. Messages are keys under "validation".
 */

export const PISTE_TITLE_MAX = 200;
export const LONG_TEXT_MAX = 3000;
export const RESPONSIBLE_MAX = 200;
export const LINK_LABEL_MAX = 100;
export const RESOLUTION_MAX = 50;

const id = safeString().min(1).max(64);
const longText = safeString().trim().max(LONG_TEXT_MAX, tooLong(LONG_TEXT_MAX));

export const plenaryPisteSchema = z
  .object({
    demarcheId: id,
    /** Empty for a new piste. */
    pisteId: safeString().max(64),
    orientation: z.enum(PISTE_ORIENTATIONS, "validation.orientationRequired"),
    title: safeString().trim().min(1, "validation.required").max(PISTE_TITLE_MAX, tooLong(PISTE_TITLE_MAX)),
    description: longText,
    supportGroupIds: z.array(id).min(1, "validation.supportRequired").max(20),
    needsArbitrage: z.boolean(),
    arbitrageNote: longText,
  })
  .refine((value) => !value.needsArbitrage || value.arbitrageNote.length > 0, {
    path: ["arbitrageNote"],
    message: "validation.arbitrageNoteRequired",
  });
export type PlenaryPisteInput = z.input<typeof plenaryPisteSchema>;

export const pisteIdSchema = z.object({ pisteId: id });

export const caAnswerSchema = z
  .object({
    pisteId: id,
    decision: z.enum(CA_DECISIONS, "validation.decisionRequired"),
    reasons: safeString().trim().min(1, "validation.reasonsRequired").max(LONG_TEXT_MAX, tooLong(LONG_TEXT_MAX)),
    responsible: safeString().trim().max(RESPONSIBLE_MAX, tooLong(RESPONSIBLE_MAX)),
    /** Local date "YYYY-MM-DD", or empty. */
    dueDate: safeString()
      .trim()
      .refine((value) => value === "" || isYmd(value), "validation.dateInvalid"),
    /** The CA meeting that adopted the answer: local date "YYYY-MM-DD", or empty. */
    adoptedOn: safeString()
      .trim()
      .refine((value) => value === "" || isYmd(value), "validation.dateInvalid")
      .default(""),
    /** The resolution number in the CA's minutes, if any. */
    resolution: safeString().trim().max(RESOLUTION_MAX, tooLong(RESOLUTION_MAX)).default(""),
  })
  .superRefine((value, ctx) => {
    // A retained piste says who carries it and by when.
    if (value.decision !== "retenue") return;
    if (value.responsible === "") {
      ctx.addIssue({ code: "custom", path: ["responsible"], message: "validation.responsibleRequired" });
    }
    if (value.dueDate === "") {
      ctx.addIssue({ code: "custom", path: ["dueDate"], message: "validation.dueDateRequired" });
    }
  });
export type CaAnswerInput = z.input<typeof caAnswerSchema>;

export const caSummarySchema = z.object({ demarcheId: id, summary: longText });
export type CaSummaryInput = z.input<typeof caSummarySchema>;

export const demarcheIdSchema = z.object({ demarcheId: id });

export const groupReactionSchema = z.object({
  /** Only the facilitator names the group; a participant always writes for their own. */
  groupId: safeString().max(64),
  text: safeString().trim().min(1, "validation.reactionRequired").max(LONG_TEXT_MAX, tooLong(LONG_TEXT_MAX)),
});
export type GroupReactionInput = z.input<typeof groupReactionSchema>;

export const reportLinkSchema = z.object({
  demarcheId: id,
  label: safeString().trim().max(LINK_LABEL_MAX, tooLong(LINK_LABEL_MAX)),
  expiresInDays: z
    .number("validation.daysRange")
    .int("validation.daysRange")
    .min(1, "validation.daysRange")
    .max(REPORT_LINK_MAX_DAYS, "validation.daysRange"),
});
export type ReportLinkInput = z.input<typeof reportLinkSchema>;
export const REPORT_LINK_FORM_DEFAULT_DAYS = REPORT_LINK_DEFAULT_DAYS;

export const reportLinkIdSchema = z.object({ linkId: id });
