"use server";
import { revalidatePath } from "next/cache";
import { caAnswerSchema, caSummarySchema, demarcheIdSchema } from "@/lib/schemas/report";
import { defineAction } from "@/server/actions/define-action";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveCaSummary } from "@/server/ca/save-ca-summary";

/** Board members answer for the CA; the server functions check they belong to the administrateur.trice.s group. */
function refresh() {
  revalidatePath("/rapport", "layout");
  revalidatePath("/demarches/[demarcheId]/rapport", "layout");
  revalidatePath("/suivi");
}

export const boardAnswerAction = defineAction("boardAnswer", caAnswerSchema, async (input, { viewer }) => {
  await recordCaAnswer(viewer, input);
  refresh();
  return null;
});

export const boardSummaryAction = defineAction("boardSummary", caSummarySchema, async (input, { viewer }) => {
  await saveCaSummary(viewer, input);
  refresh();
  return null;
});

export const boardPublishAction = defineAction("boardPublish", demarcheIdSchema, async (input, { viewer }) => {
  await publishCaReport(viewer, input);
  refresh();
  return null;
});
