"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import {
  addGroupAction,
  addParticipantByHandAction,
  removeGroupAction,
  renewInvitationAction,
  revokeInvitationAction,
  updateGroupAction,
} from "@/app/(site)/demarches/[demarcheId]/groupes/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/choice";
import { ConfirmDialog, DialogShell } from "@/components/ui/dialog";
import { FieldShell, TextInput } from "@/components/ui/field";
import { DISPLAY_NAME_MAX } from "@/lib/schemas/auth";
import {
  type AddGroupInput,
  addGroupSchema,
  type AddParticipantByHandInput,
  addParticipantByHandSchema,
  GROUP_LABEL_MAX,
  GROUP_MIN_SIZE_CEILING,
  GROUP_MIN_SIZE_FLOOR,
  type RenewInvitationInput,
  renewInvitationSchema,
  type UpdateGroupInput,
  updateGroupSchema,
} from "@/lib/schemas/groups";

const numberParams = { min: GROUP_MIN_SIZE_FLOOR, max: GROUP_MIN_SIZE_CEILING };

/** New link and code (revoking the old ones) with an expiry date, asked in a dialog. */
export function RenewInvitationDialog({
  groupId,
  groupLabel,
  defaultExpiresOn,
  hasInvitation,
}: {
  groupId: string;
  groupLabel: string;
  defaultExpiresOn: string;
  hasInvitation: boolean;
}) {
  const t = useTranslations("groupsPage");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RenewInvitationInput>({
    resolver: zodResolver(renewInvitationSchema),
    defaultValues: { groupId, expiresOn: defaultExpiresOn },
  });
  const id = `expiresOn-${groupId}`;
  const error = errorText(form.formState.errors.expiresOn?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await renewInvitationAction(values);
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) setOpen(false);
  });

  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      title={`${t("renewTitle")} — ${groupLabel}`}
      description={hasInvitation ? t("renewText") : t("createText")}
      trigger={<Button variant="secondary">{hasInvitation ? t("renew") : t("create")}</Button>}
    >
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <FieldShell id={id} label={t("expiresOn")} error={error} required requiredLabel={tc("required")}>
          <TextInput id={id} type="date" error={error} {...form.register("expiresOn")} />
        </FieldShell>
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {tc("cancel")}
          </Button>
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t("renewSubmit")}
          </Button>
        </div>
      </form>
    </DialogShell>
  );
}

export function RevokeInvitationButton({ groupId, groupLabel }: { groupId: string; groupLabel: string }) {
  const t = useTranslations("groupsPage");
  return (
    <ConfirmDialog
      triggerLabel={t("revoke")}
      title={t("revokeTitle", { group: groupLabel })}
      description={t("revokeText")}
      confirmLabel={t("revokeConfirm")}
      onConfirm={async () => {
        const result = await revokeInvitationAction({ groupId });
        return result.ok ? null : result.message;
      }}
    />
  );
}

/** Someone without a device: a display name and the oral consent to the current text. */
export function AddParticipantByHandForm({
  groupId,
  engagementTextId,
  version,
}: {
  groupId: string;
  engagementTextId: string;
  version: number;
}) {
  const t = useTranslations("groupsPage");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const defaults = { groupId, engagementTextId, displayName: "", oralConsent: false as unknown as true };
  const form = useForm<AddParticipantByHandInput>({
    resolver: zodResolver(addParticipantByHandSchema),
    defaultValues: defaults,
  });
  const { errors } = form.formState;
  const nameId = `displayName-${groupId}`;
  const consentId = `oralConsent-${groupId}`;
  const nameError = errorText(errors.displayName?.message, { max: DISPLAY_NAME_MAX });
  const consentError = errorText(errors.oralConsent?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setAdded(null);
    const result = await addParticipantByHandAction(values);
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) {
      setAdded(values.displayName);
      form.reset(defaults);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{t("addByHandHelp", { version })}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {added ? <Alert tone="success">{t("addedByHandOk", { name: added })}</Alert> : null}
      <FieldShell id={nameId} label={t("displayName")} error={nameError} required requiredLabel={tc("required")}>
        <TextInput
          id={nameId}
          autoComplete="off"
          maxLength={DISPLAY_NAME_MAX}
          error={nameError}
          {...form.register("displayName")}
        />
      </FieldShell>
      <CheckboxField
        id={consentId}
        label={t("oralConsent", { version })}
        error={consentError}
        {...form.register("oralConsent")}
      />
      <div>
        <Button type="submit" variant="secondary" busy={form.formState.isSubmitting}>
          {t("addByHandSubmit")}
        </Button>
      </div>
    </form>
  );
}

export function GroupSettingsForm({
  groupId,
  label,
  minSize,
  removable,
  canRemove,
}: {
  groupId: string;
  label: string;
  minSize: number;
  removable: boolean;
  canRemove: boolean;
}) {
  const t = useTranslations("groupsPage");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<UpdateGroupInput>({
    resolver: zodResolver(updateGroupSchema),
    defaultValues: { groupId, label, minSize },
  });
  const { errors } = form.formState;
  const labelId = `label-${groupId}`;
  const minId = `minSize-${groupId}`;
  const labelError = errorText(errors.label?.message, { max: GROUP_LABEL_MAX });
  const minError = errorText(errors.minSize?.message, numberParams);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await updateGroupAction(values);
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) {
      setSaved(true);
      form.reset(values);
    }
  });

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <FieldShell
            id={labelId}
            label={t("label")}
            help={t("labelHelp")}
            error={labelError}
            required
            requiredLabel={tc("required")}
          >
            <TextInput id={labelId} help={t("labelHelp")} error={labelError} {...form.register("label")} />
          </FieldShell>
          <FieldShell
            id={minId}
            label={t("minSize")}
            help={t("minSizeHelp", { min: GROUP_MIN_SIZE_FLOOR })}
            error={minError}
            required
            requiredLabel={tc("required")}
          >
            <TextInput
              id={minId}
              type="number"
              inputMode="numeric"
              min={GROUP_MIN_SIZE_FLOOR}
              max={GROUP_MIN_SIZE_CEILING}
              help={t("minSizeHelp", { min: GROUP_MIN_SIZE_FLOOR })}
              error={minError}
              {...form.register("minSize", { valueAsNumber: true })}
            />
          </FieldShell>
        </div>
        <div>
          <Button type="submit" variant="secondary" busy={form.formState.isSubmitting}>
            {t("saveGroup")}
          </Button>
        </div>
      </form>
      {canRemove ? (
        removable ? (
          <div>
            <ConfirmDialog
              triggerLabel={t("remove")}
              triggerVariant="ghost"
              title={t("removeTitle", { group: label })}
              description={t("removeText")}
              confirmLabel={t("removeConfirm")}
              onConfirm={async () => {
                const result = await removeGroupAction({ groupId });
                return result.ok ? null : result.message;
              }}
            />
          </div>
        ) : (
          <p className="text-sm text-stone-700">{t("notRemovable")}</p>
        )
      ) : null}
    </div>
  );
}

export function AddGroupForm({ demarcheId }: { demarcheId: string }) {
  const t = useTranslations("groupsPage");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const defaults = { demarcheId, label: "", minSize: GROUP_MIN_SIZE_FLOOR };
  const form = useForm<AddGroupInput>({ resolver: zodResolver(addGroupSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const labelError = errorText(errors.label?.message, { max: GROUP_LABEL_MAX });
  const minError = errorText(errors.minSize?.message, numberParams);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await addGroupAction(values);
    setFormError(applyActionResult(result, form.setError));
    if (result.ok) form.reset(defaults);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{t("addGroupHelp")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <FieldShell
          id="new-group-label"
          label={t("label")}
          help={t("labelHelp")}
          error={labelError}
          required
          requiredLabel={tc("required")}
        >
          <TextInput id="new-group-label" help={t("labelHelp")} error={labelError} {...form.register("label")} />
        </FieldShell>
        <FieldShell
          id="new-group-min"
          label={t("minSize")}
          help={t("minSizeHelp", { min: GROUP_MIN_SIZE_FLOOR })}
          error={minError}
          required
          requiredLabel={tc("required")}
        >
          <TextInput
            id="new-group-min"
            type="number"
            inputMode="numeric"
            min={GROUP_MIN_SIZE_FLOOR}
            max={GROUP_MIN_SIZE_CEILING}
            help={t("minSizeHelp", { min: GROUP_MIN_SIZE_FLOOR })}
            error={minError}
            {...form.register("minSize", { valueAsNumber: true })}
          />
        </FieldShell>
      </div>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("addGroupSubmit")}
        </Button>
      </div>
    </form>
  );
}
