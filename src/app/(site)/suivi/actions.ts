"use server";
import { revalidatePath } from "next/cache";
import { groupReactionSchema } from "@/lib/schemas/report";
import { defineAction } from "@/server/actions/define-action";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";

/** A participant edits their own group's reaction; the group id sent by the browser is ignored. */
export const saveOwnReactionAction = defineAction("saveOwnReaction", groupReactionSchema, async (input, { viewer }) => {
  await saveGroupReaction(viewer, { text: input.text });
  revalidatePath("/suivi");
  revalidatePath("/rapport", "layout");
  revalidatePath("/demarches/[demarcheId]/rapport", "layout");
  return null;
});
