"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { resetPasswordAction } from "@/app/(site)/nouveau-mot-de-passe/[token]/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import { type ResetPasswordInput, resetPasswordSchema } from "@/lib/schemas/accounts";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordReset");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "", passwordConfirm: "" },
  });
  const { errors } = form.formState;
  const err = (m?: string) => errorText(m, { min: PASSWORD_MIN, max: PASSWORD_MAX });
  const help = t("passwordHelp", { min: PASSWORD_MIN });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await resetPasswordAction(values);
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register("token")} />
      <FieldShell
        id="password"
        label={t("password")}
        help={help}
        error={err(errors.password?.message)}
        required
        requiredLabel={tc("required")}
      >
        <TextInput
          id="password"
          type="password"
          autoComplete="new-password"
          help={help}
          error={err(errors.password?.message)}
          {...form.register("password")}
        />
      </FieldShell>
      <FieldShell
        id="passwordConfirm"
        label={t("passwordConfirm")}
        error={err(errors.passwordConfirm?.message)}
        required
        requiredLabel={tc("required")}
      >
        <TextInput
          id="passwordConfirm"
          type="password"
          autoComplete="new-password"
          error={err(errors.passwordConfirm?.message)}
          {...form.register("passwordConfirm")}
        />
      </FieldShell>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
