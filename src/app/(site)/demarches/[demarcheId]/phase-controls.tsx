"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import {
  advancePhaseAction,
  overridePhaseAction,
  stepBackPhaseAction,
} from "@/app/(site)/demarches/[demarcheId]/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { FieldShell, TextArea } from "@/components/ui/field";
import { OVERRIDE_REASON_MAX } from "@/domain/phases";
import type { Phase } from "@/domain/vocabulary";
import { type OverridePhaseInput, overridePhaseSchema } from "@/lib/schemas/phases";

export function AdvancePhaseButton({
  demarcheId,
  from,
  nextLabel,
}: {
  demarcheId: string;
  from: Phase;
  nextLabel: string;
}) {
  const t = useTranslations("dashboard");
  return (
    <ConfirmDialog
      triggerLabel={t("advance", { phase: nextLabel })}
      triggerVariant="primary"
      title={t("advanceConfirmTitle", { phase: nextLabel })}
      description={t("advanceConfirmText")}
      confirmLabel={t("advanceConfirm")}
      confirmVariant="primary"
      onConfirm={async () => {
        const result = await advancePhaseAction({ demarcheId, from });
        return result.ok ? null : result.message;
      }}
    />
  );
}

export function StepBackButton({
  demarcheId,
  from,
  previousLabel,
}: {
  demarcheId: string;
  from: Phase;
  previousLabel: string;
}) {
  const t = useTranslations("dashboard");
  return (
    <ConfirmDialog
      triggerLabel={t("stepBack", { phase: previousLabel })}
      triggerVariant="ghost"
      title={t("stepBackConfirmTitle", { phase: previousLabel })}
      description={t("stepBackConfirmText")}
      confirmLabel={t("stepBackConfirm")}
      onConfirm={async () => {
        const result = await stepBackPhaseAction({ demarcheId, from });
        return result.ok ? null : result.message;
      }}
    />
  );
}

/** Passing blockers that may be overridden: the reason is required and kept in the audit trail. */
export function OverridePhaseForm({ demarcheId, from }: { demarcheId: string; from: Phase }) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OverridePhaseInput>({
    resolver: zodResolver(overridePhaseSchema),
    defaultValues: { demarcheId, from, overrideReason: "" },
  });
  const reasonError = errorText(form.formState.errors.overrideReason?.message, { max: OVERRIDE_REASON_MAX });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await overridePhaseAction(values);
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <details className="rounded-md border border-stone-300 p-4">
      <summary className="cursor-pointer font-semibold text-brand-700">{t("overrideTitle")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
        <p className="text-sm text-stone-700">{t("overrideHelp")}</p>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <FieldShell
          id="overrideReason"
          label={t("overrideReason")}
          error={reasonError}
          required
          requiredLabel={tc("required")}
        >
          <TextArea id="overrideReason" rows={3} error={reasonError} {...form.register("overrideReason")} />
        </FieldShell>
        <div>
          <Button type="submit" variant="secondary" busy={form.formState.isSubmitting}>
            {t("overrideSubmit")}
          </Button>
        </div>
      </form>
    </details>
  );
}
