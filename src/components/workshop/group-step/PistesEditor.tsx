"use client";
/**
 * The group drafts its pistes de réflexion et d'action, each to consolidate
 * what works (consolider des acquis) or to change course (changer de cap).
 * The plenary later retains pistes for the CA from these drafts.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { PISTE_ORIENTATIONS, type PisteOrientation } from "@/domain/vocabulary";
import { PISTE_DESCRIPTION_MAX, PISTE_TITLE_MAX, pisteSchema, type PisteFormInput } from "@/lib/schemas/workshop";
import type { GroupPisteView } from "@/lib/workshop-view";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import { EditableItemList } from "./EditableItemList";
import { RadioGroup } from "./RadioGroup";
import { run, type Action } from "./types";
import { useItemSubmit } from "./use-item-submit";

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

  return (
    <div className="flex flex-col gap-6">
      <EditableItemList
        items={pistes}
        categories={PISTE_ORIENTATIONS}
        categoryOf={(piste) => piste.orientation}
        categoryTitle={(orientation) => tv(`orientations.${orientation}`)}
        testIdPrefix="pistes"
        idPrefix="piste"
        emptyText={tv("noPistes")}
        addTitle={t("addPiste")}
        nameOf={(piste) => piste.title}
        renderItem={(piste) => (
          <div>
            <p className="font-semibold">{piste.title}</p>
            {piste.description ? <p className="whitespace-pre-line">{piste.description}</p> : null}
          </div>
        )}
        renderForm={(form) => <PisteForm {...form} groupId={groupId} save={save} />}
        deleteTitle={t("deletePisteTitle")}
        deleteText={(piste) => t("deletePisteText", { title: piste.title })}
        remove={async (piste) => {
          const result = await run(remove, { pisteId: piste.id }, t("offline"));
          return result.ok ? null : result.message;
        }}
      />
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
  const { formError, onSubmit } = useItemSubmit(form, save, { empty, isNew: initial === null, onDone });
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
