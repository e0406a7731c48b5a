"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { saveMeetingRecordAction } from "@/app/(site)/demarches/[demarcheId]/calendrier/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/choice";
import { FieldShell, TextArea } from "@/components/ui/field";
import { MEETING_MINUTES_MAX, type MeetingRecordInput, meetingRecordSchema } from "@/lib/schemas/meetings";

type AttendanceGroup = {
  groupId: string;
  groupLabel: string;
  people: { id: string; displayName: string; addedByFacilitator: boolean; present: boolean }[];
};

/** Held or not, who was there (per group), and the compte rendu, saved together. */
export function MeetingRecordForm({
  meetingId,
  held,
  minutes,
  attendance,
  readOnly,
  future = false,
}: {
  meetingId: string;
  held: boolean;
  minutes: string;
  attendance: AttendanceGroup[];
  readOnly: boolean;
  /** The meeting's date is still to come: it cannot be marked held (the server refuses it too). */
  future?: boolean;
}) {
  const t = useTranslations("meetingPage");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<MeetingRecordInput>({
    resolver: zodResolver(meetingRecordSchema),
    defaultValues: {
      meetingId,
      held,
      minutes,
      present: attendance.flatMap((g) => g.people.filter((p) => p.present).map((p) => p.id)),
    },
  });
  const { errors } = form.formState;
  const isHeld = useWatch({ control: form.control, name: "held" });
  // Managed by hand: react-hook-form turns a lone checkbox into a boolean instead of a list.
  const present = new Set(useWatch({ control: form.control, name: "present" }));
  // After retention erased names, a person is still a row: give the box a label all the same.
  const personLabel = (person: AttendanceGroup["people"][number]) => {
    const name = person.displayName.trim() || t("erasedPerson");
    return person.addedByFacilitator ? `${name} (${t("addedByHand")})` : name;
  };
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(present);
    if (checked) next.add(id);
    else next.delete(id);
    form.setValue("present", [...next], { shouldDirty: true });
  };
  const minutesError = errorText(errors.minutes?.message, { max: MEETING_MINUTES_MAX });
  const presentError = errorText(errors.present?.message);
  const heldError = errorText(errors.held?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await saveMeetingRecordAction(values);
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) {
      setSaved(true);
      form.reset(values);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <CheckboxField id="held" label={t("held")} disabled={readOnly || (future && !held)} {...form.register("held")} />
      {future && !held ? <p className="text-sm text-stone-700">{t("future")}</p> : null}
      {heldError ? <p className="text-sm font-semibold text-red-800">{heldError}</p> : null}

      <fieldset className="flex flex-col gap-3" disabled={readOnly || !isHeld}>
        <legend className="text-lg font-bold">{t("attendanceTitle")}</legend>
        <p className="text-sm text-stone-700">{isHeld ? t("attendanceHelp") : t("notHeldYet")}</p>
        {presentError ? <p className="text-sm font-semibold text-red-800">{presentError}</p> : null}
        {attendance.length === 0 ? <p>{t("nobody")}</p> : null}
        {attendance.map((group) => (
          <fieldset key={group.groupId} className="flex flex-col gap-2 rounded-md border border-stone-300 p-3">
            <legend className="px-1 font-semibold">{t("attendanceGroup", { group: group.groupLabel })}</legend>
            {group.people.map((person) => (
              <CheckboxField
                key={person.id}
                id={`present-${person.id}`}
                label={personLabel(person)}
                checked={present.has(person.id)}
                onChange={(event) => toggle(person.id, event.target.checked)}
              />
            ))}
          </fieldset>
        ))}
      </fieldset>

      <FieldShell id="minutes" label={t("minutes")} help={t("minutesHelp")} error={minutesError}>
        <TextArea
          id="minutes"
          rows={10}
          readOnly={readOnly}
          help={t("minutesHelp")}
          error={minutesError}
          {...form.register("minutes")}
        />
      </FieldShell>
      {readOnly ? null : (
        <div>
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t("save")}
          </Button>
        </div>
      )}
    </form>
  );
}
