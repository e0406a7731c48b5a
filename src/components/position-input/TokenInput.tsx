"use client";
/**
 * Sharing 10 tokens among the three mandates, as on the paper worksheet: the
 * keyboard and screen-reader path to a position. Each mandate has a number
 * field (a spin button: arrow keys add or remove a token) between « − » and
 * « + » buttons, and a live status says how many tokens are left.
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MANDATES, type Mandate } from "@/domain/mandates";
import type { MandateParts } from "@/domain/position";
import { tokensLeft } from "@/domain/position-input";

export interface TokenInputProps {
  id: string;
  tokens: MandateParts;
  onChange: (mandate: Mandate, count: number) => void;
  names: Record<Mandate, string>;
  descriptions: Record<Mandate, string>;
  disabled?: boolean;
}

const TOTAL = 10;

export function TokenInput({
  id,
  tokens,
  onChange,
  names,
  descriptions,
  disabled = false,
}: TokenInputProps): ReactNode {
  const t = useTranslations("positionInput");
  const left = tokensLeft(tokens);
  const statusId = `${id}-status`;

  return (
    <fieldset className="flex flex-col gap-3" disabled={disabled}>
      <legend className="text-lg font-semibold">{t("tokensLegend")}</legend>
      <p className="text-sm text-stone-700">{t("tokensHelp")}</p>
      <ul className="flex flex-col gap-3">
        {MANDATES.map((mandate) => {
          const inputId = `${id}-${mandate}`;
          const count = tokens[mandate];
          return (
            <li key={mandate} className="rounded-md border border-stone-300 bg-white p-3">
              <label htmlFor={inputId} className="font-semibold">
                {names[mandate]}
              </label>
              {descriptions[mandate] ? (
                <p id={`${inputId}-desc`} className="text-sm text-stone-700">
                  {descriptions[mandate]}
                </p>
              ) : null}
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <button
                  type="button"
                  className="inline-flex size-11 items-center justify-center rounded-md border border-stone-400 bg-white text-2xl font-bold text-ink hover:bg-stone-100 disabled:text-stone-400"
                  aria-label={t("removeToken", { mandate: names[mandate] })}
                  disabled={disabled || count === 0}
                  onClick={() => onChange(mandate, count - 1)}
                >
                  −
                </button>
                <input
                  id={inputId}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={count + left}
                  step={1}
                  value={count}
                  aria-describedby={[descriptions[mandate] ? `${inputId}-desc` : null, statusId]
                    .filter(Boolean)
                    .join(" ")}
                  className="min-h-11 w-20 rounded-md border border-stone-400 bg-white px-3 py-2 text-center text-xl font-semibold text-ink"
                  onChange={(event) => {
                    const parsed = Number.parseInt(event.target.value, 10);
                    onChange(mandate, Number.isNaN(parsed) ? 0 : parsed);
                  }}
                />
                <button
                  type="button"
                  className="inline-flex size-11 items-center justify-center rounded-md border border-stone-400 bg-white text-2xl font-bold text-ink hover:bg-stone-100 disabled:text-stone-400"
                  aria-label={t("addToken", { mandate: names[mandate] })}
                  disabled={disabled || left === 0}
                  onClick={() => onChange(mandate, count + 1)}
                >
                  +
                </button>
                <span className="ml-1 flex flex-wrap gap-1" aria-hidden="true">
                  {Array.from({ length: TOTAL }, (_, index) => (
                    <span
                      key={index}
                      className={`size-3.5 rounded-full border-2 border-brand-700 ${index < count ? "bg-brand-700" : "bg-white"}`}
                    />
                  ))}
                </span>
                <span className="text-sm text-stone-700">{t("percentOf", { percent: count * 10 })}</span>
              </div>
            </li>
          );
        })}
      </ul>
      <p id={statusId} role="status" aria-live="polite" className="font-semibold text-brand-800">
        {left === 0 ? t("tokensAllPlaced") : t("tokensLeft", { left, total: TOTAL })}
      </p>
    </fieldset>
  );
}
