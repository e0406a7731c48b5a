"use server";
import { revalidatePath } from "next/cache";
import {
  addGroupSchema,
  addParticipantByHandSchema,
  groupRefSchema,
  renewInvitationSchema,
  updateGroupSchema,
} from "@/lib/schemas/groups";
import { defineAction } from "@/server/actions/define-action";
import { addGroup } from "@/server/groups/add-group";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { removeGroup } from "@/server/groups/remove-group";
import { updateGroup } from "@/server/groups/update-group";
import { renewGroupInvitation } from "@/server/invitations/renew-group-invitation";
import { revokeGroupInvitation } from "@/server/invitations/revoke-group-invitation";

/** Groups show on the dashboard, the calendar (ateliers) and the sheets. */
function refresh() {
  revalidatePath("/demarches/[demarcheId]", "layout");
}

export const addGroupAction = defineAction("addGroup", addGroupSchema, async (input, { viewer }) => {
  const result = await addGroup(viewer, input);
  refresh();
  return result;
});

export const updateGroupAction = defineAction("updateGroup", updateGroupSchema, async (input, { viewer }) => {
  const result = await updateGroup(viewer, input);
  refresh();
  return result;
});

export const removeGroupAction = defineAction("removeGroup", groupRefSchema, async (input, { viewer }) => {
  const result = await removeGroup(viewer, input);
  refresh();
  return result;
});

export const renewInvitationAction = defineAction(
  "renewInvitation",
  renewInvitationSchema,
  async (input, { viewer }) => {
    const result = await renewGroupInvitation(viewer, input);
    refresh();
    return result;
  },
);

export const revokeInvitationAction = defineAction("revokeInvitation", groupRefSchema, async (input, { viewer }) => {
  const result = await revokeGroupInvitation(viewer, input);
  refresh();
  return result;
});

/** From the groups page or a group's atelier page: both list the group's people. */
export const addParticipantByHandAction = defineAction(
  "addParticipantByHand",
  addParticipantByHandSchema,
  async (input, { viewer }) => {
    const result = await addParticipantByHand(viewer, input);
    refresh();
    revalidatePath(`/projection/${result.groupId}`);
    return result;
  },
);
