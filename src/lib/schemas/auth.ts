import { z } from "zod";
import { normalizeShortCode } from "@/domain/short-code";
import { safeString } from "@/lib/schemas/text";

/**
 * Schemas shared by the forms (react-hook-form's zodResolver) and the server
 * actions. Messages are keys into the "validation" namespace.
 */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 60;

const email = safeString()
  .trim()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .email("validation.emailInvalid");

export const signInSchema = z.object({
  email,
  password: safeString().min(1, "validation.required").max(PASSWORD_MAX, "validation.passwordTooLong"),
});
export type SignInInput = z.input<typeof signInSchema>;

export const firstAccountSchema = z
  .object({
    name: safeString().trim().min(1, "validation.required").max(100, "validation.tooLong"),
    email,
    password: safeString()
      .min(PASSWORD_MIN, "validation.passwordTooShort")
      .max(PASSWORD_MAX, "validation.passwordTooLong"),
    passwordConfirm: safeString().min(1, "validation.required").max(PASSWORD_MAX, "validation.passwordTooLong"),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "validation.passwordsDiffer",
  });
export type FirstAccountInput = z.input<typeof firstAccountSchema>;

export const codeSchema = z.object({
  code: safeString()
    .max(40, "validation.tooLong")
    .transform(normalizeShortCode)
    .pipe(safeString().min(1, "validation.codeRequired")),
});
export type CodeInput = z.input<typeof codeSchema>;

export const joinSchema = z.object({
  token: safeString().min(1).max(200),
  engagementTextId: safeString().min(1).max(64),
  displayName: safeString().trim().min(1, "validation.displayNameRequired").max(DISPLAY_NAME_MAX, "validation.tooLong"),
  consent: z.literal(true, "validation.consentRequired"),
});
export type JoinFormInput = z.input<typeof joinSchema>;
