"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { publishEngagementTextAction } from "@/app/(site)/demarches/[demarcheId]/conditions/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea } from "@/components/ui/field";
import { ENGAGEMENT_TEXT_MAX, type EngagementTextInput, engagementTextSchema } from "@/lib/schemas/demarches";

/** Publishing creates the next version; the form starts from the current text. */
export function EngagementTextForm({
  demarcheId,
  currentVersion,
  body,
}: {
  demarcheId: string;
  currentVersion: number;
  body: string;
}) {
  const t = useTranslations("engagementPage");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const form = useForm<EngagementTextInput>({
    resolver: zodResolver(engagementTextSchema),
    defaultValues: { demarcheId, basedOnVersion: currentVersion, body },
  });
  const bodyError = errorText(form.formState.errors.body?.message, { max: ENGAGEMENT_TEXT_MAX });
  const nextVersion = useWatch({ control: form.control, name: "basedOnVersion" }) + 1;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setPublished(null);
    const result = await publishEngagementTextAction(values);
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) {
      setPublished(result.data.version);
      form.reset({ ...values, basedOnVersion: result.data.version });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-stone-700">{t("editHelp", { version: nextVersion })}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {published ? <Alert tone="success">{t("publishedOk", { version: published })}</Alert> : null}
      <FieldShell id="body" label={t("body")} error={bodyError} required requiredLabel={tc("required")}>
        <TextArea id="body" rows={16} error={bodyError} {...form.register("body")} />
      </FieldShell>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("publish", { version: nextVersion })}
        </Button>
      </div>
    </form>
  );
}
