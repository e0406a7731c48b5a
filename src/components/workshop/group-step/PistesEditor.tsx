"use client";
/**
 * The group drafts its pistes de réflexion et d'action, each to consolidate
 * what works (consolider des acquis) or to change course (changer de cap).
 * The plenary later retains pistes for the CA from these drafts.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { PISTE_ORIENTATIONS, type PisteOrientation } from "@/domain/vocabulary";
import { PISTE_DESCRIPTION_MAX, PISTE_TITLE_MAX, pisteSchema, type PisteFormInput } from "@/lib/schemas/workshop";
import type { GroupPisteView } from "@/lib/workshop-view";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import { RadioGroup } from "./RadioGroup";
import { run, type Action } from "./types";

type PisteOutput = {
  groupId: string;
  pisteId?: string;
  orientation: PisteOrientation;
  title: string;
  description: string;
};

export interface PistesEditorProps {
  groupId: string;
  pistes: GroupPisteView[];
  save: Action<PisteOutput>;
  remove: Action<{ pisteId: string }>;
}

export function PistesEditor({ groupId, pistes, save, remove }: PistesEditorProps): ReactNode {
  const t = useTranslations("groupStep");
  const tv = useTranslations("groupView");
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="flex flex-col gap-6">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {pistes.length === 0 ? <p>{tv("noPistes")}</p> : null}
      {PISTE_ORIENTATIONS.map((orientation) => {
        const list = pistes.filter((p) => p.orientation === orientation);
        if (list.length === 0) return null;
        return (
          <div key={orientation} className="flex flex-col gap-2">
            <h4 className="text-xl font-semibold">{tv(`orientations.${orientation}`)}</h4>
            <ul className="flex flex-col gap-3" data-testid={`pistes-${orientation}`}>
              {list.map((piste) => (
                <li key={piste.id} className="rounded-md border border-stone-300 bg-white p-4">
                  {editing === piste.id ? (
                    <PisteForm
                      idPrefix={`piste-${piste.id}`}
                      groupId={groupId}
                      initial={piste}
                      save={save}
                      onDone={() => setEditing(null)}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <div>
                        <p className="font-semibold">{piste.title}</p>
                        {piste.description ? <p className="whitespace-pre-line">{piste.description}</p> : null}
                      </div>
                      <div className="flex gap-2">
                        <Button variant="secondary" onClick={() => setEditing(piste.id)}>
                          {t("edit")}
                          <span className="sr-only"> : {piste.title}</span>
                        </Button>
                        <ConfirmDialog
                          triggerLabel={t("delete")}
                          triggerAriaLabel={`${t("delete")} : ${piste.title}`}
                          title={t("deletePisteTitle")}
                          description={t("deletePisteText", { title: piste.title })}
                          confirmLabel={t("delete")}
                          onConfirm={async () => {
                            setError(null);
                            const result = await run(remove, { pisteId: piste.id }, t("offline"));
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
        <h4 className="mb-3 text-xl font-semibold">{t("addPiste")}</h4>
        <PisteForm idPrefix="piste-new" groupId={groupId} initial={null} save={save} onDone={() => {}} />
      </div>
    </div>
  );
}

function PisteForm({
  idPrefix,
  groupId,
  initial,
  save,
  onDone,
  onCancel,
}: {
  idPrefix: string;
  groupId: string;
  initial: GroupPisteView | null;
  save: Action<PisteOutput>;
  onDone: () => void;
  onCancel?: () => void;
}): ReactNode {
  const t = useTranslations("groupStep");
  const tv = useTranslations("groupView");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const empty: PisteFormInput = { groupId, orientation: "" as never, title: "", description: "" };
  const form = useForm<PisteFormInput, unknown, PisteOutput>({
    resolver: zodResolver(pisteSchema),
    defaultValues: initial
      ? {
          groupId,
          pisteId: initial.id,
          orientation: initial.orientation,
          title: initial.title,
          description: initial.description,
        }
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
  const titleError = errorText(errors.title?.message, { max: PISTE_TITLE_MAX });
  const descriptionError = errorText(errors.description?.message, { max: PISTE_DESCRIPTION_MAX });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <RadioGroup
        id={`${idPrefix}-orientation`}
        legend={t("pisteOrientation")}
        options={PISTE_ORIENTATIONS.map((o) => ({ value: o, label: tv(`orientations.${o}`) }))}
        error={errorText(errors.orientation?.message)}
        register={form.register("orientation")}
      />
      <FieldShell id={`${idPrefix}-title`} label={t("pisteTitle")} error={titleError}>
        <TextInput
          id={`${idPrefix}-title`}
          maxLength={PISTE_TITLE_MAX}
          error={titleError}
          {...form.register("title")}
        />
      </FieldShell>
      <FieldShell
        id={`${idPrefix}-description`}
        label={t("pisteDescription")}
        help={t("pisteDescriptionHelp")}
        error={descriptionError}
      >
        <TextArea
          id={`${idPrefix}-description`}
          maxLength={PISTE_DESCRIPTION_MAX}
          help={t("pisteDescriptionHelp")}
          error={descriptionError}
          {...form.register("description")}
        />
      </FieldShell>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {initial ? tc("save") : t("addPisteSubmit")}
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
