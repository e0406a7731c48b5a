import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { describedBy } from "@/components/ui/field";

const CONTROL =
  "min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700";

/** A native select: keyboard and screen-reader support come for free. Wrap it in FieldShell for its label. */
export function SelectInput({
  id,
  error,
  help,
  className = "",
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { id: string; error?: string; help?: ReactNode }) {
  return (
    <select
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, help, error)}
      className={`${CONTROL} ${className}`}
      {...props}
    >
      {children}
    </select>
  );
}

/** A checkbox with its label beside it, and its help and error wired for screen readers. */
export function CheckboxField({
  id,
  label,
  help,
  error,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: ReactNode; help?: ReactNode; error?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-brand-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, help, error)}
          {...props}
        />
        <label htmlFor={id} className="text-base">
          {label}
        </label>
      </div>
      {help ? (
        <p id={`${id}-help`} className="ml-8 text-sm text-stone-700">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="ml-8 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
