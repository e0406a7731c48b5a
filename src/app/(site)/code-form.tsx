"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { enterCodeAction } from "@/app/(site)/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import { type CodeInput, codeSchema } from "@/lib/schemas/auth";

export function CodeForm() {
  const t = useTranslations("home");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CodeInput>({ resolver: zodResolver(codeSchema), defaultValues: { code: "" } });
  const error = errorText(form.formState.errors.code?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await enterCodeAction(values);
    const message = applyActionResult(result, form.setError);
    // A field error already says what is wrong; the alert is for the rest.
    if (message && !result.ok && Object.keys(result.fieldErrors).length === 0) setFormError(message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FieldShell id="code" label={t("codeLabel")} help={t("codeHelp")} error={error}>
        <TextInput
          id="code"
          help={t("codeHelp")}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          className="max-w-xs font-mono text-xl tracking-widest uppercase"
          {...form.register("code")}
        />
      </FieldShell>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("codeSubmit")}
        </Button>
      </div>
    </form>
  );
}
