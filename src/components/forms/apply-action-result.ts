import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

/**
 * Puts a failed action's field errors next to their fields (react-hook-form
 * keeps what was typed) and returns the message for the form-level alert.
 */
export function applyActionResult<T extends FieldValues, D>(
  result: ActionResult<D>,
  setError: UseFormSetError<T>,
): string | null {
  if (result.ok) return null;
  let firstField = true;
  for (const [name, error] of Object.entries(result.fieldErrors)) {
    setError(name as Path<T>, error, { shouldFocus: firstField });
    firstField = false;
  }
  return result.message;
}
