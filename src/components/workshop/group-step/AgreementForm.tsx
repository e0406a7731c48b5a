"use client";
/**
 * The group settles its current and desired positions together, says how it
 * decided (consensus, majorité, unanimité) and why. Typed by the facilitator
 * on the projected screen, or afterwards from a paper atelier (then with the
 * number of people who took part).
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Controller, useForm, type Resolver } from "react-hook-form";
import type { Mandate } from "@/domain/mandates";
import { toPerMille, type PerMille } from "@/domain/position";
import { stepInputFrom, type StepInput } from "@/domain/position-input";
import type { Position } from "@/domain/synthesis";
import { DECISION_MODES, type DecisionMode } from "@/domain/vocabulary";
import { agreementSchema, PAPER_COUNT_MAX, WHY_MAX, type AgreementFormInput } from "@/lib/schemas/workshop";
import type { GroupAgreementView } from "@/lib/workshop-view";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { PositionPicker } from "@/components/position-input/PositionPicker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import { RadioGroup } from "./RadioGroup";
import { run, type Action } from "./types";

type Values = {
  groupId: string;
  current: StepInput;
  desired: StepInput;
  decisionMode: DecisionMode | "";
  justification: string;
  examples: string;
  participantCount: string;
};

type Output = {
  groupId: string;
  current: PerMille;
  desired: PerMille;
  decisionMode: DecisionMode;
  justification: string;
  examples: string;
  participantCount: number | null;
};

// The group has read the mandates' descriptions individually; the projected form stays short.
const NO_DESCRIPTIONS: Record<Mandate, string> = { expertise: "", representation: "", participation: "" };

const resolver: Resolver<Values, unknown, Output> = (values, context, options) =>
  zodResolver(agreementSchema)(
    // "" (no choice yet) reaches the schema as is and fails with its message.
    { ...values, current: values.current.perMille, desired: values.desired.perMille } as never,
    context,
    options as never,
  ) as never;

export interface AgreementFormProps {
  groupId: string;
  agreement: GroupAgreementView | null;
  /** The mean of the confirmed answers, offered as a starting point (never filled in on its own). */
  centroid: { current: Position; desired: Position } | null;
  names: Record<Mandate, string>;
  /** Receives the form's values as the schema reads them (the server parses them again). */
  save: Action<AgreementFormInput>;
}

export function AgreementForm({ groupId, agreement, centroid, names, save }: AgreementFormProps): ReactNode {
  const t = useTranslations("groupStep");
  const tv = useTranslations("groupView");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      groupId,
      current: stepInputFrom(agreement?.current ?? null),
      desired: stepInputFrom(agreement?.desired ?? null),
      decisionMode: agreement?.decisionMode ?? "",
      justification: agreement?.justification ?? "",
      examples: agreement?.examples ?? "",
      participantCount: agreement?.participantCount ? String(agreement.participantCount) : "",
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setSaved(false);
    const values = form.getValues();
    const input = {
      ...values,
      decisionMode: values.decisionMode as DecisionMode,
      current: values.current.perMille,
      desired: values.desired.perMille,
    };
    const result = await run(save, input, t("offline"));
    const message = applyActionResult(result, form.setError);
    if (!result.ok) {
      setFormError(message);
      return;
    }
    setSaved(true);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-labelledby="agreement-form-title">
      <h3 id="agreement-form-title" className="sr-only">
        {t("agreementFormTitle")}
      </h3>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {centroid ? (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              form.setValue("current", stepInputFrom(toPerMille(centroid.current)), { shouldDirty: true });
              form.setValue("desired", stepInputFrom(toPerMille(centroid.desired)), { shouldDirty: true });
            }}
          >
            {t("startFromCentroid")}
          </Button>
        </div>
      ) : null}
      {(["current", "desired"] as const).map((name) => (
        <section key={name} aria-labelledby={`agreement-${name}-title`} className="flex flex-col gap-3">
          <h4 id={`agreement-${name}-title`} className="text-xl font-bold">
            {t(name === "current" ? "agreedCurrent" : "agreedDesired")}
          </h4>
          <Controller
            control={form.control}
            name={name}
            render={({ field }) => (
              <PositionPicker
                id={`agreement-${name}`}
                value={field.value}
                onChange={field.onChange}
                names={names}
                descriptions={NO_DESCRIPTIONS}
                label={t(name === "current" ? "agreedCurrent" : "agreedDesired")}
                large
                error={errorText(errors[name]?.message)}
              />
            )}
          />
        </section>
      ))}
      <RadioGroup
        id="agreement-decisionMode"
        legend={t("decisionModeLegend")}
        options={DECISION_MODES.map((mode) => ({ value: mode, label: tv(`decisionModes.${mode}`) }))}
        error={errorText(errors.decisionMode?.message)}
        register={form.register("decisionMode")}
      />
      <FieldShell
        id="agreement-justification"
        label={t("justification")}
        help={t("justificationHelp")}
        error={errorText(errors.justification?.message, { max: WHY_MAX })}
      >
        <TextArea
          id="agreement-justification"
          help={t("justificationHelp")}
          error={errorText(errors.justification?.message, { max: WHY_MAX })}
          {...form.register("justification")}
        />
      </FieldShell>
      <FieldShell
        id="agreement-examples"
        label={t("examples")}
        error={errorText(errors.examples?.message, { max: WHY_MAX })}
      >
        <TextArea
          id="agreement-examples"
          error={errorText(errors.examples?.message, { max: WHY_MAX })}
          {...form.register("examples")}
        />
      </FieldShell>
      <FieldShell
        id="agreement-participantCount"
        label={t("paperCount")}
        help={t("paperCountHelp")}
        error={errorText(errors.participantCount?.message, { max: PAPER_COUNT_MAX })}
      >
        <TextInput
          id="agreement-participantCount"
          inputMode="numeric"
          className="max-w-32"
          help={t("paperCountHelp")}
          error={errorText(errors.participantCount?.message, { max: PAPER_COUNT_MAX })}
          {...form.register("participantCount")}
        />
      </FieldShell>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("saveAgreement")}
        </Button>
        <p role="status" className="font-semibold text-brand-800">
          {saved ? t("agreementSaved") : ""}
        </p>
      </div>
    </form>
  );
}
