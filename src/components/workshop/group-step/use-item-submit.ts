"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { run, type Action } from "./types";

/**
 * Submitting a condition or piste form: server field errors go next to their
 * fields and what was typed stays; a new item's form empties once saved.
 */
export function useItemSubmit<Input extends FieldValues, Output>(
  form: UseFormReturn<Input, unknown, Output>,
  save: Action<Output>,
  { empty, isNew, onDone }: { empty: Input; isNew: boolean; onDone: () => void },
): { formError: string | null; onSubmit: () => Promise<void> } {
  const t = useTranslations("groupStep");
  const [formError, setFormError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await run(save, values, t("offline"));
    const message = applyActionResult(result, form.setError);
    if (!result.ok) {
      setFormError(message);
      return;
    }
    if (isNew) form.reset(empty);
    onDone();
  });
  return { formError, onSubmit };
}
