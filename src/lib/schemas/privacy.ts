import { z } from "zod";
import { DISPLAY_NAME_MAX } from "@/lib/schemas/auth";
import { safeString } from "@/lib/schemas/text";
import { tooLong } from "@/lib/schemas/message-key";

export const renameSchema = z.object({
  displayName: safeString().trim().min(1, "validation.displayNameRequired").max(DISPLAY_NAME_MAX, tooLong(DISPLAY_NAME_MAX)),
});
export type RenameInput = z.input<typeof renameSchema>;

/** Withdrawing takes no input: who withdraws is the session, never a field. */
export const withdrawSchema = z.object({}).strict();
