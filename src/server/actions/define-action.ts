import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { translateKey } from "@/i18n/translator";
import type { ActionFailure, ActionResult, FieldError } from "@/lib/action-result";
import { getRequestContext, type RequestContext } from "@/server/auth/request-context";
import { busyOrSame, isAppError } from "@/server/errors";
import { currentLocale } from "@/server/i18n/current-locale";
import { log } from "@/server/log";

const definitions = new WeakMap<object, { name: string; schema: z.ZodType }>();

/**
 * Wraps a server action: resolves who is calling, parses the input with the
 * same zod schema the form uses, runs the handler, and turns every failure
 * into data. Server actions are public endpoints, so nothing here trusts the
 * browser: the handler receives parsed input and the server-side viewer, and
 * the server functions it calls check authorisation themselves.
 */
export function defineAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (input: z.output<S>, ctx: RequestContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const action = async (raw: z.input<S>): Promise<ActionResult<T>> => {
    // Errors are written in the caller's language (decision 024).
    let locale: Locale = DEFAULT_LOCALE;
    try {
      const ctx = await getRequestContext();
      locale = await requestLocale();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return validationFailure(parsed.error.issues, locale);
      return { ok: true, data: await handler(parsed.data, ctx) };
    } catch (error) {
      // redirect() and notFound() work by throwing; let Next.js handle them.
      unstable_rethrow(error);
      return toFailure(name, error, locale);
    }
  };
  definitions.set(action, { name, schema });
  return action;
}

/**
 * The name and schema an action was defined with, or undefined for a plain
 * function. The security tests use it to fuzz every schema-checked action.
 */
export function actionDefinition(action: unknown): { name: string; schema: z.ZodType } | undefined {
  return typeof action === "function" ? definitions.get(action) : undefined;
}

/** The request's language; the default when it cannot be read (it must never turn an answer into a crash). */
async function requestLocale(): Promise<Locale> {
  try {
    return await currentLocale();
  } catch {
    return DEFAULT_LOCALE;
  }
}

function validationFailure(issues: z.core.$ZodIssue[], locale: Locale): ActionFailure {
  const fieldErrors: Record<string, FieldError> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "root";
    fieldErrors[field] ??= { type: "server", message: translateKey(issueKey(issue), issueParams(issue), locale) };
  }
  return { ok: false, code: "VALIDATION", message: translateKey("errors.invalidInput", {}, locale), fieldErrors };
}

/** Schemas carry message keys ("validation.required"); zod's own messages fall back to a generic one. */
function issueKey(issue: z.core.$ZodIssue): string {
  return issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
}

function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  return {};
}

function toFailure(name: string, thrown: unknown, locale: Locale): ActionFailure {
  // An overloaded server's transaction timeout is the caller's to retry, not a fault: said as BUSY.
  const error = busyOrSame(thrown);
  if (isAppError(error) && error.code === "BUSY") log.warn({ action: name, err: thrown }, "database busy");
  if (isAppError(error)) {
    const message = translateKey(`errors.${error.messageKey}`, error.params, locale);
    const fieldErrors: Record<string, FieldError> = {};
    for (const [field, key] of Object.entries(error.fieldErrors)) {
      fieldErrors[field] = { type: "server", message: translateKey(`errors.${key}`, error.params, locale) };
    }
    return { ok: false, code: error.code, message, fieldErrors };
  }
  const ref = randomUUID().slice(0, 8);
  log.error({ action: name, ref, err: error }, "server action failed");
  return { ok: false, code: "INTERNAL", message: translateKey("errors.internal", { ref }, locale), fieldErrors: {} };
}
