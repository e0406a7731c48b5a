"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useErrorText } from "@/components/forms/use-error-text";
import { FieldShell, TextInput } from "@/components/ui/field";

/** The fields of every form that opens a facilitator account (their schemas check them). */
type NewAccount = { name: string; email: string; password: string; passwordConfirm: string };

/**
 * Name, email and a new password: the first account of an instance and the
 * account opened from a colleague's invitation ask the same things, with the
 * same ids and autocomplete hints. The labels come from each form's messages.
 */
export function NewAccountFields<T extends FieldValues & NewAccount>({
  form,
  labels,
}: {
  form: UseFormReturn<T>;
  labels: { name: string; email: string; password: string; passwordConfirm: string; passwordHelp: string };
}) {
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const field = (name: "name" | "email") => {
    const path = name as Path<T>;
    return { path, error: errorText(form.getFieldState(path, form.formState).error?.message) };
  };
  const name = field("name");
  const email = field("email");

  return (
    <>
      <FieldShell id="name" label={labels.name} error={name.error} required requiredLabel={tc("required")}>
        <TextInput id="name" autoComplete="name" error={name.error} {...form.register(name.path)} />
      </FieldShell>
      <FieldShell id="email" label={labels.email} error={email.error} required requiredLabel={tc("required")}>
        <TextInput id="email" type="email" autoComplete="email" error={email.error} {...form.register(email.path)} />
      </FieldShell>
      <NewPasswordFields
        form={form}
        labels={{ password: labels.password, passwordConfirm: labels.passwordConfirm, help: labels.passwordHelp }}
      />
    </>
  );
}
