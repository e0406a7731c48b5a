"use client";
/**
 * Who is waiting to be let into a group, and the facilitator's per-person
 * actions (decision 013): admit, refuse, and for people in the group rename,
 * move (before they confirm), merge two entries of one person, remove. Each
 * asks for a confirmation in a dialog; the server checks every rule again.
 * Names are the facilitator's only: this panel is never on the projected screen.
 */
import * as Dialog from "@radix-ui/react-dialog";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, DialogShell } from "@/components/ui/dialog";
import { FieldShell, TextInput } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

type Act<I> = (input: I) => Promise<ActionResult<unknown>>;

export type AdmissionActions = {
  admit: Act<{ participantId: string }>;
  refuse: Act<{ participantId: string }>;
  remove: Act<{ participantId: string }>;
  move: Act<{ participantId: string; toGroupId: string }>;
  merge: Act<{ keepId: string; mergeId: string }>;
  rename: Act<{ participantId: string; displayName: string }>;
};

type Other = { id: string; displayName: string; groupLabel: string };
export type AdmissionEntryView = {
  id: string;
  displayName: string;
  joinedAt: Date;
  admittedAt: Date | null;
  addedByFacilitator: boolean;
  confirmed: boolean;
  sameName: Other[];
  sameBrowser: Other[];
};

export type AdmissionPanelProps = {
  groupLabel: string;
  released: boolean;
  waiting: AdmissionEntryView[];
  admitted: AdmissionEntryView[];
  moveTargets: { id: string; label: string }[];
  actions: AdmissionActions;
  /** Larger text for the in-room atelier page. */
  big?: boolean;
};

async function call<I>(action: Act<I>, input: I, offline: string): Promise<string | null> {
  try {
    const result = await action(input);
    return result.ok ? null : result.message;
  } catch {
    return offline;
  }
}

/** A dialog with one field (a name or a choice) and a confirm button. */
function FormDialog({
  triggerLabel,
  title,
  description,
  confirmLabel,
  field,
  onSubmit,
}: {
  triggerLabel: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  field: ReactNode;
  onSubmit: (data: FormData) => Promise<string | null>;
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // What was typed stays in the form when the server refuses.
      const message = await onSubmit(new FormData(event.currentTarget));
      if (message) setError(message);
      else setOpen(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <DialogShell
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
      title={title}
      description={description}
      trigger={<Button variant="secondary">{triggerLabel}</Button>}
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        {field}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="flex flex-wrap justify-end gap-3">
          <Dialog.Close asChild>
            <Button variant="secondary">{t("cancel")}</Button>
          </Dialog.Close>
          <Button type="submit" busy={busy}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </DialogShell>
  );
}

export function AdmissionPanel({
  groupLabel,
  released,
  waiting,
  admitted,
  moveTargets,
  actions,
  big = false,
}: AdmissionPanelProps) {
  const t = useTranslations("admission");
  const format = useFormatter();
  const [done, setDone] = useState("");
  const offline = t("offline");
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const everyone = [...waiting, ...admitted];

  const after = (message: string | null, success: string) => {
    if (!message) setDone(success);
    return message;
  };

  const warnings = (entry: AdmissionEntryView) =>
    entry.sameName.length + entry.sameBrowser.length > 0 ? (
      <ul className="flex flex-col gap-1" data-testid="admission-warnings">
        {entry.sameName.length > 0 ? (
          <li className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-1">
            {t("sameName", { names: entry.sameName.map((o) => `${o.displayName} (${o.groupLabel})`).join(", ") })}
          </li>
        ) : null}
        {entry.sameBrowser.length > 0 ? (
          <li className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-1">
            {t("sameBrowser", {
              names: entry.sameBrowser.map((o) => `${o.displayName || t("erased")} (${o.groupLabel})`).join(", "),
            })}
          </li>
        ) : null}
      </ul>
    ) : null;

  const mergeDialog = (entry: AdmissionEntryView) => {
    const others = everyone.filter((o) => o.id !== entry.id);
    if (others.length === 0 || released) return null;
    const selectId = `merge-${entry.id}`;
    return (
      <FormDialog
        triggerLabel={t("merge")}
        title={t("mergeTitle", { name: entry.displayName })}
        description={t("mergeText")}
        confirmLabel={t("mergeConfirm")}
        field={
          <FieldShell id={selectId} label={t("mergeKeep")}>
            <select id={selectId} name="keepId" className="min-h-11 rounded-md border border-stone-400 px-3">
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.displayName} — {t("joinedOn", { date: when(o.joinedAt) })}
                </option>
              ))}
            </select>
          </FieldShell>
        }
        onSubmit={async (data) =>
          after(
            await call(actions.merge, { keepId: String(data.get("keepId") ?? ""), mergeId: entry.id }, offline),
            t("doneMerge", { name: entry.displayName }),
          )
        }
      />
    );
  };

  return (
    <div className={`flex flex-col gap-4 ${big ? "text-lg" : ""}`} data-testid="admission-panel">
      <p role="status" className="font-semibold text-brand-800">
        {done}
      </p>
      <section aria-labelledby="waiting-title" className="flex flex-col gap-3">
        <h3 id="waiting-title" className="text-lg font-bold">
          {t("waitingTitle", { n: waiting.length })}
        </h3>
        {waiting.length === 0 ? (
          <p>{t("nobodyWaiting")}</p>
        ) : (
          <>
            <p className="text-sm text-stone-700">{t("waitingIntro", { group: groupLabel })}</p>
            <ul className="flex flex-col gap-3">
              {waiting.map((entry) => (
                <li
                  key={entry.id}
                  className="flex flex-col gap-2 rounded-md border border-stone-300 p-3"
                  data-testid="waiting-person"
                >
                  <p>
                    <span className="font-semibold">{entry.displayName}</span>{" "}
                    <span className="text-stone-700">{t("joinedOn", { date: when(entry.joinedAt) })}</span>
                  </p>
                  {warnings(entry)}
                  <div className="flex flex-wrap gap-2">
                    <ConfirmDialog
                      triggerLabel={t("admit")}
                      triggerAriaLabel={t("admitAria", { name: entry.displayName })}
                      triggerVariant="primary"
                      title={t("admitTitle", { name: entry.displayName, group: groupLabel })}
                      description={t("admitText")}
                      confirmLabel={t("admit")}
                      confirmVariant="primary"
                      onConfirm={async () =>
                        after(
                          await call(actions.admit, { participantId: entry.id }, offline),
                          t("doneAdmit", { name: entry.displayName }),
                        )
                      }
                    />
                    <ConfirmDialog
                      triggerLabel={t("refuse")}
                      triggerAriaLabel={t("refuseAria", { name: entry.displayName })}
                      title={t("refuseTitle", { name: entry.displayName })}
                      description={t("refuseText")}
                      confirmLabel={t("refuse")}
                      onConfirm={async () =>
                        after(
                          await call(actions.refuse, { participantId: entry.id }, offline),
                          t("doneRefuse", { name: entry.displayName }),
                        )
                      }
                    />
                    {mergeDialog(entry)}
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="members-title" className="flex flex-col gap-3">
        <h3 id="members-title" className="text-lg font-bold">
          {t("membersTitle", { n: admitted.length })}
        </h3>
        {admitted.length === 0 ? <p>{t("nobodyAdmitted")}</p> : null}
        <ul className="flex flex-col gap-3">
          {admitted.map((entry) => {
            const nameId = `rename-${entry.id}`;
            const moveId = `move-${entry.id}`;
            return (
              <li key={entry.id} className="flex flex-col gap-2 rounded-md border border-stone-300 p-3">
                <p>
                  <span className="font-semibold">{entry.displayName}</span>{" "}
                  <span className="text-stone-700">
                    {entry.addedByFacilitator ? t("addedByHand") : t("joinedOn", { date: when(entry.joinedAt) })}
                    {entry.confirmed ? ` · ${t("confirmed")}` : ""}
                  </span>
                </p>
                {warnings(entry)}
                <div className="flex flex-wrap gap-2">
                  <FormDialog
                    triggerLabel={t("rename")}
                    title={t("renameTitle", { name: entry.displayName })}
                    description={t("renameText")}
                    confirmLabel={t("renameConfirm")}
                    field={
                      <FieldShell id={nameId} label={t("newName")}>
                        <TextInput id={nameId} name="displayName" defaultValue={entry.displayName} maxLength={60} />
                      </FieldShell>
                    }
                    onSubmit={async (data) =>
                      after(
                        await call(
                          actions.rename,
                          { participantId: entry.id, displayName: String(data.get("displayName") ?? "") },
                          offline,
                        ),
                        t("doneRename"),
                      )
                    }
                  />
                  {!entry.confirmed && moveTargets.length > 0 && !released ? (
                    <FormDialog
                      triggerLabel={t("move")}
                      title={t("moveTitle", { name: entry.displayName })}
                      description={t("moveText")}
                      confirmLabel={t("moveConfirm")}
                      field={
                        <FieldShell id={moveId} label={t("moveTo")}>
                          <select id={moveId} name="toGroupId" className="min-h-11 rounded-md border border-stone-400 px-3">
                            {moveTargets.map((g) => (
                              <option key={g.id} value={g.id}>
                                {g.label}
                              </option>
                            ))}
                          </select>
                        </FieldShell>
                      }
                      onSubmit={async (data) =>
                        after(
                          await call(
                            actions.move,
                            { participantId: entry.id, toGroupId: String(data.get("toGroupId") ?? "") },
                            offline,
                          ),
                          t("doneMove", { name: entry.displayName }),
                        )
                      }
                    />
                  ) : null}
                  {mergeDialog(entry)}
                  {!released ? (
                    <ConfirmDialog
                      triggerLabel={t("remove")}
                      triggerAriaLabel={t("removeAria", { name: entry.displayName })}
                      title={t("removeTitle", { name: entry.displayName, group: groupLabel })}
                      description={t("removeText")}
                      confirmLabel={t("remove")}
                      onConfirm={async () =>
                        after(
                          await call(actions.remove, { participantId: entry.id }, offline),
                          t("doneRemove", { name: entry.displayName }),
                        )
                      }
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
