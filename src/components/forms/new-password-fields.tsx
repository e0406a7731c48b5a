"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { FieldShell, TextInput } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/auth";

/** The fields every form that sets a password has (their schemas check the pair). */
type NewPassword = { password: string; passwordConfirm: string };

/**
 * A new password and its confirmation: the one place for their ids,
 * autocomplete hints (so password managers offer to generate and save one),
 * length help and error texts. Used by the first account, the invitation,
 * the reset link and the change of password. The labels come from each
 * form's own messages, whose wording differs (« Mot de passe » / « Nouveau
 * mot de passe »).
 */
export function NewPasswordFields<T extends FieldValues & NewPassword>({
  form,
  labels,
}: {
  form: UseFormReturn<T>;
  labels: { password: string; passwordConfirm: string; help: string };
}) {
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const field = (name: keyof NewPassword) => {
    const path = name as Path<T>;
    const error = errorText(form.getFieldState(path, form.formState).error?.message, {
      min: PASSWORD_MIN,
      max: PASSWORD_MAX,
    });
    return { path, error };
  };
  const password = field("password");
  const confirm = field("passwordConfirm");

  return (
    <>
      <FieldShell
        id="password"
        label={labels.password}
        help={labels.help}
        error={password.error}
        required
        requiredLabel={tc("required")}
      >
        <TextInput
          id="password"
          type="password"
          autoComplete="new-password"
          help={labels.help}
          error={password.error}
          {...form.register(password.path)}
        />
      </FieldShell>
      <FieldShell
        id="passwordConfirm"
        label={labels.passwordConfirm}
        error={confirm.error}
        required
        requiredLabel={tc("required")}
      >
        <TextInput
          id="passwordConfirm"
          type="password"
          autoComplete="new-password"
          error={confirm.error}
          {...form.register(confirm.path)}
        />
      </FieldShell>
    </>
  );
}
