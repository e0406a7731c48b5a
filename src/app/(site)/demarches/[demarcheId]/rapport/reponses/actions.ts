"use server";
import { revalidatePath } from "next/cache";
import { caAnswerSchema, caSummarySchema, demarcheIdSchema, groupReactionSchema } from "@/lib/schemas/report";
import { defineAction } from "@/server/actions/define-action";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveCaSummary } from "@/server/ca/save-ca-summary";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";

// The CA's answers show on the report, the board's pages and the follow-up.
function refresh() {
  revalidatePath("/demarches/[demarcheId]/rapport", "layout");
  revalidatePath("/rapport", "layout");
  revalidatePath("/suivi");
}

export const recordCaAnswerAction = defineAction("recordCaAnswer", caAnswerSchema, async (input, { viewer }) => {
  await recordCaAnswer(viewer, input);
  refresh();
  return null;
});

export const saveCaSummaryAction = defineAction("saveCaSummary", caSummarySchema, async (input, { viewer }) => {
  await saveCaSummary(viewer, input);
  refresh();
  return null;
});

export const publishCaReportAction = defineAction("publishCaReport", demarcheIdSchema, async (input, { viewer }) => {
  await publishCaReport(viewer, input);
  refresh();
  return null;
});

/** The facilitator types in a group's reaction (a participant's own form is on /suivi). */
export const saveReactionForGroupAction = defineAction(
  "saveReactionForGroup",
  groupReactionSchema,
  async (input, { viewer }) => {
    await saveGroupReaction(viewer, { groupId: input.groupId, text: input.text });
    refresh();
    return null;
  },
);
