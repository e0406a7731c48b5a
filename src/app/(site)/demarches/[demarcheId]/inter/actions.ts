"use server";
import { revalidatePath } from "next/cache";
import { interAgreementSchema } from "@/lib/schemas/inter";
import { defineAction } from "@/server/actions/define-action";
import { saveInterAgreement } from "@/server/inter/save-inter-agreement";

/** One inter-organismes workshop's agreement about one organisation (decision 023); authorised in the use case. */
export const saveInterAgreementAction = defineAction("saveInterAgreement", interAgreementSchema, async (input, ctx) => {
  const saved = await saveInterAgreement(ctx.viewer, input);
  revalidatePath(`/demarches/${saved.demarcheId}`, "layout");
  return saved;
});
