"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signInFacilitatorAction } from "@/app/(site)/connexion/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import { type SignInInput, signInSchema } from "@/lib/schemas/auth";

export function SignInForm() {
  const t = useTranslations("signIn");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signInFacilitatorAction(values);
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FieldShell id="email" label={t("email")} error={errorText(errors.email?.message)}>
        <TextInput
          id="email"
          type="email"
          autoComplete="username"
          error={errorText(errors.email?.message)}
          {...form.register("email")}
        />
      </FieldShell>
      <FieldShell id="password" label={t("password")} error={errorText(errors.password?.message)}>
        <TextInput
          id="password"
          type="password"
          autoComplete="current-password"
          error={errorText(errors.password?.message)}
          {...form.register("password")}
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
