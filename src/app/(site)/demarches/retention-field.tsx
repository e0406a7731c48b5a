"use client";
import { useTranslations } from "next-intl";
import type { SelectHTMLAttributes } from "react";
import { SelectInput } from "@/components/ui/choice";
import { FieldShell } from "@/components/ui/field";
import { DEFAULT_RETENTION_MONTHS, RETENTION_CHOICES } from "@/domain/lifecycle";

/**
 * The retention period, with what it means in plain words (decision 021).
 * `longestAllowed` greys out the longer choices once people joined.
 */
export function RetentionField({
  error,
  longestAllowed,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { error?: string; longestAllowed?: number }) {
  const t = useTranslations("retentionField");
  return (
    <FieldShell id="retentionMonths" label={t("label")} help={t("help")} error={error}>
      <SelectInput id="retentionMonths" help={t("help")} error={error} {...select}>
        {RETENTION_CHOICES.map((months) => (
          <option key={months} value={months} disabled={longestAllowed !== undefined && months > longestAllowed}>
            {months === DEFAULT_RETENTION_MONTHS ? t("proposed", { months }) : t("option", { months })}
          </option>
        ))}
      </SelectInput>
    </FieldShell>
  );
}
