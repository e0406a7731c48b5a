/**
 * What every server action returns: data, or an error as data (never a
 * thrown error reaching the browser). `fieldErrors` is keyed by the form
 * field's name and shaped for react-hook-form's `setError(name, error)`.
 */
export type FieldError = { type: "server"; message: string };

export type ActionFailure = {
  ok: false;
  code:
    | "UNAUTHENTICATED"
    | "FORBIDDEN"
    | "NOT_FOUND"
    | "VALIDATION"
    | "CONFLICT"
    | "INVALID_STATE"
    | "RATE_LIMITED"
    | "BUSY"
    | "INTERNAL";
  message: string;
  fieldErrors: Record<string, FieldError>;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
