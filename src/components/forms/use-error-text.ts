"use client";
import { useTranslations } from "next-intl";

/**
 * Client-side validation yields message keys ("validation.required"); errors
 * that come back from the server are already translated. This shows both.
 */
export function useErrorText() {
  const t = useTranslations();
  return (message: string | undefined, params: Record<string, string | number> = {}): string | undefined => {
    if (!message) return undefined;
    return message.startsWith("validation.") && t.has(message) ? t(message, params) : message;
  };
}
