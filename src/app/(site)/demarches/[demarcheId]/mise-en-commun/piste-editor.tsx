"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import {
  deletePlenaryPisteAction,
  savePlenaryPisteAction,
} from "@/app/(site)/demarches/[demarcheId]/mise-en-commun/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { useLanguageTag } from "@/components/i18n/use-language-tag";
import { listText } from "@/components/report/format";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, FieldShell, TextArea, TextInput } from "@/components/ui/field";
import type { ReportPiste } from "@/domain/report-model";
import { PISTE_ORIENTATIONS } from "@/domain/vocabulary";
import { LONG_TEXT_MAX, PISTE_TITLE_MAX, plenaryPisteSchema, type PlenaryPisteInput } from "@/lib/schemas/report";

export type Proposal = {
  id: string;
  groupId: string;
  groupLabel: string;
  orientation: ReportPiste["orientation"];
  title: string;
  description: string;
};

function emptyValues(demarcheId: string): PlenaryPisteInput {
  return {
    demarcheId,
    pisteId: "",
    orientation: undefined as unknown as PlenaryPisteInput["orientation"],
    title: "",
    description: "",
    supportGroupIds: [],
    needsArbitrage: false,
    arbitrageNote: "",
  };
}

/**
 * The facilitator merges the groups' proposals into pistes for the CA, during
 * or after the meeting: « Reprendre » fills the form from a proposal, then
 * the facilitator adjusts the words and ticks the groups that support it.
 */
export function PisteEditor({
  demarcheId,
  groups,
  proposals,
  pistes,
  locked,
}: {
  demarcheId: string;
  groups: { id: string; label: string }[];
  proposals: Proposal[];
  pistes: ReportPiste[];
  locked: string | null;
}) {
  const t = useTranslations("plenary");
  const tr = useTranslations("report");
  const tag = useLanguageTag();
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<PlenaryPisteInput>({
    resolver: zodResolver(plenaryPisteSchema),
    defaultValues: emptyValues(demarcheId),
  });
  const { errors } = form.formState;
  const editing = useWatch({ control: form.control, name: "pisteId" });
  const needsArbitrage = useWatch({ control: form.control, name: "needsArbitrage" });
  const [focusForm, setFocusForm] = useState(0);

  useEffect(() => {
    if (focusForm > 0) headingRef.current?.focus();
  }, [focusForm]);

  const fill = (values: Partial<PlenaryPisteInput>) => {
    setFormError(null);
    setStatus(null);
    form.reset({ ...emptyValues(demarcheId), ...values });
    setFocusForm((n) => n + 1);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setStatus(null);
    const result = await savePlenaryPisteAction(values);
    if (result.ok) {
      form.reset(emptyValues(demarcheId));
      setStatus(t("saved"));
    } else setFormError(applyActionResult(result, form.setError));
  });

  const orientationError = errorText(errors.orientation?.message);
  const titleError = errorText(errors.title?.message, { max: PISTE_TITLE_MAX });
  const descriptionError = errorText(errors.description?.message, { max: LONG_TEXT_MAX });
  const supportError = errorText(errors.supportGroupIds?.message ?? errors.supportGroupIds?.root?.message);
  const noteError = errorText(errors.arbitrageNote?.message, { max: LONG_TEXT_MAX });

  return (
    <div className="flex flex-col gap-6">
      <p>{t("pistesIntro")}</p>
      {locked ? <Alert tone="info">{locked}</Alert> : null}
      {status ? <Alert tone="success">{status}</Alert> : null}

      {pistes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3" data-testid="plenary-pistes">
          {pistes.map((piste, index) => (
            <li key={piste.id} className="flex flex-col gap-2 rounded-md border border-stone-300 p-4">
              <p className="text-sm font-semibold">
                {tr(`orientationTag.${piste.orientation}`)}
                {piste.needsArbitrage ? ` · ${tr("pistes.arbitrage")}` : ""}
              </p>
              <h3 className="text-lg font-bold">
                {index + 1}. {piste.title}
              </h3>
              {piste.description ? <p className="whitespace-pre-line">{piste.description}</p> : null}
              <p className="text-sm text-stone-700">
                {tr("pistes.supportedBy", { groups: listText(
                  piste.supportingGroups.map((g) => g.label),
                  tag,
                ) })}
              </p>
              {piste.needsArbitrage ? <p>{tr("pistes.arbitrageNote", { note: piste.arbitrageNote })}</p> : null}
              {locked ? null : (
                <div className="flex flex-wrap gap-2">
                  <Button
                    variant="secondary"
                    aria-label={t("editLabel", { title: piste.title })}
                    onClick={() =>
                      fill({
                        pisteId: piste.id,
                        orientation: piste.orientation,
                        title: piste.title,
                        description: piste.description,
                        supportGroupIds: piste.supportingGroups.map((g) => g.id),
                        needsArbitrage: piste.needsArbitrage,
                        arbitrageNote: piste.arbitrageNote,
                      })
                    }
                  >
                    {t("edit")}
                  </Button>
                  <ConfirmDialog
                    triggerLabel={t("delete")}
                    triggerAriaLabel={t("deleteLabel", { title: piste.title })}
                    title={t("deleteTitle")}
                    description={t("deleteText", { title: piste.title })}
                    confirmLabel={t("deleteConfirm")}
                    onConfirm={async () => {
                      const result = await deletePlenaryPisteAction({ pisteId: piste.id });
                      setFormError(result.ok ? null : result.message);
                      return null;
                    }}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}

      {locked ? null : (
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border-2 border-brand-700 p-5">
            <h3 ref={headingRef} tabIndex={-1} className="text-xl font-bold focus:outline-none">
              {editing ? t("editPiste") : t("newPiste")}
            </h3>
            {formError ? <Alert tone="error">{formError}</Alert> : null}
            <input type="hidden" {...form.register("demarcheId")} />
            <input type="hidden" {...form.register("pisteId")} />
            <fieldset aria-describedby={describedBy("orientation", undefined, orientationError)}>
              <legend className="font-semibold">{t("orientation")}</legend>
              <div className="mt-1 flex flex-wrap gap-4">
                {PISTE_ORIENTATIONS.map((orientation) => (
                  <label key={orientation} className="inline-flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      value={orientation}
                      className="size-5 accent-brand-700"
                      {...form.register("orientation")}
                    />
                    {tr(`orientationTag.${orientation}`)}
                  </label>
                ))}
              </div>
              {orientationError ? (
                <p id="orientation-error" className="text-sm font-semibold text-red-800">
                  {orientationError}
                </p>
              ) : null}
            </fieldset>
            <FieldShell id="piste-title" label={t("pisteTitle")} help={t("pisteTitleHelp")} error={titleError}>
              <TextInput
                id="piste-title"
                maxLength={PISTE_TITLE_MAX}
                help={t("pisteTitleHelp")}
                error={titleError}
                {...form.register("title")}
              />
            </FieldShell>
            <FieldShell
              id="piste-description"
              label={t("description")}
              help={t("descriptionHelp")}
              error={descriptionError}
            >
              <TextArea
                id="piste-description"
                help={t("descriptionHelp")}
                error={descriptionError}
                {...form.register("description")}
              />
            </FieldShell>
            <Controller
              control={form.control}
              name="supportGroupIds"
              render={({ field }) => (
                <fieldset aria-describedby={describedBy("supports", undefined, supportError)}>
                  <legend className="font-semibold">{t("supports")}</legend>
                  <div className="mt-1 flex flex-col gap-1">
                    {groups.map((group) => (
                      <label key={group.id} className="inline-flex min-h-11 items-center gap-2">
                        <input
                          type="checkbox"
                          className="size-5 accent-brand-700"
                          checked={field.value.includes(group.id)}
                          onChange={(event) =>
                            field.onChange(
                              event.target.checked
                                ? [...field.value, group.id]
                                : field.value.filter((id) => id !== group.id),
                            )
                          }
                        />
                        {group.label}
                      </label>
                    ))}
                  </div>
                  {supportError ? (
                    <p id="supports-error" className="text-sm font-semibold text-red-800">
                      {supportError}
                    </p>
                  ) : null}
                </fieldset>
              )}
            />
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" className="size-5 accent-brand-700" {...form.register("needsArbitrage")} />
              {t("needsArbitrage")}
            </label>
            {needsArbitrage ? (
              <FieldShell
                id="arbitrage-note"
                label={t("arbitrageNote")}
                help={t("arbitrageNoteHelp")}
                error={noteError}
              >
                <TextArea
                  id="arbitrage-note"
                  help={t("arbitrageNoteHelp")}
                  error={noteError}
                  {...form.register("arbitrageNote")}
                />
              </FieldShell>
            ) : null}
            <div className="flex flex-wrap gap-3">
              <Button type="submit" busy={form.formState.isSubmitting}>
                {t("save")}
              </Button>
              {editing ? (
                <Button variant="secondary" onClick={() => fill({})}>
                  {t("cancelEdit")}
                </Button>
              ) : null}
            </div>
          </form>

          <div className="flex flex-col gap-3">
            <h3 className="text-xl font-bold">{t("proposalsTitle")}</h3>
            {proposals.length === 0 ? (
              <p>{t("proposalsEmpty")}</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {proposals.map((proposal) => (
                  <li key={proposal.id} className="rounded-md border border-stone-300 p-3">
                    <p className="text-sm text-stone-700">
                      {proposal.groupLabel} · {tr(`orientationTag.${proposal.orientation}`)}
                    </p>
                    <p className="font-semibold">{proposal.title}</p>
                    {proposal.description ? (
                      <p className="text-sm whitespace-pre-line">{proposal.description}</p>
                    ) : null}
                    <Button
                      variant="ghost"
                      aria-label={t("reuseLabel", { title: proposal.title })}
                      onClick={() =>
                        fill({
                          orientation: proposal.orientation,
                          title: proposal.title,
                          description: proposal.description,
                          supportGroupIds: [proposal.groupId],
                        })
                      }
                    >
                      {t("reuse")}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
