"use server";
import { revalidatePath } from "next/cache";
import {
  addGroupSchema,
  addParticipantByHandSchema,
  groupRefSchema,
  renewInvitationSchema,
  updateGroupSchema,
} from "@/lib/schemas/groups";
import {
  mergeParticipantsSchema,
  moveParticipantSchema,
  participantRefSchema,
  renameParticipantEntrySchema,
} from "@/lib/schemas/admission";
import { defineAction } from "@/server/actions/define-action";
import { addGroup } from "@/server/groups/add-group";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { removeGroup } from "@/server/groups/remove-group";
import { updateGroup } from "@/server/groups/update-group";
import { renewGroupInvitation } from "@/server/invitations/renew-group-invitation";
import { revokeGroupInvitation } from "@/server/invitations/revoke-group-invitation";
import { admitParticipant } from "@/server/participants/admit-participant";
import { mergeParticipants } from "@/server/participants/merge-participants";
import { moveParticipant } from "@/server/participants/move-participant";
import { refuseParticipant } from "@/server/participants/refuse-participant";
import { removeParticipant } from "@/server/participants/remove-participant";
import { renameParticipantEntry } from "@/server/participants/rename-participant-entry";

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

// ─── Admission (decision 013): from the groups page and a group's atelier page ───

function refreshPeople(groupIds: string[]) {
  refresh();
  for (const groupId of groupIds) revalidatePath(`/projection/${groupId}`);
  // The person's own pages change with their admission.
  revalidatePath("/atelier", "layout");
}

export const admitParticipantAction = defineAction(
  "admitParticipant",
  participantRefSchema,
  async (input, { viewer }) => {
    const result = await admitParticipant(viewer, input);
    refreshPeople([result.groupId]);
    return { participantId: result.participantId };
  },
);

export const refuseParticipantAction = defineAction(
  "refuseParticipant",
  participantRefSchema,
  async (input, { viewer }) => {
    const result = await refuseParticipant(viewer, input);
    refreshPeople([result.groupId]);
    return { participantId: result.participantId };
  },
);

export const removeParticipantAction = defineAction(
  "removeParticipant",
  participantRefSchema,
  async (input, { viewer }) => {
    const result = await removeParticipant(viewer, input);
    refreshPeople([result.groupId]);
    return { participantId: result.participantId };
  },
);

export const moveParticipantAction = defineAction(
  "moveParticipant",
  moveParticipantSchema,
  async (input, { viewer }) => {
    const result = await moveParticipant(viewer, input);
    refreshPeople([result.fromGroupId, result.toGroupId]);
    return { participantId: result.participantId };
  },
);

export const mergeParticipantsAction = defineAction(
  "mergeParticipants",
  mergeParticipantsSchema,
  async (input, { viewer }) => {
    const result = await mergeParticipants(viewer, input);
    refreshPeople([result.groupId]);
    return { participantId: result.participantId, answers: result.answers };
  },
);

export const renameParticipantEntryAction = defineAction(
  "renameParticipantEntry",
  renameParticipantEntrySchema,
  async (input, { viewer }) => {
    const result = await renameParticipantEntry(viewer, input);
    refreshPeople([result.groupId]);
    return { participantId: result.participantId };
  },
);
