import type { ActionResult } from "@/lib/action-result";

/** A server action as the group-step components receive it (passed down by the page). */
export type Action<I, D = unknown> = (input: I) => Promise<ActionResult<D>>;

/** Runs an action; a network failure becomes a failure like the others, so forms keep what was typed. */
export async function run<I, D>(action: Action<I, D>, input: I, offlineMessage: string): Promise<ActionResult<D>> {
  try {
    return await action(input);
  } catch {
    return { ok: false, code: "INTERNAL", message: offlineMessage, fieldErrors: {} };
  }
}
