"use client";
/**
 * The three-step individual positioning (docs/domain.md): position actuelle, then
 * position désirée, each with « pourquoi » and examples of practices, then the
 * écart shown back with the conditions that hinder or support.
 *
 * Drafts save themselves as people type (debounced autosave with retries and
 * a browser backup until the server has them); confirming is a separate,
 * explicit act. Used by participants for themselves and by the facilitator
 * on someone's behalf: the caller passes the two server actions.
 */
import { useFormatter, useTranslations } from "next-intl";
import { Fragment, useEffect, useEffectEvent, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import type { Mandate } from "@/domain/mandates";
import { fromPerMille } from "@/domain/position";
import { personalGap } from "@/domain/workshop";
import type { ActionResult } from "@/lib/action-result";
import { confirmationIssues, POSITION_TEXT_FIELDS, tooLongTexts, WHY_MAX } from "@/lib/schemas/position-rules";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { PositionPicker } from "@/components/position-input/PositionPicker";
import { TriangleChart, type TriangleChartLabels } from "@/components/triangle";
import { gapReading } from "@/domain/plain-readings";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { noteOwnChange } from "@/components/live/own-changes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextArea } from "@/components/ui/field";
import { clearBackup, readBackup, writeBackup } from "./local-backup";
import { VISIBLE_TABLE_CLASS } from "./table-style";
import { answersFrom, parseBackup, valuesFrom, type PositioningValues } from "./positioning-values";
import { useAutosave, type AutosaveStatus } from "./use-autosave";

export type PositionSaveResult = { status: "draft" | "submitted"; submittedAt: Date | null; savedAt: Date };

export interface PositioningFormProps {
  mode: "participant" | "facilitator";
  /** The person whose answers these are (shown to the facilitator only). */
  personName?: string;
  /** Key of the browser backup: one per person and per device user. */
  backupKey: string;
  initial: { answers: PositionAnswers; status: "draft" | "submitted"; submittedAt: Date | null };
  names: Record<Mandate, string>;
  descriptions: Record<Mandate, string>;
  /** Set when nothing can change any more (workshop closed, other phase): the answers are shown read-only. */
  readOnlyReason: string | null;
  saveDraft: (answers: PositionAnswers) => Promise<ActionResult<PositionSaveResult>>;
  submit: (answers: PositionAnswers) => Promise<ActionResult<PositionSaveResult>>;
  /**
   * A private exploration (decision 022) has no group and no atelier: it
   * replaces the texts around confirming, adds under each step's question the
   * prompting an accompagnateur.trice would do, and shows what comes next
   * once confirmed. The ateliers pass none of these.
   */
  exploration?: {
    confirmHelp: string;
    confirmLabel: string;
    prompts: Record<1 | 2 | 3, ReactNode>;
    afterConfirm: ReactNode;
  };
}

type Step = 1 | 2 | 3;
const STEPS: Step[] = [1, 2, 3];

/**
 * Checks what confirming needs, on the answers the values stand for, with the
 * rule the server's schema uses (position-rules.ts). Not zod: this is
 * the participant's page, and zod's build would be its heaviest module; the
 * server action validates everything with the full schema anyway.
 */
const confirmResolver: Resolver<PositioningValues, unknown, PositionAnswers> = (values) => {
  const answers = answersFrom(values);
  const issues = [
    ...confirmationIssues(answers).map((i) => [i.path, { type: "required", message: i.message }] as const),
    ...tooLongTexts(answers).map((field) => [field, TOO_LONG] as const),
  ];
  if (issues.length === 0) return { values: answers, errors: {} };
  return { values: {}, errors: Object.fromEntries(issues) };
};

/** A text over WHY_MAX: said next to its field, kept whole, not saved until shortened. */
const TOO_LONG = { type: "maxLength", message: "validation.tooLongCount" } as const;

const noSubscription = () => () => {};

/**
 * The form reads the browser's backup while it sets itself up, so it renders
 * in the browser only; the server sends a placeholder (the form needs
 * JavaScript anyway, for the triangle and the autosave).
 */
export function PositioningForm(props: PositioningFormProps): ReactNode {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const t = useTranslations("positioning");
  if (!inBrowser) {
    return (
      <p role="status" className="text-stone-700">
        {t("loading")}
      </p>
    );
  }
  return <PositioningFormInBrowser {...props} />;
}

/** Where to start: the server's answers, or a local backup holding what was typed and not yet saved. */
function arrivalState(backupKey: string, answers: PositionAnswers, submitted: boolean, readOnly: boolean) {
  // Back without a backup: the first step left to do, or the confirmation when only that is missing.
  const firstToDo: Step = answers.current === null ? 1 : answers.desired === null ? 2 : submitted ? 1 : 3;
  const fromServer = { values: valuesFrom(answers), step: firstToDo, unsaved: false };
  const backup = parseBackup(readBackup(backupKey));
  if (readOnly || !backup) return fromServer;
  const unsaved = JSON.stringify(answersFrom(backup.values)) !== JSON.stringify(answers);
  // Even with nothing unsaved, the backup keeps the step and an unfinished sharing of tokens.
  return { values: backup.values, step: backup.step, unsaved };
}

function PositioningFormInBrowser(props: PositioningFormProps): ReactNode {
  const { mode, personName, backupKey, initial, names, descriptions, readOnlyReason, saveDraft, submit, exploration } =
    props;
  const t = useTranslations("positioning");
  const format = useFormatter();
  const errorText = useErrorText();
  const readOnly = readOnlyReason !== null;

  const [arrival] = useState(() => arrivalState(backupKey, initial.answers, initial.status === "submitted", readOnly));
  const [step, setStep] = useState<Step>(arrival.step);
  const [server, setServer] = useState({
    status: initial.status,
    submittedAt: initial.submittedAt,
    everSubmitted: initial.status === "submitted",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmedNow, setConfirmedNow] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);
  const confirmRef = useRef<HTMLDivElement>(null);

  const form = useForm<PositioningValues, unknown, PositionAnswers>({
    defaultValues: arrival.values,
    resolver: confirmResolver,
  });
  const { errors } = form.formState;

  const autosave = useAutosave<PositionAnswers, PositionSaveResult>({
    save: saveDraft,
    onSaved: (data) => {
      noteOwnChange(data.savedAt);
      setServer((s) => ({ ...s, status: data.status, submittedAt: data.submittedAt }));
      if (!saver.hasUnsaved()) clearBackup(backupKey);
    },
  });
  const { saver, setStatus } = autosave;
  const tooLongStatus = t("autosaveTooLong");
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);

  /**
   * Hands the answers to the autosave, unless a text is too long: then each
   * such field says so, and nothing is sent (the server would refuse it).
   */
  const scheduleSave = useEffectEvent((answers: PositionAnswers) => {
    const tooLong = tooLongTexts(answers);
    for (const field of POSITION_TEXT_FIELDS) {
      const error = form.getFieldState(field).error;
      if (tooLong.includes(field)) {
        if (error?.message !== TOO_LONG.message) form.setError(field, TOO_LONG);
      } else if (error?.type === TOO_LONG.type) form.clearErrors(field);
    }
    if (tooLong.length > 0) {
      saver.cancel();
      setStatus({ kind: "blocked", message: tooLongStatus });
      return;
    }
    saver.schedule(answers);
  });

  // Every change: keep a local copy first, then let the autosave send it.
  useEffect(() => {
    if (readOnly) return;
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        writeBackup(backupKey, { v: 1, step: stepRef.current, values });
        scheduleSave(answersFrom(values));
      },
    });
  }, [form, backupKey, readOnly]);

  // On arrival: the server holds its answers; what the backup holds beyond them is sent now.
  useEffect(() => {
    saver.markSaved(initial.answers);
    if (readOnly) clearBackup(backupKey);
    else if (arrival.unsaved) scheduleSave(answersFrom(arrival.values));
    // Only on arrival: later changes go through the subscription above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (moveFocus.current) headingRef.current?.focus();
    moveFocus.current = false;
  }, [step]);

  useEffect(() => {
    if (confirmedNow) confirmRef.current?.focus();
  }, [confirmedNow]);

  function goTo(next: Step): void {
    moveFocus.current = true;
    setStep(next);
    setConfirmedNow(false);
    const values = form.getValues();
    if (!readOnly) writeBackup(backupKey, { v: 1, step: next, values });
  }

  const onConfirm = form.handleSubmit(
    async (answers) => {
      saver.cancel();
      setFormError(null);
      setConfirmedNow(false);
      let result: ActionResult<PositionSaveResult>;
      try {
        result = await submit(answers);
      } catch {
        setFormError(t("confirmOffline"));
        return;
      }
      const message = applyActionResult(result, form.setError);
      if (!result.ok) {
        setFormError(message);
        return;
      }
      noteOwnChange(result.data.savedAt);
      saver.markSaved(answers);
      if (!saver.hasUnsaved()) clearBackup(backupKey);
      autosave.setStatus({ kind: "saved", at: new Date() });
      setServer({ status: result.data.status, submittedAt: result.data.submittedAt, everSubmitted: true });
      setConfirmedNow(true);
    },
    (invalid) => setFormError(t(POSITION_TEXT_FIELDS.some((f) => invalid[f]) ? "confirmTooLong" : "confirmMissing")),
  );

  const values = useWatch({ control: form.control }) as PositioningValues;
  const current = values.current.perMille;
  const desired = values.desired.perMille;
  const chartLabels = chartLabelsFrom(useTranslations("chart"));
  const stepTitles: Record<Step, string> = { 1: t("step1Title"), 2: t("step2Title"), 3: t("step3Title") };
  const fieldError = (name: keyof PositioningValues) => {
    const value = values[name];
    return errorText(errors[name]?.message, { max: WHY_MAX, count: typeof value === "string" ? value.length : 0 });
  };

  return (
    <form onSubmit={onConfirm} noValidate className="flex flex-col gap-6">
      {readOnlyReason ? <Alert tone="warning">{readOnlyReason}</Alert> : null}
      {arrival.unsaved ? <Alert tone="info">{t("restored")}</Alert> : null}

      <nav aria-label={t("stepsNav")}>
        <ol className="grid gap-2 sm:grid-cols-3">
          {STEPS.map((s) => (
            <li key={s}>
              <button
                type="button"
                onClick={() => goTo(s)}
                aria-current={s === step ? "step" : undefined}
                className={`flex min-h-11 w-full items-center gap-2 rounded-md border-2 px-3 py-2 text-left font-semibold ${
                  s === step
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-stone-300 bg-white text-ink hover:border-brand-700"
                }`}
              >
                <span className="flex size-7 shrink-0 items-center justify-center rounded-full border-2 border-current">
                  {s}
                </span>
                <span className="flex-1">{stepTitles[s]}</span>
                {stepDone(s, values) ? (
                  <span aria-hidden="true" className="text-xl leading-none">
                    ✓
                  </span>
                ) : null}
                <span className="sr-only"> {stepDone(s, values) ? t("stepDone") : t("stepToDo")}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <StatusLine status={readOnly ? null : autosave.status} server={server} mode={mode} personName={personName} />

      <section aria-labelledby="step-heading" className="flex flex-col gap-5">
        <h2 id="step-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-brand-800">
          {t("stepHeading", { step, title: stepTitles[step] })}
        </h2>

        {step === 1 || step === 2 ? (
          // Keyed by step: steps 1 and 2 have the same layout, and reusing one step's
          // text areas for the other's fields would carry a text from one field into the other.
          <Fragment key={step}>
            <p className="text-lg">{t(step === 1 ? "step1Question" : "step2Question")}</p>
            {exploration ? exploration.prompts[step] : null}
            <Controller
              control={form.control}
              name={step === 1 ? "current" : "desired"}
              render={({ field }) => (
                <PositionPicker
                  key={field.name}
                  id={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  names={names}
                  descriptions={descriptions}
                  label={stepTitles[step]}
                  reference={step === 2 && current ? { perMille: current, label: stepTitles[1] } : null}
                  error={fieldError(field.name)}
                  disabled={readOnly}
                />
              )}
            />
            <TextField
              form={form}
              name={step === 1 ? "currentWhy" : "desiredWhy"}
              label={t(step === 1 ? "currentWhy" : "desiredWhy")}
              help={t("whyHelp")}
              error={fieldError(step === 1 ? "currentWhy" : "desiredWhy")}
              readOnly={readOnly}
            />
            <TextField
              form={form}
              name={step === 1 ? "currentExamples" : "desiredExamples"}
              label={t(step === 1 ? "currentExamples" : "desiredExamples")}
              help={t("examplesHelp")}
              error={fieldError(step === 1 ? "currentExamples" : "desiredExamples")}
              readOnly={readOnly}
            />
          </Fragment>
        ) : (
          <>
            {current && desired ? (
              <GapSummary current={current} desired={desired} labels={chartLabels} mode={mode} />
            ) : (
              <Alert tone="info">{t("gapMissing")}</Alert>
            )}
            {exploration ? exploration.prompts[3] : null}
            <TextField
              form={form}
              name="conditionsHinder"
              label={t("conditionsHinder")}
              help={t("conditionsHelp")}
              error={fieldError("conditionsHinder")}
              readOnly={readOnly}
            />
            <TextField
              form={form}
              name="conditionsSupport"
              label={t("conditionsSupport")}
              help={t("conditionsHelp")}
              error={fieldError("conditionsSupport")}
              readOnly={readOnly}
            />
          </>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        {step > 1 ? (
          <Button variant="secondary" onClick={() => goTo((step - 1) as Step)}>
            {t("previous", { title: stepTitles[(step - 1) as Step] })}
          </Button>
        ) : null}
        {step < 3 ? (
          <Button onClick={() => goTo((step + 1) as Step)}>
            {t("next", { title: stepTitles[(step + 1) as Step] })}
          </Button>
        ) : null}
      </div>

      {step === 3 && !readOnly ? (
        <div className="flex flex-col gap-3 rounded-lg border-2 border-brand-700 bg-white p-5">
          {formError ? (
            <Alert tone="error">
              <p>{formError}</p>
              {errors.current || errors.desired ? (
                <ul className="mt-2 list-disc pl-5">
                  {errors.current ? (
                    <li>
                      <button type="button" className="underline" onClick={() => goTo(1)}>
                        {t("missingCurrent")}
                      </button>
                    </li>
                  ) : null}
                  {errors.desired ? (
                    <li>
                      <button type="button" className="underline" onClick={() => goTo(2)}>
                        {t("missingDesired")}
                      </button>
                    </li>
                  ) : null}
                </ul>
              ) : null}
            </Alert>
          ) : null}
          <p>{exploration?.confirmHelp ?? t(mode === "participant" ? "confirmHelp" : "confirmHelpFacilitator")}</p>
          <div>
            <Button type="submit" busy={form.formState.isSubmitting}>
              {exploration?.confirmLabel ??
                (mode === "participant" ? t("confirm") : t("confirmFor", { name: personName ?? "" }))}
            </Button>
          </div>
          {confirmedNow ? (
            <div ref={confirmRef} tabIndex={-1}>
              <Alert tone="success">
                {t(mode === "participant" ? "confirmed" : "confirmedFacilitator", {
                  date: server.submittedAt
                    ? format.dateTime(server.submittedAt, { dateStyle: "long", timeStyle: "short" })
                    : "",
                })}
              </Alert>
              {exploration?.afterConfirm}
            </div>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

function stepDone(step: Step, values: PositioningValues): boolean {
  if (step === 1) return values.current.perMille !== null;
  if (step === 2) return values.desired.perMille !== null;
  return values.conditionsHinder.trim() !== "" || values.conditionsSupport.trim() !== "";
}

function TextField({
  form,
  name,
  label,
  help,
  error,
  readOnly,
}: {
  form: ReturnType<typeof useForm<PositioningValues, unknown, PositionAnswers>>;
  name: "currentWhy" | "currentExamples" | "desiredWhy" | "desiredExamples" | "conditionsHinder" | "conditionsSupport";
  label: string;
  help: string;
  error?: string;
  readOnly: boolean;
}): ReactNode {
  return (
    <FieldShell id={name} label={label} help={help} error={error}>
      {/* No maxLength: it would cut a pasted text silently; a text too long is said next to the field. */}
      <TextArea id={name} help={help} error={error} readOnly={readOnly} {...form.register(name)} />
    </FieldShell>
  );
}

function GapSummary({
  current,
  desired,
  labels,
  mode,
}: {
  current: NonNullable<PositionAnswers["current"]>;
  desired: NonNullable<PositionAnswers["desired"]>;
  labels: TriangleChartLabels;
  mode: "participant" | "facilitator";
}): ReactNode {
  const t = useTranslations("positioning");
  const format = useFormatter();
  const plain = useTranslations("plainReadings");
  const { gap, orientation } = personalGap(fromPerMille(current), fromPerMille(desired));
  return (
    <div className="flex flex-col gap-3">
      <p className="text-lg">{t(mode === "participant" ? "gapIntro" : "gapIntroFacilitator")}</p>
      <TriangleChart
        id="my-gap"
        size="normal"
        labels={labels}
        title={t("gapChartTitle")}
        series={[{ id: "me", label: t("gapSeries"), current: fromPerMille(current), desired: fromPerMille(desired) }]}
        tableClassName={`${VISIBLE_TABLE_CLASS} text-sm`}
      />
      <p className="text-lg font-semibold" data-testid="personal-gap">
        {t("gapValue", { gap: format.number(gap, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })}
        {" — "}
        <span data-testid="personal-gap-reading">{plain(`gap.${gapReading(gap)}`)}</span>
      </p>
      <p>{t(orientation === "consolider" ? "gapConsolider" : "gapChanger")}</p>
    </div>
  );
}

function StatusLine({
  status,
  server,
  mode,
  personName,
}: {
  status: AutosaveStatus | null;
  server: { status: "draft" | "submitted"; submittedAt: Date | null; everSubmitted: boolean };
  mode: "participant" | "facilitator";
  personName?: string;
}): ReactNode {
  const t = useTranslations("positioning");
  const format = useFormatter();
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short" });
  let saving: string | null = null;
  if (status) {
    switch (status.kind) {
      case "idle":
        saving = null;
        break;
      case "pending":
        saving = t("autosavePending");
        break;
      case "saving":
        saving = t("autosaveSaving");
        break;
      case "saved":
        saving = t("autosaveSaved", { time: time(status.at) });
        break;
      case "offline":
        saving = t("autosaveOffline", { seconds: status.retryInSeconds });
        break;
      case "busy":
        saving = t("autosaveBusy", { seconds: status.retryInSeconds });
        break;
      case "invalid":
        saving = t("autosaveInvalid");
        break;
      case "blocked":
        saving = status.message;
        break;
    }
  }
  const confirmation =
    server.status === "submitted" && server.submittedAt
      ? t(mode === "participant" ? "statusSubmitted" : "statusSubmittedFor", {
          date: format.dateTime(server.submittedAt, { dateStyle: "long", timeStyle: "short" }),
          name: personName ?? "",
        })
      : server.everSubmitted
        ? t("statusUnconfirmed")
        : t("statusDraft");
  const problem =
    status?.kind === "offline" || status?.kind === "busy" || status?.kind === "invalid" || status?.kind === "blocked";
  return (
    <div
      className={`flex flex-col gap-1 rounded-md border px-4 py-2 sm:flex-row sm:items-center sm:justify-between ${
        problem ? "border-amber-700 bg-amber-50" : "border-stone-300 bg-white"
      }`}
    >
      <p data-testid="confirmation-status">{confirmation}</p>
      <p role="status" aria-live="polite" data-testid="autosave-status" className="font-semibold">
        {saving}
      </p>
    </div>
  );
}
