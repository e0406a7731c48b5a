import { z } from "zod";

// Half of a UTF-16 surrogate pair without the other half.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text that a database stores exactly as sent: no NUL character (PostgreSQL
 * refuses it in text columns) and no lone surrogate (not valid Unicode; the
 * database layer fails on it). No keyboard types either, so a form never
 * meets this refusal; a forged request does.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/** The start of every string field of every schema: `safeString().trim().max(…)`. */
export function safeString() {
  return z.string("validation.invalid").refine(isStorableText, "validation.invalidCharacters");
}
