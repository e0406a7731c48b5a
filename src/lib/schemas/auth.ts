import { z } from "zod";
import { normalizeShortCode } from "@/domain/short-code";

/**
 * Schemas shared by the forms (react-hook-form's zodResolver) and the server
 * actions. Messages are keys into the "validation" namespace.
 */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 60;

const email = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .email("validation.emailInvalid");

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "validation.required").max(PASSWORD_MAX, "validation.passwordTooLong"),
});
export type SignInInput = z.input<typeof signInSchema>;

export const firstAccountSchema = z
  .object({
    name: z.string().trim().min(1, "validation.required").max(100, "validation.tooLong"),
    email,
    password: z
      .string()
      .min(PASSWORD_MIN, "validation.passwordTooShort")
      .max(PASSWORD_MAX, "validation.passwordTooLong"),
    passwordConfirm: z.string().min(1, "validation.required").max(PASSWORD_MAX, "validation.passwordTooLong"),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "validation.passwordsDiffer",
  });
export type FirstAccountInput = z.input<typeof firstAccountSchema>;

export const codeSchema = z.object({
  code: z
    .string()
    .max(40, "validation.tooLong")
    .transform(normalizeShortCode)
    .pipe(z.string().min(1, "validation.codeRequired")),
});
export type CodeInput = z.input<typeof codeSchema>;

export const joinSchema = z.object({
  token: z.string().min(1).max(200),
  engagementTextId: z.string().min(1).max(64),
  displayName: z.string().trim().min(1, "validation.displayNameRequired").max(DISPLAY_NAME_MAX, "validation.tooLong"),
  consent: z.literal(true, "validation.consentRequired"),
});
export type JoinFormInput = z.input<typeof joinSchema>;
