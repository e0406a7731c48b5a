"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction, signOutEverywhereAction } from "@/app/(site)/compte/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { FieldShell, TextInput } from "@/components/ui/field";
import { type ChangePasswordInput, changePasswordSchema } from "@/lib/schemas/accounts";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/auth";

const EMPTY = { currentPassword: "", password: "", passwordConfirm: "" };

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  const err = (m?: string) => errorText(m, { min: PASSWORD_MIN, max: PASSWORD_MAX });
  const help = t("passwordHelp", { min: PASSWORD_MIN });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    const result = await changePasswordAction(values);
    if (result.ok) {
      form.reset(EMPTY);
      setDone(true);
    } else setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? <Alert tone="success">{t("passwordChanged")}</Alert> : null}
      <FieldShell
        id="currentPassword"
        label={t("currentPassword")}
        error={err(errors.currentPassword?.message)}
        required
        requiredLabel={tc("required")}
      >
        <TextInput
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          error={err(errors.currentPassword?.message)}
          {...form.register("currentPassword")}
        />
      </FieldShell>
      <NewPasswordFields form={form} labels={{ password: t("newPassword"), passwordConfirm: t("passwordConfirm"), help: help }} />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("passwordSubmit")}
        </Button>
      </div>
    </form>
  );
}

export function SignOutEverywhereButton() {
  const t = useTranslations("account");
  return (
    <ConfirmDialog
      triggerLabel={t("everywhereSubmit")}
      title={t("everywhereConfirmTitle")}
      description={t("everywhereConfirmBody")}
      confirmLabel={t("confirm")}
      onConfirm={async () => {
        const result = await signOutEverywhereAction({});
        return result.ok ? null : result.message;
      }}
    />
  );
}
