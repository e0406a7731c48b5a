"use server";
import { revalidatePath } from "next/cache";
import { positionAnswersSchema, submittedAnswersSchema } from "@/lib/schemas/workshop";
import { defineAction } from "@/server/actions/define-action";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";

/** Autosave: no revalidation, the form keeps its own state and nothing else on the page changes. */
export const saveMyPositionDraftAction = defineAction("saveMyPositionDraft", positionAnswersSchema, (input, ctx) =>
  saveMyPositionDraft(ctx.viewer, input),
);

/**
 * Revalidates although the form keeps its own state: without it the
 * browser's back button shows /atelier (and forward this page) from the
 * router's cache, as they were before confirming ("pas encore commencé").
 * Checked with a browser; the price is one render of this page in the reply,
 * made cheaper by sending only the page's own messages (ClientMessages).
 */
export const submitMyPositionAction = defineAction("submitMyPosition", submittedAnswersSchema, async (input, ctx) => {
  const saved = await submitMyPosition(ctx.viewer, input);
  revalidatePath("/atelier");
  revalidatePath("/atelier/groupe");
  return saved;
});
