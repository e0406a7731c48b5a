"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { startNewCycleAction } from "@/app/(site)/demarches/[demarcheId]/actions";
import { PeriodFields } from "@/app/(site)/demarches/demarche-fields";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import { DEMARCHE_NAME_MAX, type NewCycleInput, newCycleSchema } from "@/lib/schemas/demarches";

/** « Nouveau cycle » from a closed démarche: a name and a period; the rest is copied (decision 021). */
export function NewCycleForm({ defaults }: { defaults: NewCycleInput }) {
  const t = useTranslations("newCycle");
  const tn = useTranslations("newDemarche");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<NewCycleInput>({ resolver: zodResolver(newCycleSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const period = useWatch({ control: form.control, name: ["startDate", "endDate"] });
  const err = (message: string | undefined, max?: number) => errorText(message, max ? { max } : {});

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    // On success the action redirects to the new cycle's dashboard.
    setFormError(applyActionResult(await startNewCycleAction(values), form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-labelledby="new-cycle-title">
      <h3 id="new-cycle-title" className="text-lg font-bold">
        {t("title")}
      </h3>
      <p>{t("intro")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FieldShell
        id="cycleName"
        label={tn("name")}
        error={err(errors.name?.message, DEMARCHE_NAME_MAX)}
        required
        requiredLabel={tc("required")}
      >
        <TextInput id="cycleName" error={err(errors.name?.message, DEMARCHE_NAME_MAX)} {...form.register("name")} />
      </FieldShell>
      <PeriodFields
        start={form.register("startDate")}
        end={form.register("endDate")}
        values={period}
        errors={{ start: err(errors.startDate?.message), end: err(errors.endDate?.message) }}
      />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
