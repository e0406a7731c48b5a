"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { newDemarcheSchema } from "@/lib/schemas/demarches";
import { defineAction } from "@/server/actions/define-action";
import { createDemarche } from "@/server/demarches/create-demarche";

export const createDemarcheAction = defineAction("createDemarche", newDemarcheSchema, async (input, { viewer }) => {
  const created = await createDemarche(viewer, {
    organisationName: input.organisationName,
    name: input.name,
    startDate: input.startDate,
    endDate: input.endDate,
    engagementText: input.engagementText,
    mandateTexts: {
      expertise: input.mandateExpertise,
      representation: input.mandateRepresentation,
      participation: input.mandateParticipation,
    },
    privacyOfficer: { name: input.privacyOfficerName, contact: input.privacyOfficerContact },
    retentionMonths: input.retentionMonths,
  });
  revalidatePath("/demarches");
  redirect(`/demarches/${created.demarcheId}`);
});
