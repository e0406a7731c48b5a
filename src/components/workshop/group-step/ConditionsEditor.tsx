"use client";
/**
 * The group lists the practice conditions that hinder (entravent) or support
 * (favorisent) the desired direction, each with a short theme: at the mise en
 * commun, a theme named by two or more groups becomes a shared condition.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { CONDITION_KINDS, type ConditionKind } from "@/domain/vocabulary";
import { CONDITION_TEXT_MAX, conditionSchema, THEME_MAX, type ConditionFormInput } from "@/lib/schemas/workshop";
import type { GroupConditionView } from "@/lib/workshop-view";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import { EditableItemList } from "./EditableItemList";
import { RadioGroup } from "./RadioGroup";
import { run, type Action } from "./types";
import { useItemSubmit } from "./use-item-submit";

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
  const themes = [...new Set(conditions.map((c) => c.theme))].sort((a, b) => a.localeCompare(b, "fr-CA"));

  return (
    <div className="flex flex-col gap-6">
      <datalist id="condition-themes">
        {themes.map((theme) => (
          <option key={theme} value={theme} />
        ))}
      </datalist>
      <EditableItemList
        items={conditions}
        categories={CONDITION_KINDS}
        categoryOf={(condition) => condition.kind}
        categoryTitle={(kind) => tv(`conditionKinds.${kind}`)}
        testIdPrefix="conditions"
        idPrefix="condition"
        emptyText={tv("noConditions")}
        addTitle={t("addCondition")}
        nameOf={(condition) => condition.theme}
        renderItem={(condition) => (
          <p>
            <span className="mr-2 rounded bg-stone-200 px-2 py-0.5 font-semibold">{condition.theme}</span>
            {condition.text}
          </p>
        )}
        renderForm={(form) => <ConditionForm {...form} groupId={groupId} save={save} />}
        deleteTitle={t("deleteConditionTitle")}
        deleteText={(condition) => t("deleteConditionText", { theme: condition.theme })}
        remove={async (condition) => {
          const result = await run(remove, { conditionId: condition.id }, t("offline"));
          return result.ok ? null : result.message;
        }}
      />
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
  const empty: ConditionFormInput = { groupId, kind: "" as never, theme: "", text: "" };
  const form = useForm<ConditionFormInput, unknown, ConditionOutput>({
    resolver: zodResolver(conditionSchema),
    defaultValues: initial
      ? { groupId, conditionId: initial.id, kind: initial.kind, theme: initial.theme, text: initial.text }
      : empty,
  });
  const { errors } = form.formState;
  const { formError, onSubmit } = useItemSubmit(form, save, { empty, isNew: initial === null, onDone });
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
        <TextArea id={`${idPrefix}-text`} error={textError} {...form.register("text")} />
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
