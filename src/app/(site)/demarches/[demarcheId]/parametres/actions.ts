"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  deleteDemarcheSchema,
  demarcheSettingsSchema,
  retentionSchema,
  teamChangeSchema,
} from "@/lib/schemas/demarches";
import { defineAction } from "@/server/actions/define-action";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { changeRetention } from "@/server/lifecycle/change-retention";
import { deleteDemarche } from "@/server/lifecycle/delete-demarche";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { handOverResponsibility } from "@/server/team/hand-over-responsibility";
import { removeCoFacilitator } from "@/server/team/remove-co-facilitator";

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

export const addCoFacilitatorAction = defineAction("addCoFacilitator", teamChangeSchema, async (input, { viewer }) => {
  const result = await addCoFacilitator(viewer, input);
  revalidatePath("/demarches/[demarcheId]/parametres", "page");
  return result;
});

export const removeCoFacilitatorAction = defineAction(
  "removeCoFacilitator",
  teamChangeSchema,
  async (input, { viewer }) => {
    const result = await removeCoFacilitator(viewer, input);
    revalidatePath("/demarches/[demarcheId]/parametres", "page");
    return result;
  },
);

export const handOverResponsibilityAction = defineAction(
  "handOverResponsibility",
  teamChangeSchema,
  async (input, { viewer }) => {
    const result = await handOverResponsibility(viewer, input);
    revalidatePath("/demarches/[demarcheId]", "layout");
    return result;
  },
);

export const deleteDemarcheAction = defineAction("deleteDemarche", deleteDemarcheSchema, async (input, { viewer }) => {
  await deleteDemarche(viewer, input);
  revalidatePath("/demarches");
  redirect("/demarches");
});

export const changeRetentionAction = defineAction("changeRetention", retentionSchema, async (input, { viewer }) => {
  const result = await changeRetention(viewer, input);
  revalidatePath("/demarches/[demarcheId]/parametres", "page");
  return result;
});
