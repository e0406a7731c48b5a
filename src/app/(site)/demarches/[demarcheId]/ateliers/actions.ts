"use server";
import { revalidatePath } from "next/cache";
import {
  agreementSchema,
  conditionIdSchema,
  conditionSchema,
  groupIdSchema,
  pisteIdSchema,
  pisteSchema,
  positionOnBehalfSchema,
  submittedOnBehalfSchema,
} from "@/lib/schemas/workshop";
import { defineAction } from "@/server/actions/define-action";
import { savePositionOnBehalf } from "@/server/positions/save-position-on-behalf";
import { submitPositionOnBehalf } from "@/server/positions/submit-position-on-behalf";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { deleteGroupCondition } from "@/server/workshops/delete-group-condition";
import { deleteGroupPiste } from "@/server/workshops/delete-group-piste";
import { releaseGroupResults } from "@/server/workshops/release-group-results";
import { reopenWorkshop } from "@/server/workshops/reopen-workshop";
import { saveGroupAgreement } from "@/server/workshops/save-group-agreement";
import { saveGroupCondition } from "@/server/workshops/save-group-condition";
import { saveGroupPiste } from "@/server/workshops/save-group-piste";
import { undoGroupRelease } from "@/server/workshops/undo-group-release";

/**
 * The facilitator's actions on a group's atelier. Each one is authorised in
 * the server function against the loaded group; here they only parse, call,
 * and refresh the pages that show the group (the facilitator's pages, the
 * projected view, and what participants see).
 */
function refreshed<T extends { groupId: string; demarcheId: string }>(result: T): T {
  revalidatePath(`/demarches/${result.demarcheId}/ateliers`, "layout");
  revalidatePath(`/projection/${result.groupId}`);
  revalidatePath("/atelier", "layout");
  return result;
}

export const saveAgreementAction = defineAction("saveGroupAgreement", agreementSchema, async (input, ctx) =>
  refreshed(await saveGroupAgreement(ctx.viewer, input)),
);

export const saveConditionAction = defineAction("saveGroupCondition", conditionSchema, async (input, ctx) =>
  refreshed(await saveGroupCondition(ctx.viewer, input)),
);

export const deleteConditionAction = defineAction("deleteGroupCondition", conditionIdSchema, async (input, ctx) =>
  refreshed(await deleteGroupCondition(ctx.viewer, input)),
);

export const savePisteAction = defineAction("saveGroupPiste", pisteSchema, async (input, ctx) =>
  refreshed(await saveGroupPiste(ctx.viewer, input)),
);

export const deletePisteAction = defineAction("deleteGroupPiste", pisteIdSchema, async (input, ctx) =>
  refreshed(await deleteGroupPiste(ctx.viewer, input)),
);

export const closeWorkshopAction = defineAction("closeWorkshop", groupIdSchema, async (input, ctx) =>
  refreshed(await closeWorkshop(ctx.viewer, input)),
);

export const reopenWorkshopAction = defineAction("reopenWorkshop", groupIdSchema, async (input, ctx) =>
  refreshed(await reopenWorkshop(ctx.viewer, input)),
);

export const releaseResultsAction = defineAction("releaseGroupResults", groupIdSchema, async (input, ctx) =>
  refreshed(await releaseGroupResults(ctx.viewer, input)),
);

export const undoReleaseAction = defineAction("undoGroupRelease", groupIdSchema, async (input, ctx) =>
  refreshed(await undoGroupRelease(ctx.viewer, input)),
);

/** Autosave on someone's behalf: no revalidation while typing. */
export const savePositionOnBehalfAction = defineAction("savePositionOnBehalf", positionOnBehalfSchema, (input, ctx) =>
  savePositionOnBehalf(ctx.viewer, input),
);

export const submitPositionOnBehalfAction = defineAction(
  "submitPositionOnBehalf",
  submittedOnBehalfSchema,
  async (input, ctx) => {
    const saved = await submitPositionOnBehalf(ctx.viewer, input);
    revalidatePath(`/demarches/${saved.demarcheId}/ateliers`, "layout");
    return saved;
  },
);
