import "server-only";
import type { AppErrorCode } from "@/lib/action-result";

/**
 * The one error type the server layer throws on purpose. Each code says what
 * the caller can do about it; `messageKey` points into the "errors" message
 * namespace so the text shown is French (or English later), never a stack.
 *
 * - UNAUTHENTICATED: nobody is signed in, or the session ended.
 * - FORBIDDEN: signed in, but this role may not do this (e.g. a participant
 *   calling a facilitator action).
 * - NOT_FOUND: the row does not exist *or the caller may not know it exists*
 *   (another facilitator's démarche answers NOT_FOUND, not FORBIDDEN).
 * - VALIDATION: the input is wrong; `fieldErrors` says where.
 * - CONFLICT: the input is fine but clashes with stored data (an email taken).
 * - INVALID_STATE: the démarche's phase or a lock forbids it now.
 * - RATE_LIMITED: too many attempts; try later.
 * - BUSY: the database could not take the request in time (the server is
 *   overloaded); nothing was written, the same request a few seconds later
 *   can succeed. Made from the database's error by `busyOrSame`.
 */
export type { AppErrorCode };

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  readonly fieldErrors: FieldErrors;

  constructor(
    code: AppErrorCode,
    messageKey: string,
    options: { params?: Record<string, string | number>; fieldErrors?: FieldErrors } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.params = options.params ?? {};
    this.fieldErrors = options.fieldErrors ?? {};
  }
}

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "unauthenticated");
export const forbidden = () => new AppError("FORBIDDEN", "forbidden");
export const notFound = () => new AppError("NOT_FOUND", "notFound");

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * Prisma's P2028: an interactive transaction that could not start in time
 * (no connection, or SQLite's one writer, free within `maxWait`) or ran past
 * its `timeout`. Either way the database rolled it back, so nothing of it was
 * written: an overloaded server, not a fault of the request.
 */
export function isTransactionTimeout(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2028"
  );
}

/** The BUSY error a transaction timeout stands for; any other error unchanged. */
export function busyOrSame(error: unknown): unknown {
  return isTransactionTimeout(error) ? new AppError("BUSY", "busy") : error;
}

/** Prisma's unique-constraint violation, mapped to a domain conflict by callers. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002"
  );
}
