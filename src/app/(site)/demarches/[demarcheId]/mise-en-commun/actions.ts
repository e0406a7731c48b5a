"use server";
import { revalidatePath } from "next/cache";
import { pisteIdSchema, plenaryPisteSchema } from "@/lib/schemas/report";
import { defineAction } from "@/server/actions/define-action";
import { deletePlenaryPiste } from "@/server/plenary/delete-plenary-piste";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";

function refresh() {
  revalidatePath("/demarches/[demarcheId]/mise-en-commun", "page");
  revalidatePath("/demarches/[demarcheId]/rapport", "layout");
}

export const savePlenaryPisteAction = defineAction(
  "savePlenaryPiste",
  plenaryPisteSchema,
  async (input, { viewer }) => {
    const saved = await savePlenaryPiste(viewer, { ...input, pisteId: input.pisteId || undefined });
    refresh();
    return saved;
  },
);

export const deletePlenaryPisteAction = defineAction("deletePlenaryPiste", pisteIdSchema, async (input, { viewer }) => {
  await deletePlenaryPiste(viewer, input);
  refresh();
  return null;
});
