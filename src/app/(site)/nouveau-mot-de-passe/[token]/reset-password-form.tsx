"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { resetPasswordAction } from "@/app/(site)/nouveau-mot-de-passe/[token]/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type ResetPasswordInput, resetPasswordSchema } from "@/lib/schemas/accounts";
import { PASSWORD_MIN } from "@/lib/schemas/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordReset");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "", passwordConfirm: "" },
  });
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
      <NewPasswordFields form={form} labels={{ password: t("password"), passwordConfirm: t("passwordConfirm"), help: help }} />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
