"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { acceptAccountInvitationAction } from "@/app/(site)/inscription/[token]/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import { type AcceptAccountInvitationInput, acceptAccountInvitationSchema } from "@/lib/schemas/accounts";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/auth";

export function AccountInvitationForm({ token }: { token: string }) {
  const t = useTranslations("accountInvitation");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AcceptAccountInvitationInput>({
    resolver: zodResolver(acceptAccountInvitationSchema),
    defaultValues: { token, name: "", email: "", password: "", passwordConfirm: "" },
  });
  const { errors } = form.formState;
  const err = (m?: string) => errorText(m, { min: PASSWORD_MIN, max: PASSWORD_MAX });
  const help = t("passwordHelp", { min: PASSWORD_MIN });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptAccountInvitationAction(values);
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register("token")} />
      <FieldShell id="name" label={t("name")} error={err(errors.name?.message)} required requiredLabel={tc("required")}>
        <TextInput id="name" autoComplete="name" error={err(errors.name?.message)} {...form.register("name")} />
      </FieldShell>
      <FieldShell
        id="email"
        label={t("email")}
        error={err(errors.email?.message)}
        required
        requiredLabel={tc("required")}
      >
        <TextInput
          id="email"
          type="email"
          autoComplete="email"
          error={err(errors.email?.message)}
          {...form.register("email")}
        />
      </FieldShell>
      <NewPasswordFields form={form} labels={{ password: t("password"), passwordConfirm: t("passwordConfirm"), help: help }} />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
