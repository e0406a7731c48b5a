"use client";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** A fieldset of radio buttons with a visible legend and its error wired to every option. */
export function RadioGroup({
  id,
  legend,
  options,
  error,
  register,
  inline = true,
}: {
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  error?: string;
  register: UseFormRegisterReturn;
  inline?: boolean;
}): ReactNode {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className={`flex gap-x-6 gap-y-2 ${inline ? "flex-wrap" : "flex-col"}`}>
        {options.map((option) => (
          <label key={option.value} htmlFor={`${id}-${option.value}`} className="flex min-h-11 items-center gap-2">
            <input
              id={`${id}-${option.value}`}
              type="radio"
              value={option.value}
              className="size-5 accent-brand-700"
              {...register}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
