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

export const submitMyPositionAction = defineAction("submitMyPosition", submittedAnswersSchema, async (input, ctx) => {
  const saved = await submitMyPosition(ctx.viewer, input);
  revalidatePath("/atelier");
  revalidatePath("/atelier/groupe");
  return saved;
});
