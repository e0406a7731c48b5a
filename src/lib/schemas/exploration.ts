import { z } from "zod";
import { normalizeShortCode } from "@/domain/short-code";
import { safeString } from "@/lib/schemas/text";
import { positionAnswersSchema, submittedAnswersSchema } from "@/lib/schemas/workshop";
import { tooLong } from "@/lib/schemas/message-key";

/**
 * Schemas of the private explorations (decision 022), shared by the pages
 * and the server actions. The answers are the atelier's own schema: the same
 * three steps, the same limits.
 */

/** A code as typed: spaces, hyphens and case do not matter (like the home page's codes). */
const code = safeString()
  .max(40, tooLong(40))
  .transform(normalizeShortCode)
  .pipe(safeString().min(1, "validation.codeRequired"));

/** A colleague's device key: 32 random bytes in base64url, made by the server. */
const memberKey = safeString().min(1).max(100);

export const explorationCodeSchema = z.object({ code });
export type ExplorationCodeInput = z.input<typeof explorationCodeSchema>;

export const keepSoloSchema = z.object({ answers: positionAnswersSchema });
/** The summary's PDF: the answers and when they were saved on the device, rendered and kept nowhere. */
export const soloSummaryPdfSchema = z.object({
  answers: positionAnswersSchema,
  savedAt: z.iso.datetime("validation.invalid"),
});
export const updateSoloSchema = z.object({ code, answers: positionAnswersSchema });

export const memberSchema = z.object({ code, memberKey });
export const memberDraftSchema = z.object({ code, memberKey, answers: positionAnswersSchema });
export const memberSubmitSchema = z.object({ code, memberKey, answers: submittedAnswersSchema });

/** Erasing: the code alone for a solo exploration; with the device key, one colleague's answers. */
export const eraseExplorationSchema = z.object({ code, memberKey: memberKey.optional() });

export const sharedViewSchema = z.object({ code, memberKey: memberKey.optional() });
export const noInputSchema = z.object({});
