"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { groupReactionSchema, LONG_TEXT_MAX, type GroupReactionInput } from "@/lib/schemas/report";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea } from "@/components/ui/field";

/** A group's one reaction to the CA's report (participants for their group; the facilitator on a group's behalf). */
export function ReactionForm({
  groupId,
  initialText,
  label,
  help,
  submitLabel,
  savedLabel,
  action,
}: {
  groupId: string;
  initialText: string;
  label: string;
  help?: string;
  submitLabel: string;
  savedLabel: string;
  action: (input: GroupReactionInput) => Promise<ActionResult<unknown>>;
}) {
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<GroupReactionInput>({
    resolver: zodResolver(groupReactionSchema),
    defaultValues: { groupId, text: initialText },
  });
  const id = `reaction-${groupId}`;
  const error = errorText(form.formState.errors.text?.message, { max: LONG_TEXT_MAX });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await action(values);
    if (result.ok) setSaved(true);
    else setFormError(applyActionResult(result, form.setError));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{savedLabel}</Alert> : null}
      <input type="hidden" {...form.register("groupId")} />
      <FieldShell id={id} label={label} help={help} error={error}>
        <TextArea id={id} help={help} error={error} rows={5} {...form.register("text")} />
      </FieldShell>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
