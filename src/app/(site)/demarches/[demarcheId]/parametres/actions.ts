"use server";
import { revalidatePath } from "next/cache";
import { demarcheSettingsSchema } from "@/lib/schemas/demarches";
import { defineAction } from "@/server/actions/define-action";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";

export const updateDemarcheSettingsAction = defineAction(
  "updateDemarcheSettings",
  demarcheSettingsSchema,
  async (input, { viewer }) => {
    const result = await updateDemarcheSettings(viewer, input);
    revalidatePath("/demarches/[demarcheId]", "layout");
    revalidatePath("/demarches");
    return result;
  },
);
