"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { renameMeAction } from "@/app/(site)/mes-donnees/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import { DISPLAY_NAME_MAX } from "@/lib/schemas/auth";
import { type RenameInput, renameSchema } from "@/lib/schemas/privacy";

export function RenameForm({ displayName }: { displayName: string }) {
  const t = useTranslations("myData");
  const errorText = useErrorText();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<RenameInput>({ resolver: zodResolver(renameSchema), defaultValues: { displayName } });
  const error = errorText(form.formState.errors.displayName?.message, { max: DISPLAY_NAME_MAX });

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await renameMeAction(values);
    const message = applyActionResult(result, form.setError);
    setStatus(message ? { tone: "error", text: message } : { tone: "success", text: t("renamed") });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      <FieldShell id="displayName" label={t("displayName")} error={error}>
        <TextInput
          id="displayName"
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX}
          error={error}
          {...form.register("displayName")}
        />
      </FieldShell>
      <div>
        <Button type="submit" variant="secondary" busy={form.formState.isSubmitting}>
          {t("renameSubmit")}
        </Button>
      </div>
    </form>
  );
}
