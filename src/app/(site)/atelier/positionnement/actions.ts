"use server";
import { positionAnswersSchema, submittedAnswersSchema } from "@/lib/schemas/workshop";
import { defineAction } from "@/server/actions/define-action";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";

/** Autosave: no revalidation, the form keeps its own state and nothing else on the page changes. */
export const saveMyPositionDraftAction = defineAction("saveMyPositionDraft", positionAnswersSchema, (input, ctx) =>
  saveMyPositionDraft(ctx.viewer, input),
);

/**
 * No revalidation either (issue 18): rendering this page again in the reply
 * was about a third of a confirmation's server time. The form shows the new
 * state from the result; the participant pages the router kept from before
 * (Back, Forward) render again when they reappear (components/live/own-changes.ts).
 */
export const submitMyPositionAction = defineAction("submitMyPosition", submittedAnswersSchema, (input, ctx) =>
  submitMyPosition(ctx.viewer, input),
);
