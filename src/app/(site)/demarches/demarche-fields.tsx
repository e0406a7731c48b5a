"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import { spanCheck } from "@/domain/calendar";
import { isYmd } from "@/lib/local-time";

/** Fields shared by the creation form and the settings form; each form wires its own register() and errors. */

function describedByIds(...ids: (string | undefined | false)[]): string {
  return ids.filter(Boolean).join(" ");
}

/** Start and end dates, with the source's 3-to-6-month advice as soon as both are valid (never blocking). */
export function PeriodFields({
  start,
  end,
  values,
  errors,
}: {
  start: UseFormRegisterReturn;
  end: UseFormRegisterReturn;
  values: [string, string];
  errors: { start?: string; end?: string };
}) {
  const t = useTranslations("newDemarche");
  const tc = useTranslations("common");
  const [startValue, endValue] = values;
  const span = isYmd(startValue) && isYmd(endValue) && endValue >= startValue ? spanCheck(startValue, endValue) : null;

  return (
    <div className="flex flex-col gap-2">
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldShell id="startDate" label={t("startDate")} error={errors.start} required requiredLabel={tc("required")}>
          <TextInput
            id="startDate"
            type="date"
            error={errors.start}
            aria-describedby={describedByIds("period-help", errors.start && "startDate-error")}
            {...start}
          />
        </FieldShell>
        <FieldShell id="endDate" label={t("endDate")} error={errors.end} required requiredLabel={tc("required")}>
          <TextInput
            id="endDate"
            type="date"
            error={errors.end}
            aria-describedby={describedByIds("period-help", errors.end && "endDate-error")}
            {...end}
          />
        </FieldShell>
      </div>
      <p id="period-help" className="text-sm text-stone-700">
        {t("datesHelp")}
      </p>
      {span?.tooShort || span?.tooLong ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900">
          {span.tooShort ? t("spanTooShort") : t("spanTooLong")}
        </p>
      ) : null}
    </div>
  );
}

const MANDATE_FIELDS = [
  ["mandateExpertise", "expertise"],
  ["mandateRepresentation", "representation"],
  ["mandateParticipation", "participation"],
] as const;

export type MandateField = (typeof MANDATE_FIELDS)[number][0];

export function MandateFields({
  register,
  errors,
}: {
  register: (field: MandateField) => UseFormRegisterReturn;
  errors: Partial<Record<MandateField, string>>;
}) {
  const t = useTranslations("mandateFields");
  const tc = useTranslations("common");
  return (
    <>
      {MANDATE_FIELDS.map(([field, mandate]) => (
        <FieldShell
          key={field}
          id={field}
          label={t(mandate)}
          error={errors[field]}
          required
          requiredLabel={tc("required")}
        >
          <TextArea id={field} rows={3} error={errors[field]} {...register(field)} />
        </FieldShell>
      ))}
    </>
  );
}
