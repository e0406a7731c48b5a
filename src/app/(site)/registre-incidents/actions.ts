"use server";
import { revalidatePath } from "next/cache";
import { incidentSchema } from "@/lib/schemas/incidents";
import { defineAction } from "@/server/actions/define-action";
import { recordIncident } from "@/server/incidents/record-incident";

export const recordIncidentAction = defineAction("recordIncident", incidentSchema, async (input, { viewer }) => {
  const created = await recordIncident(viewer, { ...input, demarcheId: input.demarcheId || undefined });
  revalidatePath("/registre-incidents");
  return { id: created.id };
});
