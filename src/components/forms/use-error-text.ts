"use client";
import { useTranslations } from "next-intl";
import { parseMessageKey } from "@/lib/schemas/message-key";

/**
 * Client-side validation yields message keys ("validation.required"); errors
 * that come back from the server are already translated. This shows both.
 * A key may carry its field's limit (message-key.ts), which wins over the
 * caller's parameters: the schema is where the limit is set.
 */
export function useErrorText() {
  const t = useTranslations();
  return (message: string | undefined, params: Record<string, string | number> = {}): string | undefined => {
    if (!message) return undefined;
    const { key, params: carried } = parseMessageKey(message);
    return key.startsWith("validation.") && t.has(key) ? t(key, { ...params, ...carried }) : message;
  };
}
