"use client";
/**
 * The group lists the practice conditions that hinder (entravent) or support
 * (favorisent) the desired direction, each with a short theme: at the mise en
 * commun, a theme named by two or more groups becomes a shared condition.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { CONDITION_KINDS, type ConditionKind } from "@/domain/vocabulary";
import { CONDITION_TEXT_MAX, conditionSchema, THEME_MAX, type ConditionFormInput } from "@/lib/schemas/workshop";
import type { GroupConditionView } from "@/lib/workshop-view";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import { RadioGroup } from "./RadioGroup";
import { run, type Action } from "./types";

type ConditionOutput = { groupId: string; conditionId?: string; kind: ConditionKind; theme: string; text: string };

export interface ConditionsEditorProps {
  groupId: string;
  conditions: GroupConditionView[];
  save: Action<ConditionOutput>;
  remove: Action<{ conditionId: string }>;
}

export function ConditionsEditor({ groupId, conditions, save, remove }: ConditionsEditorProps): ReactNode {
  const t = useTranslations("groupStep");
  const tv = useTranslations("groupView");
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const themes = [...new Set(conditions.map((c) => c.theme))].sort((a, b) => a.localeCompare(b, "fr-CA"));

  return (
    <div className="flex flex-col gap-6">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <datalist id="condition-themes">
        {themes.map((theme) => (
          <option key={theme} value={theme} />
        ))}
      </datalist>
      {conditions.length === 0 ? <p>{tv("noConditions")}</p> : null}
      {CONDITION_KINDS.map((kind) => {
        const list = conditions.filter((c) => c.kind === kind);
        if (list.length === 0) return null;
        return (
          <div key={kind} className="flex flex-col gap-2">
            <h4 className="text-xl font-semibold">{tv(`conditionKinds.${kind}`)}</h4>
            <ul className="flex flex-col gap-3" data-testid={`conditions-${kind}`}>
              {list.map((condition) => (
                <li key={condition.id} className="rounded-md border border-stone-300 bg-white p-4">
                  {editing === condition.id ? (
                    <ConditionForm
                      idPrefix={`condition-${condition.id}`}
                      groupId={groupId}
                      initial={condition}
                      save={save}
                      onDone={() => setEditing(null)}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <p>
                        <span className="mr-2 rounded bg-stone-200 px-2 py-0.5 font-semibold">{condition.theme}</span>
                        {condition.text}
                      </p>
                      <div className="flex gap-2">
                        <Button variant="secondary" onClick={() => setEditing(condition.id)}>
                          {t("edit")}
                          <span className="sr-only"> : {condition.theme}</span>
                        </Button>
                        <ConfirmDialog
                          triggerLabel={t("delete")}
                          triggerAriaLabel={`${t("delete")} : ${condition.theme}`}
                          title={t("deleteConditionTitle")}
                          description={t("deleteConditionText", { theme: condition.theme })}
                          confirmLabel={t("delete")}
                          onConfirm={async () => {
                            setError(null);
                            const result = await run(remove, { conditionId: condition.id }, t("offline"));
                            return result.ok ? null : result.message;
                          }}
                        />
                      </div>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <div className="rounded-md border-2 border-dashed border-stone-400 p-4">
        <h4 className="mb-3 text-xl font-semibold">{t("addCondition")}</h4>
        <ConditionForm idPrefix="condition-new" groupId={groupId} initial={null} save={save} onDone={() => {}} />
      </div>
    </div>
  );
}

function ConditionForm({
  idPrefix,
  groupId,
  initial,
  save,
  onDone,
  onCancel,
}: {
  idPrefix: string;
  groupId: string;
  initial: GroupConditionView | null;
  save: Action<ConditionOutput>;
  onDone: () => void;
  onCancel?: () => void;
}): ReactNode {
  const t = useTranslations("groupStep");
  const tv = useTranslations("groupView");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const empty: ConditionFormInput = { groupId, kind: "" as never, theme: "", text: "" };
  const form = useForm<ConditionFormInput, unknown, ConditionOutput>({
    resolver: zodResolver(conditionSchema),
    defaultValues: initial
      ? { groupId, conditionId: initial.id, kind: initial.kind, theme: initial.theme, text: initial.text }
      : empty,
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await run(save, values, t("offline"));
    const message = applyActionResult(result, form.setError);
    if (!result.ok) {
      setFormError(message);
      return;
    }
    if (!initial) form.reset(empty);
    onDone();
  });
  const themeError = errorText(errors.theme?.message, { max: THEME_MAX });
  const textError = errorText(errors.text?.message, { max: CONDITION_TEXT_MAX });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <RadioGroup
        id={`${idPrefix}-kind`}
        legend={t("conditionKind")}
        options={CONDITION_KINDS.map((kind) => ({ value: kind, label: tv(`conditionKinds.${kind}`) }))}
        error={errorText(errors.kind?.message)}
        register={form.register("kind")}
      />
      <FieldShell id={`${idPrefix}-theme`} label={t("theme")} help={t("themeHelp")} error={themeError}>
        <TextInput
          id={`${idPrefix}-theme`}
          list="condition-themes"
          maxLength={THEME_MAX}
          className="max-w-md"
          help={t("themeHelp")}
          error={themeError}
          {...form.register("theme")}
        />
      </FieldShell>
      <FieldShell id={`${idPrefix}-text`} label={t("conditionText")} error={textError}>
        <TextArea id={`${idPrefix}-text`} maxLength={CONDITION_TEXT_MAX} error={textError} {...form.register("text")} />
      </FieldShell>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {initial ? tc("save") : t("addConditionSubmit")}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {tc("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
