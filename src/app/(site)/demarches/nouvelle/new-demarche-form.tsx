"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { createDemarcheAction, createInterDemarcheAction } from "@/app/(site)/demarches/nouvelle/actions";
import { MandateFields, PeriodFields } from "@/app/(site)/demarches/demarche-fields";
import { RetentionField } from "@/app/(site)/demarches/retention-field";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField, SelectInput } from "@/components/ui/choice";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import type { DemarcheContext } from "@/domain/inter-organisations";
import { LANGUAGE_NAME, LANGUAGE_TAG, type Locale, LOCALES } from "@/i18n/locales";
import { newInterDemarcheSchema, type NewInterDemarcheInput } from "@/lib/schemas/inter";
import {
  DEMARCHE_NAME_MAX,
  ENGAGEMENT_TEXT_MAX,
  MANDATE_TEXT_MAX,
  type NewDemarcheInput,
  newDemarcheSchema,
  ORGANISATION_NAME_MAX,
  PRIVACY_FIELD_MAX,
} from "@/lib/schemas/demarches";

/** Both contexts' fields: the intra action ignores the inter ones. */
type FormValues = NewDemarcheInput & {
  partnerOrganisationName: string;
  namingConsentA: boolean;
  namingConsentB: boolean;
};

/** The texts the form proposes, in each language the démarche may be in (decision 024). */
export type ProposedTexts = Record<
  Locale,
  {
    /** The proposed name, with `{years}` for the period's years. */
    demarcheName: string;
    engagementText: string;
    interEngagementText: string;
    mandateText: string;
  }
>;

const MANDATE_FIELDS = ["mandateExpertise", "mandateRepresentation", "mandateParticipation"] as const;

/** « 2026-2027 » from the two dates ("YYYY-MM-DD"), one year when both fall in it; null while a date is incomplete. */
function yearsOf(start: string | undefined, end: string | undefined): string | null {
  const [from, to] = [start?.slice(0, 4) ?? "", end?.slice(0, 4) ?? ""];
  if (!/^\d{4}$/.test(from) || !/^\d{4}$/.test(to)) return null;
  return from === to ? from : `${from}-${to}`;
}

const nameFor = (proposed: ProposedTexts, locale: Locale, years: string) =>
  proposed[locale].demarcheName.replace("{years}", years);

export function NewDemarcheForm({
  defaults,
  interEndDate,
  proposed,
}: {
  defaults: NewDemarcheInput;
  /** The end date the inter context proposes (a shorter démarche). */
  interEndDate: string;
  proposed: ProposedTexts;
}) {
  const t = useTranslations("newDemarche");
  const ti = useTranslations("newInterDemarche");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [context, setContext] = useState<DemarcheContext>("intra-organisme");
  // The resolver reads the context chosen now: each context has its own schema.
  const contextRef = useRef<DemarcheContext>("intra-organisme");
  const resolver: Resolver<FormValues> = (values, ctx, options) =>
    contextRef.current === "inter-organismes"
      ? (zodResolver(newInterDemarcheSchema)(values as never, ctx, options as never) as never)
      : (zodResolver(newDemarcheSchema)(values as never, ctx, options as never) as never);
  const form = useForm<FormValues>({
    resolver,
    defaultValues: { ...defaults, partnerOrganisationName: "", namingConsentA: false, namingConsentB: false },
  });
  const inter = context === "inter-organismes";
  /**
   * Proposed texts follow the context and the démarche's language as long as
   * the field still holds one of them: what the facilitator typed is kept.
   */
  const proposeTexts = (nextContext: DemarcheContext, locale: Locale) => {
    const all = Object.values(proposed);
    const years = yearsOf(form.getValues("startDate"), form.getValues("endDate"));
    const name = form.getValues("name");
    if (years && LOCALES.some((l) => nameFor(proposed, l, years) === name))
      form.setValue("name", nameFor(proposed, locale, years));
    const engagement = form.getValues("engagementText");
    if (all.some((p) => p.engagementText === engagement || p.interEngagementText === engagement)) {
      const texts = proposed[locale];
      form.setValue(
        "engagementText",
        nextContext === "inter-organismes" ? texts.interEngagementText : texts.engagementText,
      );
    }
    for (const field of MANDATE_FIELDS) {
      if (all.some((p) => p.mandateText === form.getValues(field))) form.setValue(field, proposed[locale].mandateText);
    }
  };
  const chooseContext = (next: DemarcheContext) => {
    contextRef.current = next;
    setContext(next);
    form.clearErrors();
    // The proposed end date follows the context until the facilitator types their own.
    if (!form.getFieldState("endDate").isDirty)
      form.setValue("endDate", next === "inter-organismes" ? interEndDate : defaults.endDate);
    proposeTexts(next, form.getValues("outputLocale") ?? "fr");
  };
  const outputLocaleField = form.register("outputLocale", {
    onChange: (event: { target: { value: string } }) =>
      proposeTexts(context, event.target.value === "en" ? "en" : "fr"),
  });
  const { errors } = form.formState;
  const period = useWatch({ control: form.control, name: ["startDate", "endDate"] });
  const years = yearsOf(period[0], period[1]);
  const { setValue, getFieldState, getValues } = form;
  useEffect(() => {
    // The proposed name follows the dates until the facilitator types their own (and the language: proposeTexts).
    if (getFieldState("name").isDirty || years === null) return;
    setValue("name", nameFor(proposed, getValues("outputLocale") === "en" ? "en" : "fr", years));
  }, [years, setValue, getFieldState, getValues, proposed]);
  const err = (message: string | undefined, max?: number) => errorText(message, max ? { max } : {});

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result =
      context === "inter-organismes"
        ? await createInterDemarcheAction(values as NewInterDemarcheInput)
        : await createDemarcheAction(values);
    // On success the action redirects to the dashboard.
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Card as="div">
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-xl font-bold">{ti("contextLegend")}</legend>
          {(["intra-organisme", "inter-organismes"] as const).map((value) => (
            <label
              key={value}
              htmlFor={`context-${value}`}
              className={`flex cursor-pointer items-start gap-3 rounded border-2 p-3 ${
                context === value ? "border-brand-700 bg-brand-50" : "border-stone-300"
              }`}
            >
              <input
                id={`context-${value}`}
                type="radio"
                name="context"
                value={value}
                checked={context === value}
                onChange={() => chooseContext(value)}
                className="mt-1 size-5 shrink-0 accent-brand-700"
                aria-describedby={`context-${value}-help`}
              />
              <span className="flex flex-col gap-1">
                <span className="font-semibold">{ti(`contexts.${value}.label`)}</span>
                <span id={`context-${value}-help`} className="text-sm text-stone-700">
                  {ti(`contexts.${value}.help`)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      </Card>
      <Card as="div">
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-xl font-bold">{t("sectionOrganisation")}</legend>
          <FieldShell
            id="organisationName"
            label={inter ? ti("organisationA") : t("organisationName")}
            help={inter ? ti("organisationAHelp") : t("organisationHelp")}
            error={err(errors.organisationName?.message, ORGANISATION_NAME_MAX)}
            required
            requiredLabel={tc("required")}
          >
            <TextInput
              id="organisationName"
              autoComplete="organization"
              help={inter ? ti("organisationAHelp") : t("organisationHelp")}
              error={err(errors.organisationName?.message, ORGANISATION_NAME_MAX)}
              {...form.register("organisationName")}
            />
          </FieldShell>
          {inter ? (
            <>
              <FieldShell
                id="partnerOrganisationName"
                label={ti("organisationB")}
                error={err(errors.partnerOrganisationName?.message, ORGANISATION_NAME_MAX)}
                required
                requiredLabel={tc("required")}
              >
                <TextInput
                  id="partnerOrganisationName"
                  error={err(errors.partnerOrganisationName?.message, ORGANISATION_NAME_MAX)}
                  {...form.register("partnerOrganisationName")}
                />
              </FieldShell>
              <div className="flex flex-col gap-3" role="group" aria-labelledby="naming-consent-title">
                <p id="naming-consent-title" className="font-semibold">
                  {ti("namingConsentTitle")}
                </p>
                <p className="text-sm text-stone-700">{ti("namingConsentHelp")}</p>
                <CheckboxField
                  id="namingConsentA"
                  label={ti("namingConsentA")}
                  error={err(errors.namingConsentA?.message)}
                  {...form.register("namingConsentA")}
                />
                <CheckboxField
                  id="namingConsentB"
                  label={ti("namingConsentB")}
                  error={err(errors.namingConsentB?.message)}
                  {...form.register("namingConsentB")}
                />
              </div>
            </>
          ) : null}
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
          <FieldShell
            id="outputLocale"
            label={t("outputLocale")}
            help={t("outputLocaleHelp")}
            error={err(errors.outputLocale?.message)}
          >
            <SelectInput
              id="outputLocale"
              help={t("outputLocaleHelp")}
              error={err(errors.outputLocale?.message)}
              {...outputLocaleField}
            >
              {LOCALES.map((locale) => (
                // Each language named in itself, like the language switch.
                <option key={locale} value={locale} lang={LANGUAGE_TAG[locale]}>
                  {LANGUAGE_NAME[locale]}
                </option>
              ))}
            </SelectInput>
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
      <Alert tone="info">{inter ? ti("afterCreation") : t("afterCreation")}</Alert>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
