"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { newDemarcheSchema } from "@/lib/schemas/demarches";
import { newInterDemarcheSchema } from "@/lib/schemas/inter";
import { defineAction } from "@/server/actions/define-action";
import { createDemarche } from "@/server/demarches/create-demarche";
import { createInterDemarche } from "@/server/inter/create-inter-demarche";

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
    outputLocale: input.outputLocale,
  });
  revalidatePath("/demarches");
  redirect(`/demarches/${created.demarcheId}`);
});

/** The same form with the « inter-organismes » context (decision 023): its own schema and use case. */
export const createInterDemarcheAction = defineAction(
  "createInterDemarche",
  newInterDemarcheSchema,
  async (input, { viewer }) => {
    const created = await createInterDemarche(viewer, {
      organisationName: input.organisationName,
      partnerOrganisationName: input.partnerOrganisationName,
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
      outputLocale: input.outputLocale,
      namingConsents: { a: input.namingConsentA, b: input.namingConsentB },
    });
    revalidatePath("/demarches");
    redirect(`/demarches/${created.demarcheId}/inter`);
  },
);
