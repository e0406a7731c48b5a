import { z } from "zod";
import { DISPLAY_NAME_MAX } from "@/lib/schemas/auth";
import { rowId } from "@/lib/schemas/common";
import { safeString } from "@/lib/schemas/text";
import { tooLong } from "@/lib/schemas/message-key";

/** One person's entry, for admit, refuse and remove (decision 013). */
export const participantRefSchema = z.object({ participantId: rowId });
export type ParticipantRefInput = z.input<typeof participantRefSchema>;

export const moveParticipantSchema = z.object({ participantId: rowId, toGroupId: rowId });
export type MoveParticipantInput = z.input<typeof moveParticipantSchema>;

/** Two entries of one person: `keepId` stays, `mergeId` is folded into it. */
export const mergeParticipantsSchema = z
  .object({ keepId: rowId, mergeId: rowId })
  .refine((v) => v.keepId !== v.mergeId, { message: "validation.mergeSame", path: ["mergeId"] });
export type MergeParticipantsInput = z.input<typeof mergeParticipantsSchema>;

export const renameParticipantEntrySchema = z.object({
  participantId: rowId,
  displayName: safeString().trim().min(1, "validation.displayNameRequired").max(DISPLAY_NAME_MAX, tooLong(DISPLAY_NAME_MAX)),
});
export type RenameParticipantEntryInput = z.input<typeof renameParticipantEntrySchema>;
