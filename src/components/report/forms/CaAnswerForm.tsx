"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { ReportPiste } from "@/domain/report-model";
import { CA_DECISIONS } from "@/domain/vocabulary";
import type { ActionResult } from "@/lib/action-result";
import {
  caAnswerSchema,
  LONG_TEXT_MAX,
  RESOLUTION_MAX,
  RESPONSIBLE_MAX,
  type CaAnswerInput,
} from "@/lib/schemas/report";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, FieldShell, TextArea, TextInput } from "@/components/ui/field";

/** The CA's answer to one piste; used by the facilitator and by board members. */
export function CaAnswerForm({
  piste,
  action,
}: {
  piste: ReportPiste;
  action: (input: CaAnswerInput) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("caAnswers");
  const tr = useTranslations("report");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<CaAnswerInput>({
    resolver: zodResolver(caAnswerSchema),
    defaultValues: {
      pisteId: piste.id,
      decision: piste.answer?.decision ?? (undefined as unknown as CaAnswerInput["decision"]),
      reasons: piste.answer?.reasons ?? "",
      responsible: piste.answer?.responsible ?? "",
      dueDate: piste.answer?.dueDate ?? "",
      adoptedOn: piste.answer?.adoptedOn ?? "",
      resolution: piste.answer?.resolution ?? "",
    },
  });
  const { errors } = form.formState;
  const id = (name: string) => `${name}-${piste.id}`;
  const decisionError = errorText(errors.decision?.message);
  const reasonsError = errorText(errors.reasons?.message, { max: LONG_TEXT_MAX });
  const responsibleError = errorText(errors.responsible?.message, { max: RESPONSIBLE_MAX });
  const dueError = errorText(errors.dueDate?.message);
  const adoptedError = errorText(errors.adoptedOn?.message);
  const resolutionError = errorText(errors.resolution?.message, { max: RESOLUTION_MAX });
  const retained = useWatch({ control: form.control, name: "decision" }) === "retenue";

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await action(values);
    if (result.ok) setSaved(true);
    else setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
      aria-label={t("answerFor", { title: piste.title })}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <input type="hidden" {...form.register("pisteId")} />
      <fieldset
        className="flex flex-col gap-2"
        aria-invalid={decisionError ? true : undefined}
        aria-describedby={describedBy(id("decision"), undefined, decisionError)}
      >
        <legend className="font-semibold">{t("decision")}</legend>
        <div className="flex flex-wrap gap-4">
          {CA_DECISIONS.map((decision) => (
            <label key={decision} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" value={decision} className="size-5 accent-brand-700" {...form.register("decision")} />
              {tr(`answers.decisions.${decision}`)}
            </label>
          ))}
        </div>
        {decisionError ? (
          <p id={`${id("decision")}-error`} className="text-sm font-semibold text-red-800">
            {decisionError}
          </p>
        ) : null}
      </fieldset>
      <FieldShell id={id("reasons")} label={t("reasons")} help={t("reasonsHelp")} error={reasonsError}>
        <TextArea id={id("reasons")} help={t("reasonsHelp")} error={reasonsError} {...form.register("reasons")} />
      </FieldShell>
      {retained ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FieldShell
            id={id("responsible")}
            label={t("responsible")}
            help={t("responsibleHelp")}
            error={responsibleError}
          >
            <TextInput
              id={id("responsible")}
              help={t("responsibleHelp")}
              error={responsibleError}
              maxLength={RESPONSIBLE_MAX}
              {...form.register("responsible")}
            />
          </FieldShell>
          <FieldShell id={id("dueDate")} label={t("dueDate")} help={t("dueDateHelp")} error={dueError}>
            <TextInput
              id={id("dueDate")}
              type="date"
              help={t("dueDateHelp")}
              error={dueError}
              {...form.register("dueDate")}
            />
          </FieldShell>
        </div>
      ) : null}
      {/* The CA meeting that adopted the answer: the board's decision, not one member's. */}
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldShell id={id("adoptedOn")} label={t("adoptedOn")} help={t("adoptedOnHelp")} error={adoptedError}>
          <TextInput
            id={id("adoptedOn")}
            type="date"
            help={t("adoptedOnHelp")}
            error={adoptedError}
            {...form.register("adoptedOn")}
          />
        </FieldShell>
        <FieldShell id={id("resolution")} label={t("resolution")} help={t("resolutionHelp")} error={resolutionError}>
          <TextInput
            id={id("resolution")}
            help={t("resolutionHelp")}
            error={resolutionError}
            maxLength={RESOLUTION_MAX}
            {...form.register("resolution")}
          />
        </FieldShell>
      </div>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
