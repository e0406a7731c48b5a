import { z } from "zod";
import {
  accountNameField as name,
  emailField as email,
  newPasswordField as newPassword,
  passwordConfirmField as passwordConfirm,
  samePasswords,
  typedPasswordField,
} from "@/lib/schemas/auth";
import { rowId } from "@/lib/schemas/common";
import { safeString } from "@/lib/schemas/text";
import { tooLong } from "@/lib/schemas/message-key";

/** Schemas of the account forms (decision 020), shared by the forms and the actions. */

const token = safeString().min(1).max(200);
const id = rowId;

export const inviteColleagueSchema = z.object({
  label: safeString().trim().min(1, "validation.required").max(100, tooLong(100)),
});
export type InviteColleagueInput = z.input<typeof inviteColleagueSchema>;

export const accountIdSchema = z.object({ facilitatorId: id });
export const accountLinkIdSchema = z.object({ linkId: id });
export const setAccountDisabledSchema = z.object({ facilitatorId: id, disabled: z.boolean() });

export const acceptAccountInvitationSchema = z
  .object({ token, name, email, password: newPassword, passwordConfirm })
  .refine((v) => v.password === v.passwordConfirm, samePasswords);
export type AcceptAccountInvitationInput = z.input<typeof acceptAccountInvitationSchema>;

export const resetPasswordSchema = z
  .object({ token, password: newPassword, passwordConfirm })
  .refine((v) => v.password === v.passwordConfirm, samePasswords);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: typedPasswordField,
    password: newPassword,
    passwordConfirm,
  })
  .refine((v) => v.password === v.passwordConfirm, samePasswords);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export const emptySchema = z.object({}).strict();
