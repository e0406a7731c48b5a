"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { updateDemarcheSettingsAction } from "@/app/(site)/demarches/[demarcheId]/parametres/actions";
import { MandateFields, PeriodFields } from "@/app/(site)/demarches/demarche-fields";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectInput } from "@/components/ui/choice";
import { FieldShell, TextInput } from "@/components/ui/field";
import { LANGUAGE_NAME, LANGUAGE_TAG, LOCALES } from "@/i18n/locales";
import {
  DEMARCHE_NAME_MAX,
  type DemarcheSettingsInput,
  demarcheSettingsSchema,
  MANDATE_TEXT_MAX,
  ORGANISATION_NAME_MAX,
  PRIVACY_FIELD_MAX,
} from "@/lib/schemas/demarches";

export function SettingsForm({ values, readOnly }: { values: DemarcheSettingsInput; readOnly: boolean }) {
  const t = useTranslations("settingsPage");
  const tn = useTranslations("newDemarche");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<DemarcheSettingsInput>({ resolver: zodResolver(demarcheSettingsSchema), defaultValues: values });
  const { errors } = form.formState;
  const period = useWatch({ control: form.control, name: ["startDate", "endDate"] });
  const err = (message: string | undefined, max?: number) => errorText(message, max ? { max } : {});

  const onSubmit = form.handleSubmit(async (next) => {
    setFormError(null);
    setSaved(false);
    const result = await updateDemarcheSettingsAction(next);
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) {
      setSaved(true);
      form.reset(next);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <fieldset disabled={readOnly} className="flex flex-col gap-6">
        <Card as="div">
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 text-xl font-bold">{t("sectionGeneral")}</legend>
            <FieldShell
              id="organisationName"
              label={tn("organisationName")}
              error={err(errors.organisationName?.message, ORGANISATION_NAME_MAX)}
              required
              requiredLabel={tc("required")}
            >
              <TextInput
                id="organisationName"
                error={err(errors.organisationName?.message, ORGANISATION_NAME_MAX)}
                {...form.register("organisationName")}
              />
            </FieldShell>
            <FieldShell
              id="name"
              label={tn("name")}
              error={err(errors.name?.message, DEMARCHE_NAME_MAX)}
              required
              requiredLabel={tc("required")}
            >
              <TextInput id="name" error={err(errors.name?.message, DEMARCHE_NAME_MAX)} {...form.register("name")} />
            </FieldShell>
            <PeriodFields
              start={form.register("startDate")}
              end={form.register("endDate")}
              values={period}
              errors={{ start: err(errors.startDate?.message), end: err(errors.endDate?.message) }}
            />
            <p className="text-sm text-stone-700">{t("datesNote")}</p>
            <FieldShell id="outputLocale" label={t("outputLocale")} help={t("outputLocaleHelp")}>
              <SelectInput id="outputLocale" help={t("outputLocaleHelp")} {...form.register("outputLocale")}>
                {LOCALES.map((locale) => (
                  // Each language named in itself, like the language switch.
                  <option key={locale} value={locale} lang={LANGUAGE_TAG[locale]}>
                    {LANGUAGE_NAME[locale]}
                  </option>
                ))}
              </SelectInput>
            </FieldShell>
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
        {readOnly ? null : (
          <div>
            <Button type="submit" busy={form.formState.isSubmitting}>
              {t("save")}
            </Button>
          </div>
        )}
      </fieldset>
    </form>
  );
}
