"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import {
  addMeetingAction,
  moveMeetingAction,
  removeMeetingAction,
  updateMeetingAction,
} from "@/app/(site)/demarches/[demarcheId]/calendrier/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectInput } from "@/components/ui/choice";
import { ConfirmDialog } from "@/components/ui/dialog";
import { FieldShell, TextArea, TextInput } from "@/components/ui/field";
import { MEETING_KINDS } from "@/domain/vocabulary";
import {
  MEETING_AGENDA_MAX,
  MEETING_DURATION_MAX,
  MEETING_DURATION_MIN,
  MEETING_PLACE_MAX,
  MEETING_TITLE_MAX,
  type MeetingFormInput,
  meetingFormSchema,
  type UpdateMeetingInput,
} from "@/lib/schemas/meetings";

export type MeetingValues = MeetingFormInput;
type Group = { id: string; label: string };

/** The fields of a meeting, shared by the add and edit forms; `prefix` keeps ids unique on the page. */
function MeetingFields({
  prefix,
  groups,
  form,
}: {
  prefix: string;
  groups: Group[];
  form: ReturnType<typeof useForm<MeetingValues>>;
}) {
  const t = useTranslations("calendarPage");
  const tk = useTranslations("meetingKinds");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const { errors } = form.formState;
  const id = (name: string) => `${prefix}-${name}`;
  const kind = useWatch({ control: form.control, name: "kind" });
  const e = {
    kind: errorText(errors.kind?.message),
    groupId: errorText(errors.groupId?.message),
    title: errorText(errors.title?.message, { max: MEETING_TITLE_MAX }),
    date: errorText(errors.date?.message),
    time: errorText(errors.time?.message),
    duration: errorText(errors.durationMinutes?.message, { min: MEETING_DURATION_MIN, max: MEETING_DURATION_MAX }),
    place: errorText(errors.place?.message, { max: MEETING_PLACE_MAX }),
    agenda: errorText(errors.agenda?.message, { max: MEETING_AGENDA_MAX }),
  };

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldShell id={id("kind")} label={t("kind")} error={e.kind} required requiredLabel={tc("required")}>
          <SelectInput id={id("kind")} error={e.kind} {...form.register("kind")}>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </SelectInput>
        </FieldShell>
        {kind === "atelier" ? (
          <FieldShell id={id("groupId")} label={t("group")} error={e.groupId} required requiredLabel={tc("required")}>
            <SelectInput id={id("groupId")} error={e.groupId} {...form.register("groupId")}>
              <option value="">{t("chooseGroup")}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
            </SelectInput>
          </FieldShell>
        ) : null}
      </div>
      <FieldShell id={id("title")} label={t("meetingTitle")} error={e.title} required requiredLabel={tc("required")}>
        <TextInput id={id("title")} error={e.title} {...form.register("title")} />
      </FieldShell>
      <div className="grid gap-4 sm:grid-cols-3">
        <FieldShell id={id("date")} label={t("date")} help={t("dateHelp")} error={e.date}>
          <TextInput id={id("date")} type="date" help={t("dateHelp")} error={e.date} {...form.register("date")} />
        </FieldShell>
        <FieldShell id={id("time")} label={t("time")} error={e.time}>
          <TextInput id={id("time")} type="time" error={e.time} {...form.register("time")} />
        </FieldShell>
        <FieldShell
          id={id("duration")}
          label={t("durationMinutes")}
          help={t("durationHelp")}
          error={e.duration}
          required
          requiredLabel={tc("required")}
        >
          <TextInput
            id={id("duration")}
            type="number"
            inputMode="numeric"
            min={MEETING_DURATION_MIN}
            max={MEETING_DURATION_MAX}
            step={5}
            help={t("durationHelp")}
            error={e.duration}
            {...form.register("durationMinutes", { valueAsNumber: true })}
          />
        </FieldShell>
      </div>
      <FieldShell id={id("place")} label={t("placeLabel")} error={e.place}>
        <TextInput id={id("place")} error={e.place} {...form.register("place")} />
      </FieldShell>
      <FieldShell id={id("agenda")} label={t("agendaLabel")} error={e.agenda}>
        <TextArea id={id("agenda")} rows={4} error={e.agenda} {...form.register("agenda")} />
      </FieldShell>
    </>
  );
}

export function EditMeetingForm({
  meetingId,
  values,
  groups,
}: {
  meetingId: string;
  values: MeetingValues;
  groups: Group[];
}) {
  const t = useTranslations("calendarPage");
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<MeetingValues>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: values,
  });

  const onSubmit = form.handleSubmit(async (fields) => {
    setFormError(null);
    setSaved(false);
    const input: UpdateMeetingInput = { ...fields, meetingId };
    const result = await updateMeetingAction(input);
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) {
      setSaved(true);
      form.reset(fields);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <MeetingFields prefix={`m-${meetingId}`} groups={groups} form={form} />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}

export function AddMeetingForm({ demarcheId, groups }: { demarcheId: string; groups: Group[] }) {
  const t = useTranslations("calendarPage");
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const defaults: MeetingValues = {
    kind: "autre",
    groupId: "",
    title: "",
    date: "",
    time: "",
    durationMinutes: 150,
    place: "",
    agenda: "",
  };
  const form = useForm<MeetingValues>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: defaults,
  });

  const onSubmit = form.handleSubmit(async (fields) => {
    setFormError(null);
    setAdded(false);
    const result = await addMeetingAction({ ...fields, demarcheId });
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) {
      setAdded(true);
      form.reset(defaults);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {added ? <Alert tone="success">{t("added")}</Alert> : null}
      <MeetingFields prefix="new-meeting" groups={groups} form={form} />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("addSubmit")}
        </Button>
      </div>
    </form>
  );
}

export function MeetingOrderButtons({
  meetingId,
  title,
  first,
  last,
}: {
  meetingId: string;
  title: string;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("calendarPage");
  const [busy, setBusy] = useState<"up" | "down" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const move = async (direction: "up" | "down") => {
    setBusy(direction);
    setError(null);
    const result = await moveMeetingAction({ meetingId, direction });
    if (!result.ok) setError(result.message);
    setBusy(null);
  };
  return (
    <>
      <Button
        variant="secondary"
        disabled={first}
        busy={busy === "up"}
        aria-label={t("moveUpLabel", { title })}
        onClick={() => move("up")}
      >
        {t("moveUp")}
      </Button>
      <Button
        variant="secondary"
        disabled={last}
        busy={busy === "down"}
        aria-label={t("moveDownLabel", { title })}
        onClick={() => move("down")}
      >
        {t("moveDown")}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  );
}

export function RemoveMeetingButton({ meetingId, title }: { meetingId: string; title: string }) {
  const t = useTranslations("calendarPage");
  return (
    <ConfirmDialog
      triggerLabel={t("remove")}
      triggerAriaLabel={t("removeTitle", { title })}
      triggerVariant="ghost"
      title={t("removeTitle", { title })}
      description={t("removeText")}
      confirmLabel={t("removeConfirm")}
      onConfirm={async () => {
        const result = await removeMeetingAction({ meetingId });
        return result.ok ? null : result.message;
      }}
    />
  );
}
