"use client";
/**
 * What one inter-organismes workshop agreed about one organisation (decision
 * 023): the current and desired positions the two people settled on
 * together, the workshop's reasons and examples. Typed by the
 * accompagnateur.trice; never one person's answer.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Controller, useForm, type Resolver } from "react-hook-form";
import type { InterSide } from "@/domain/inter-organisations";
import type { Mandate } from "@/domain/mandates";
import type { PerMille } from "@/domain/position";
import { stepInputFrom, type StepInput } from "@/domain/position-input";
import { interAgreementSchema, type InterAgreementFormInput } from "@/lib/schemas/inter";
import { WHY_MAX } from "@/lib/schemas/position-rules";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { PositionPicker } from "@/components/position-input/PositionPicker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea } from "@/components/ui/field";
import { run, type Action } from "@/components/workshop/group-step/types";

type Values = {
  groupId: string;
  side: InterSide;
  current: StepInput;
  desired: StepInput;
  why: string;
  examples: string;
};
type Output = { groupId: string; side: InterSide; current: PerMille; desired: PerMille; why: string; examples: string };

const resolver: Resolver<Values, unknown, Output> = (values, context, options) =>
  zodResolver(interAgreementSchema)(
    { ...values, current: values.current.perMille, desired: values.desired.perMille } as never,
    context,
    options as never,
  ) as never;

export interface InterAgreementFormProps {
  /** Unique on the page: the four forms sit side by side. */
  id: string;
  groupId: string;
  side: InterSide;
  saved: { current: PerMille; desired: PerMille; why: string; examples: string } | null;
  names: Record<Mandate, string>;
  descriptions: Record<Mandate, string>;
  save: Action<InterAgreementFormInput>;
}

export function InterAgreementForm({
  id,
  groupId,
  side,
  saved,
  names,
  descriptions,
  save,
}: InterAgreementFormProps): ReactNode {
  const t = useTranslations("interPage");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      groupId,
      side,
      current: stepInputFrom(saved?.current ?? null),
      desired: stepInputFrom(saved?.desired ?? null),
      why: saved?.why ?? "",
      examples: saved?.examples ?? "",
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setDone(false);
    const values = form.getValues();
    const result = await run(
      save,
      { ...values, current: values.current.perMille, desired: values.desired.perMille },
      t("offline"),
    );
    const message = applyActionResult(result, form.setError);
    if (!result.ok) {
      setFormError(message);
      return;
    }
    setDone(true);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {(["current", "desired"] as const).map((name) => (
        <Controller
          key={name}
          control={form.control}
          name={name}
          render={({ field }) => (
            <PositionPicker
              id={`${id}-${name}`}
              value={field.value}
              onChange={field.onChange}
              names={names}
              descriptions={descriptions}
              label={t(name)}
              error={errorText(errors[name]?.message)}
            />
          )}
        />
      ))}
      <FieldShell
        id={`${id}-why`}
        label={t("why")}
        help={t("whyHelp")}
        error={errorText(errors.why?.message, { max: WHY_MAX })}
      >
        <TextArea
          id={`${id}-why`}
          help={t("whyHelp")}
          error={errorText(errors.why?.message, { max: WHY_MAX })}
          {...form.register("why")}
        />
      </FieldShell>
      <FieldShell
        id={`${id}-examples`}
        label={t("examples")}
        error={errorText(errors.examples?.message, { max: WHY_MAX })}
      >
        <TextArea
          id={`${id}-examples`}
          error={errorText(errors.examples?.message, { max: WHY_MAX })}
          {...form.register("examples")}
        />
      </FieldShell>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("save")}
        </Button>
        <p role="status" className="font-semibold text-brand-800">
          {done ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
