import type { ReactNode } from "react";

const TONES = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-brand-700 bg-brand-50 text-brand-800",
  info: "border-sky-700 bg-sky-50 text-sky-900",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
} as const;

/** Errors interrupt screen readers (role="alert"); other messages are polite. */
export function Alert({
  tone = "info",
  title,
  children,
  id,
}: {
  tone?: keyof typeof TONES;
  title?: string;
  children?: ReactNode;
  id?: string;
}) {
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border-l-4 px-4 py-3 ${TONES[tone]}`}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
