"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createFirstFacilitatorAction } from "@/app/(site)/premier-compte/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import { type FirstAccountInput, firstAccountSchema, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/auth";

export function FirstAccountForm() {
  const t = useTranslations("firstRun");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FirstAccountInput>({
    resolver: zodResolver(firstAccountSchema),
    defaultValues: { name: "", email: "", password: "", passwordConfirm: "" },
  });
  const { errors } = form.formState;
  const params = { min: PASSWORD_MIN, max: PASSWORD_MAX };
  const err = (m?: string) => errorText(m, params);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createFirstFacilitatorAction(values);
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
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
      <NewPasswordFields form={form} labels={{ password: t("password"), passwordConfirm: t("passwordConfirm"), help: t("passwordHelp", { min: PASSWORD_MIN }) }} />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
