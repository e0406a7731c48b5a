"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { archiveDemarcheSchema, newCycleSchema } from "@/lib/schemas/demarches";
import { advancePhaseSchema, overridePhaseSchema, stepBackPhaseSchema } from "@/lib/schemas/phases";
import { defineAction } from "@/server/actions/define-action";
import { advancePhase } from "@/server/phases/advance-phase";
import { stepBackPhase } from "@/server/phases/step-back-phase";
import { setDemarcheArchived } from "@/server/lifecycle/set-demarche-archived";
import { startNewCycle } from "@/server/lifecycle/start-new-cycle";

/** Every page of the démarche shows its phase. */
function refresh() {
  revalidatePath("/demarches/[demarcheId]", "layout");
  revalidatePath("/demarches");
}

export const advancePhaseAction = defineAction("advancePhase", advancePhaseSchema, async (input, { viewer }) => {
  const result = await advancePhase(viewer, { demarcheId: input.demarcheId, from: input.from });
  refresh();
  return result;
});

export const overridePhaseAction = defineAction("overridePhase", overridePhaseSchema, async (input, { viewer }) => {
  const result = await advancePhase(viewer, input);
  refresh();
  return result;
});

export const stepBackPhaseAction = defineAction("stepBackPhase", stepBackPhaseSchema, async (input, { viewer }) => {
  const result = await stepBackPhase(viewer, input);
  refresh();
  return result;
});

export const startNewCycleAction = defineAction("startNewCycle", newCycleSchema, async (input, { viewer }) => {
  const created = await startNewCycle(viewer, input);
  revalidatePath("/demarches");
  redirect(`/demarches/${created.demarcheId}`);
});

export const setDemarcheArchivedAction = defineAction(
  "setDemarcheArchived",
  archiveDemarcheSchema,
  async (input, { viewer }) => {
    const result = await setDemarcheArchived(viewer, input);
    refresh();
    return result;
  },
);
