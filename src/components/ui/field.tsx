import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

type FieldShellProps = {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  children: ReactNode;
};

/** Label, help and error wired to the control with ids, so screen readers read all three. */
export function FieldShell({ id, label, help, error, required, requiredLabel, children }: FieldShellProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
        {required && requiredLabel ? (
          <span className="ml-1 text-sm font-normal text-stone-600">({requiredLabel})</span>
        ) : null}
      </label>
      {help ? (
        <p id={`${id}-help`} className="text-sm text-stone-700">
          {help}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, help?: ReactNode, error?: string): string | undefined {
  const ids = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const CONTROL =
  "w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-ink placeholder:text-stone-500 aria-[invalid=true]:border-red-700";

export function TextInput({
  id,
  error,
  help,
  className = "",
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; error?: string; help?: ReactNode }) {
  return (
    <input
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, help, error)}
      className={`${CONTROL} min-h-11 ${className}`}
      {...props}
    />
  );
}

/**
 * A long text. Give it no `maxLength`: a browser cuts a pasted text there,
 * silently. The schema's maximum says « trop long » next to the field and
 * the text stays (decision 014).
 */
export function TextArea({
  id,
  error,
  help,
  className = "",
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; error?: string; help?: ReactNode }) {
  return (
    <textarea
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, help, error)}
      className={`${CONTROL} min-h-24 ${className}`}
      {...props}
    />
  );
}
