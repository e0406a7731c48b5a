"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { caSummarySchema, LONG_TEXT_MAX, type CaSummaryInput } from "@/lib/schemas/report";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea } from "@/components/ui/field";

export function CaSummaryForm({
  demarcheId,
  summary,
  action,
}: {
  demarcheId: string;
  summary: string;
  action: (input: CaSummaryInput) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("caAnswers");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<CaSummaryInput>({
    resolver: zodResolver(caSummarySchema),
    defaultValues: { demarcheId, summary },
  });
  const error = errorText(form.formState.errors.summary?.message, { max: LONG_TEXT_MAX });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await action(values);
    if (result.ok) setSaved(true);
    else setFormError(applyActionResult(result, form.setError));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("summarySaved")}</Alert> : null}
      <input type="hidden" {...form.register("demarcheId")} />
      <FieldShell id="ca-summary" label={t("summary")} help={t("summaryHelp")} error={error}>
        <TextArea id="ca-summary" help={t("summaryHelp")} error={error} rows={4} {...form.register("summary")} />
      </FieldShell>
      <div>
        <Button type="submit" variant="secondary" busy={form.formState.isSubmitting}>
          {t("saveSummary")}
        </Button>
      </div>
    </form>
  );
}
