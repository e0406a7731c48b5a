"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addParticipantByHandAction } from "@/app/(site)/demarches/[demarcheId]/groupes/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/choice";
import { FieldShell, TextInput } from "@/components/ui/field";
import { DISPLAY_NAME_MAX } from "@/lib/schemas/auth";
import { type AddParticipantByHandInput, addParticipantByHandSchema } from "@/lib/schemas/groups";

/**
 * Adds someone who takes part without a device, with their oral consent to
 * the version of the conditions read to them (the same use case as the
 * groups page); the facilitator then types their answers in.
 */
export function PaperParticipantForm({
  groupId,
  engagementTextId,
  version,
  entryBase,
}: {
  groupId: string;
  engagementTextId: string;
  version: number;
  entryBase: string;
}) {
  const t = useTranslations("facilitatorWorkshop");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const defaults = { groupId, engagementTextId, displayName: "", oralConsent: false as unknown as true };
  const form = useForm<AddParticipantByHandInput>({
    resolver: zodResolver(addParticipantByHandSchema),
    defaultValues: defaults,
  });
  const { errors } = form.formState;
  const nameError = errorText(errors.displayName?.message, { max: DISPLAY_NAME_MAX });
  const consentError = errorText(errors.oralConsent?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result;
    try {
      result = await addParticipantByHandAction(values);
    } catch {
      setFormError(t("offline"));
      return;
    }
    const message = applyActionResult(result, form.setError);
    if (!result.ok) {
      setFormError(message);
      return;
    }
    // Straight to typing their answers in.
    router.push(`${entryBase}/${result.data.participantId}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FieldShell
        id="paper-name"
        label={t("paperName")}
        help={t("paperNameHelp")}
        error={nameError}
        required
        requiredLabel={tc("required")}
      >
        <TextInput
          id="paper-name"
          autoComplete="off"
          maxLength={DISPLAY_NAME_MAX}
          className="max-w-md"
          help={t("paperNameHelp")}
          error={nameError}
          {...form.register("displayName")}
        />
      </FieldShell>
      <CheckboxField
        id="paper-consent"
        label={t("paperConsent", { version })}
        error={consentError}
        {...form.register("oralConsent")}
      />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("addPaperSubmit")}
        </Button>
      </div>
    </form>
  );
}
