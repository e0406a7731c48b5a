"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { createDemarcheAction } from "@/app/(site)/demarches/nouvelle/actions";
import { MandateFields, PeriodFields } from "@/app/(site)/demarches/demarche-fields";
import { RetentionField } from "@/app/(site)/demarches/retention-field";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import {
  DEMARCHE_NAME_MAX,
  ENGAGEMENT_TEXT_MAX,
  MANDATE_TEXT_MAX,
  type NewDemarcheInput,
  newDemarcheSchema,
  ORGANISATION_NAME_MAX,
  PRIVACY_FIELD_MAX,
} from "@/lib/schemas/demarches";

export function NewDemarcheForm({ defaults }: { defaults: NewDemarcheInput }) {
  const t = useTranslations("newDemarche");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<NewDemarcheInput>({ resolver: zodResolver(newDemarcheSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const period = useWatch({ control: form.control, name: ["startDate", "endDate"] });
  const [startYear, endYear] = [period[0].slice(0, 4), period[1].slice(0, 4)];
  const { setValue, getFieldState } = form;
  useEffect(() => {
    // The proposed name follows the dates until the facilitator types their own.
    if (getFieldState("name").isDirty || !/^\d{4}$/.test(startYear) || !/^\d{4}$/.test(endYear)) return;
    setValue("name", t("defaultName", { years: startYear === endYear ? startYear : `${startYear}-${endYear}` }));
  }, [startYear, endYear, setValue, getFieldState, t]);
  const err = (message: string | undefined, max?: number) => errorText(message, max ? { max } : {});

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createDemarcheAction(values);
    // On success the action redirects to the dashboard.
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Card as="div">
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-xl font-bold">{t("sectionOrganisation")}</legend>
          <FieldShell
            id="organisationName"
            label={t("organisationName")}
            help={t("organisationHelp")}
            error={err(errors.organisationName?.message, ORGANISATION_NAME_MAX)}
            required
            requiredLabel={tc("required")}
          >
            <TextInput
              id="organisationName"
              autoComplete="organization"
              help={t("organisationHelp")}
              error={err(errors.organisationName?.message, ORGANISATION_NAME_MAX)}
              {...form.register("organisationName")}
            />
          </FieldShell>
          <FieldShell
            id="name"
            label={t("name")}
            help={t("nameHelp")}
            error={err(errors.name?.message, DEMARCHE_NAME_MAX)}
            required
            requiredLabel={tc("required")}
          >
            <TextInput
              id="name"
              help={t("nameHelp")}
              error={err(errors.name?.message, DEMARCHE_NAME_MAX)}
              {...form.register("name")}
            />
          </FieldShell>
          <PeriodFields
            start={form.register("startDate")}
            end={form.register("endDate")}
            values={period}
            errors={{ start: err(errors.startDate?.message), end: err(errors.endDate?.message) }}
          />
        </fieldset>
      </Card>
      <Card as="div">
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-xl font-bold">{t("sectionEngagement")}</legend>
          <FieldShell
            id="engagementText"
            label={t("engagementText")}
            help={t("engagementHelp")}
            error={err(errors.engagementText?.message, ENGAGEMENT_TEXT_MAX)}
            required
            requiredLabel={tc("required")}
          >
            <TextArea
              id="engagementText"
              rows={14}
              help={t("engagementHelp")}
              error={err(errors.engagementText?.message, ENGAGEMENT_TEXT_MAX)}
              {...form.register("engagementText")}
            />
          </FieldShell>
        </fieldset>
      </Card>
      <Card as="div">
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-xl font-bold">{t("sectionMandates")}</legend>
          <p className="text-sm text-stone-700">{t("mandatesHelp")}</p>
          <MandateFields
            register={(field) => form.register(field)}
            errors={{
              mandateExpertise: err(errors.mandateExpertise?.message, MANDATE_TEXT_MAX),
              mandateRepresentation: err(errors.mandateRepresentation?.message, MANDATE_TEXT_MAX),
              mandateParticipation: err(errors.mandateParticipation?.message, MANDATE_TEXT_MAX),
            }}
          />
        </fieldset>
      </Card>
      <Card as="div">
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-xl font-bold">{t("sectionPrivacy")}</legend>
          <p className="text-sm text-stone-700">{t("privacyHelp")}</p>
          <FieldShell
            id="privacyOfficerName"
            label={t("privacyOfficerName")}
            error={err(errors.privacyOfficerName?.message, PRIVACY_FIELD_MAX)}
          >
            <TextInput
              id="privacyOfficerName"
              error={err(errors.privacyOfficerName?.message, PRIVACY_FIELD_MAX)}
              {...form.register("privacyOfficerName")}
            />
          </FieldShell>
          <FieldShell
            id="privacyOfficerContact"
            label={t("privacyOfficerContact")}
            error={err(errors.privacyOfficerContact?.message, PRIVACY_FIELD_MAX)}
          >
            <TextInput
              id="privacyOfficerContact"
              error={err(errors.privacyOfficerContact?.message, PRIVACY_FIELD_MAX)}
              {...form.register("privacyOfficerContact")}
            />
          </FieldShell>
          <RetentionField
            error={err(errors.retentionMonths?.message)}
            {...form.register("retentionMonths", { valueAsNumber: true })}
          />
        </fieldset>
      </Card>
      <Alert tone="info">{t("afterCreation")}</Alert>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
