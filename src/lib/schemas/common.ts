import { z } from "zod";
import { isHm, isYmd } from "@/lib/local-time";
import { safeString } from "@/lib/schemas/text";
import { tooLong } from "@/lib/schemas/message-key";

/**
 * Building blocks for the facilitator's forms. Messages are keys into the
 * "validation" namespace; the server translates them, the client too.
 */

/** Row ids come from the page; the server still loads the row and checks who may touch it. */
export const rowId = safeString().min(1).max(64);

export function requiredText(max: number) {
  return safeString().trim().min(1, "validation.required").max(max, tooLong(max));
}

export function optionalText(max: number) {
  return safeString().trim().max(max, tooLong(max));
}

/** A local date as an <input type="date"> gives it: "YYYY-MM-DD". */
export const localDate = safeString()
  .trim()
  .min(1, "validation.required")
  .refine((v) => isYmd(v), "validation.dateInvalid");

/** Empty, or a local date. */
export const optionalLocalDate = safeString()
  .trim()
  .refine((v) => v === "" || isYmd(v), "validation.dateInvalid");

/** Empty, or a local time "HH:MM". */
export const optionalLocalTime = safeString()
  .trim()
  .refine((v) => v === "" || isHm(v), "validation.timeInvalid");

/** A whole number typed in a number field (react-hook-form's valueAsNumber gives NaN when empty). */
export function wholeNumber(min: number, max: number) {
  return z
    .number({ error: "validation.numberRequired" })
    .int("validation.numberRequired")
    .min(min, "validation.numberTooSmall")
    .max(max, "validation.numberTooBig");
}
