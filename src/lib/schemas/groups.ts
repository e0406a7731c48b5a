import { z } from "zod";
import { DISPLAY_NAME_MAX } from "@/lib/schemas/auth";
import { localDate, requiredText, rowId, wholeNumber } from "@/lib/schemas/common";
import { safeString } from "@/lib/schemas/text";
import { tooLong } from "@/lib/schemas/message-key";

export const GROUP_LABEL_MAX = 80;
/** Never below the source's three: a smaller group could expose a person's answers. */
export const GROUP_MIN_SIZE_FLOOR = 3;
export const GROUP_MIN_SIZE_CEILING = 50;

const groupFields = {
  label: requiredText(GROUP_LABEL_MAX),
  minSize: wholeNumber(GROUP_MIN_SIZE_FLOOR, GROUP_MIN_SIZE_CEILING),
};

export const addGroupSchema = z.object({ demarcheId: rowId, ...groupFields });
export type AddGroupInput = z.input<typeof addGroupSchema>;

export const updateGroupSchema = z.object({ groupId: rowId, ...groupFields });
export type UpdateGroupInput = z.input<typeof updateGroupSchema>;

export const groupRefSchema = z.object({ groupId: rowId });

export const addParticipantByHandSchema = z.object({
  groupId: rowId,
  /** The version read to the person: a newer one in between is a conflict. */
  engagementTextId: rowId,
  displayName: safeString().trim().min(1, "validation.displayNameRequired").max(DISPLAY_NAME_MAX, tooLong(DISPLAY_NAME_MAX)),
  oralConsent: z.literal(true, "validation.oralConsentRequired"),
});
export type AddParticipantByHandInput = z.input<typeof addParticipantByHandSchema>;

export const renewInvitationSchema = z.object({ groupId: rowId, expiresOn: localDate });
export type RenewInvitationInput = z.input<typeof renewInvitationSchema>;
