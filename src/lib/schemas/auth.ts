import { z } from "zod";
import { normalizeShortCode } from "@/domain/short-code";
import { safeString } from "@/lib/schemas/text";
import { tooLong } from "@/lib/schemas/message-key";

/**
 * Schemas shared by the forms (react-hook-form's zodResolver) and the server
 * actions. Messages are keys into the "validation" namespace.
 */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 60;

export const ACCOUNT_NAME_MAX = 100;
export const EMAIL_MAX = 254;

/** The fields of every form that opens a facilitator account or sets a password (one definition each). */
export const emailField = safeString()
  .trim()
  .min(1, "validation.required")
  .max(EMAIL_MAX, tooLong(EMAIL_MAX))
  .email("validation.emailInvalid");
export const accountNameField = safeString()
  .trim()
  .min(1, "validation.required")
  .max(ACCOUNT_NAME_MAX, tooLong(ACCOUNT_NAME_MAX));
export const newPasswordField = safeString()
  .min(PASSWORD_MIN, "validation.passwordTooShort")
  .max(PASSWORD_MAX, "validation.passwordTooLong");
/** A password typed to prove or repeat one (sign-in, current password, confirmation): only its length is checked. */
export const typedPasswordField = safeString().min(1, "validation.required").max(PASSWORD_MAX, "validation.passwordTooLong");
export const passwordConfirmField = typedPasswordField;
export const samePasswords = { path: ["passwordConfirm"], message: "validation.passwordsDiffer" };

export const signInSchema = z.object({
  email: emailField,
  password: typedPasswordField,
});
export type SignInInput = z.input<typeof signInSchema>;

export const firstAccountSchema = z
  .object({ name: accountNameField, email: emailField, password: newPasswordField, passwordConfirm: passwordConfirmField })
  .refine((v) => v.password === v.passwordConfirm, samePasswords);
export type FirstAccountInput = z.input<typeof firstAccountSchema>;

export const codeSchema = z.object({
  code: safeString()
    .max(40, tooLong(40))
    .transform(normalizeShortCode)
    .pipe(safeString().min(1, "validation.codeRequired")),
});
export type CodeInput = z.input<typeof codeSchema>;

export const joinSchema = z.object({
  token: safeString().min(1).max(200),
  engagementTextId: safeString().min(1).max(64),
  displayName: safeString().trim().min(1, "validation.displayNameRequired").max(DISPLAY_NAME_MAX, tooLong(DISPLAY_NAME_MAX)),
  consent: z.literal(true, "validation.consentRequired"),
});
export type JoinFormInput = z.input<typeof joinSchema>;
