/**
 * What every server action returns: data, or an error as data (never a
 * thrown error reaching the browser). `fieldErrors` is keyed by the form
 * field's name and shaped for react-hook-form's `setError(name, error)`.
 */
export type FieldError = { type: "server"; message: string };

/** What the server layer refuses with on purpose; each is described in src/server/errors.ts. */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "INVALID_STATE"
  | "RATE_LIMITED"
  | "BUSY";

export type ActionFailure = {
  ok: false;
  /** INTERNAL: anything else (a bug); the person is told in general terms, the log has the rest. */
  code: AppErrorCode | "INTERNAL";
  message: string;
  fieldErrors: Record<string, FieldError>;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
