"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, FieldShell, TextInput } from "@/components/ui/field";
import { paperParticipantSchema, type PaperParticipantInput } from "@/lib/schemas/workshop";
import { addPaperParticipantAction } from "../actions";

/** Adds someone who takes part without a device; the facilitator then types their answers in. */
export function PaperParticipantForm({ groupId, entryBase }: { groupId: string; entryBase: string }) {
  const t = useTranslations("facilitatorWorkshop");
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<PaperParticipantInput>({
    resolver: zodResolver(paperParticipantSchema),
    defaultValues: { groupId, displayName: "", consent: false as unknown as true },
  });
  const { errors } = form.formState;
  const nameError = errorText(errors.displayName?.message, { max: 60 });
  const consentError = errorText(errors.consent?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setAdded(null);
    let result;
    try {
      result = await addPaperParticipantAction(values);
    } catch {
      setFormError(t("offline"));
      return;
    }
    const message = applyActionResult(result, form.setError);
    if (!result.ok) {
      setFormError(message);
      return;
    }
    setAdded(values.displayName);
    form.reset({ groupId, displayName: "", consent: false as unknown as true });
    // Straight to typing their answers in.
    router.push(`${entryBase}/${result.data.participantId}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {added ? <Alert tone="success">{t("added", { name: added })}</Alert> : null}
      <FieldShell id="paper-name" label={t("paperName")} help={t("paperNameHelp")} error={nameError}>
        <TextInput
          id="paper-name"
          maxLength={60}
          className="max-w-md"
          help={t("paperNameHelp")}
          error={nameError}
          {...form.register("displayName")}
        />
      </FieldShell>
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-3">
          <input
            id="paper-consent"
            type="checkbox"
            className="mt-1 size-6 shrink-0 accent-brand-700"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={describedBy("paper-consent", undefined, consentError)}
            {...form.register("consent")}
          />
          <label htmlFor="paper-consent">{t("paperConsent")}</label>
        </div>
        {consentError ? (
          <p id="paper-consent-error" className="text-sm font-semibold text-red-800">
            {consentError}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("addPaperSubmit")}
        </Button>
      </div>
    </form>
  );
}
