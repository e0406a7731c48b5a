"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { recordIncidentAction } from "@/app/(site)/registre-incidents/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import { type IncidentInput, incidentSchema } from "@/lib/schemas/incidents";

export function IncidentForm({ demarches, today }: { demarches: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("incidents");
  const errorText = useErrorText();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const empty: IncidentInput = {
    demarcheId: "",
    occurredOn: today,
    discoveredOn: today,
    description: "",
    peopleConcerned: "",
    riskOfSeriousInjury: false,
    measures: "",
    reportedToCai: false,
  };
  const form = useForm<IncidentInput>({ resolver: zodResolver(incidentSchema), defaultValues: empty });
  const { errors } = form.formState;
  const err = (m?: string) => errorText(m, { max: 4000 });

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await recordIncidentAction(values);
    const message = applyActionResult(result, form.setError);
    if (message) setStatus({ tone: "error", text: message });
    else {
      form.reset(empty);
      setStatus({ tone: "success", text: t("saved") });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      <FieldShell id="demarcheId" label={t("demarche")}>
        <select
          id="demarcheId"
          className="min-h-11 rounded-md border border-stone-400 bg-white px-3"
          {...form.register("demarcheId")}
        >
          <option value="">{t("noDemarche")}</option>
          {demarches.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </FieldShell>
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldShell id="occurredOn" label={t("occurredOn")} error={err(errors.occurredOn?.message)}>
          <TextInput
            id="occurredOn"
            type="date"
            error={err(errors.occurredOn?.message)}
            {...form.register("occurredOn")}
          />
        </FieldShell>
        <FieldShell id="discoveredOn" label={t("discoveredOn")} error={err(errors.discoveredOn?.message)}>
          <TextInput
            id="discoveredOn"
            type="date"
            error={err(errors.discoveredOn?.message)}
            {...form.register("discoveredOn")}
          />
        </FieldShell>
      </div>
      <FieldShell
        id="description"
        label={t("description")}
        help={t("descriptionHelp")}
        error={err(errors.description?.message)}
      >
        <TextArea
          id="description"
          help={t("descriptionHelp")}
          error={err(errors.description?.message)}
          {...form.register("description")}
        />
      </FieldShell>
      <FieldShell
        id="peopleConcerned"
        label={t("peopleConcerned")}
        help={t("peopleConcernedHelp")}
        error={err(errors.peopleConcerned?.message)}
      >
        <TextInput
          id="peopleConcerned"
          help={t("peopleConcernedHelp")}
          error={err(errors.peopleConcerned?.message)}
          {...form.register("peopleConcerned")}
        />
      </FieldShell>
      <FieldShell id="measures" label={t("measures")} error={err(errors.measures?.message)}>
        <TextArea id="measures" error={err(errors.measures?.message)} {...form.register("measures")} />
      </FieldShell>
      <label className="flex items-center gap-3">
        <input type="checkbox" className="size-5 accent-brand-700" {...form.register("riskOfSeriousInjury")} />
        {t("risk")}
      </label>
      <label className="flex items-center gap-3">
        <input type="checkbox" className="size-5 accent-brand-700" {...form.register("reportedToCai")} />
        {t("reported")}
      </label>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
