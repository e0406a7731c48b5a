"use client";
/**
 * One position, placed either way: pointing in the triangle or sharing 10
 * tokens. Both edit the same value (see src/domain/position-input.ts); the
 * percentages below say what will be stored.
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MANDATES, type Mandate } from "@/domain/mandates";
import { perMilleToPercentages, type PerMille } from "@/domain/position";
import { isOnTokenGrid, withPoint, withTokens, type StepInput } from "@/domain/position-input";
import { TokenInput } from "./TokenInput";
import { TriangleInput } from "./TriangleInput";

export interface PositionPickerProps {
  id: string;
  value: StepInput;
  onChange: (value: StepInput) => void;
  names: Record<Mandate, string>;
  descriptions: Record<Mandate, string>;
  /** What this position is, e.g. « Position actuelle »: names the drawing. */
  label: string;
  reference?: { perMille: PerMille; label: string } | null;
  error?: string;
  disabled?: boolean;
  /** A bigger drawing, for the projected screen. */
  large?: boolean;
}

export function PositionPicker({
  id,
  value,
  onChange,
  names,
  descriptions,
  label,
  reference = null,
  error,
  disabled = false,
  large = false,
}: PositionPickerProps): ReactNode {
  const t = useTranslations("positionInput");
  const tChart = useTranslations("chart");
  const shortNames = Object.fromEntries(MANDATES.map((m) => [m, tChart(`mandatesShort.${m}`)])) as Record<
    Mandate,
    string
  >;
  const percentages = value.perMille ? perMilleToPercentages(value.perMille) : null;
  const readout = percentages
    ? MANDATES.map((m) => t("mandatePercent", { mandate: shortNames[m], percent: percentages[m] })).join(", ")
    : null;
  const description = [
    t("triangleDescription"),
    readout ? t("triangleValue", { value: readout }) : t("triangleNoValue"),
    reference ? t("triangleReference", { label: reference.label }) : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <div className="flex flex-col gap-4" data-testid={`${id}-picker`}>
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-red-800" role="alert">
          {error}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <div className="flex flex-col gap-2">
          <p className="text-sm text-stone-700">{t("triangleHelp")}</p>
          <TriangleInput
            id={`${id}-triangle`}
            value={value.perMille}
            onChange={(perMille) => onChange(withPoint(perMille))}
            names={shortNames}
            title={t("triangleTitle", { label })}
            description={description}
            reference={reference?.perMille ?? null}
            disabled={disabled}
            width={large ? 640 : undefined}
          />
          {/* Right under the triangle: on a phone, the result of a tap shows where the finger is. */}
          <div className="rounded-md bg-brand-50 px-4 py-3" data-testid={`${id}-readout`}>
            <p className="font-semibold">{readout ? t("readout", { value: readout }) : t("noPosition")}</p>
            {value.perMille && !isOnTokenGrid(value.perMille) ? (
              <p className="mt-1 text-sm text-stone-800">{t("offGrid")}</p>
            ) : null}
          </div>
          {reference ? (
            <p className="flex items-center gap-2 text-sm text-stone-700">
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                <circle cx="9" cy="9" r="6" fill="#fff" stroke="#6b6b6b" strokeWidth="2" strokeDasharray="3 2" />
              </svg>
              {t("referenceLegend", { label: reference.label })}
            </p>
          ) : null}
        </div>
        <TokenInput
          id={`${id}-tokens`}
          tokens={value.tokens}
          onChange={(mandate, count) => onChange(withTokens(value, mandate, count))}
          names={names}
          descriptions={descriptions}
          disabled={disabled}
        />
      </div>
    </div>
  );
}
