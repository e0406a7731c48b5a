"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteDemarcheAction } from "@/app/(site)/demarches/[demarcheId]/parametres/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DialogShell } from "@/components/ui/dialog";
import { FieldShell, TextInput } from "@/components/ui/field";
import type { DeletionRefusal } from "@/domain/lifecycle";

/**
 * Deleting a démarche (decision 021 and its addendum): one created by
 * mistake, in préparation, or a closed one, its people's information
 * destroyed at once. Offered to its responsible facilitator while allowed,
 * confirmed by typing its name; otherwise the reason it is not.
 */
export function DeleteSection({
  demarcheId,
  name,
  refusal,
  closedWithPeople = null,
}: {
  demarcheId: string;
  name: string;
  refusal: DeletionRefusal | null;
  /** A closed démarche: how many people its deletion concerns; null in préparation. */
  closedWithPeople?: number | null;
}) {
  const t = useTranslations("deleteSection");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    setNameError(null);
    try {
      // On success the action redirects to the list of démarches.
      const result = await deleteDemarcheAction({ demarcheId, confirmName: typed });
      if (!result.ok) {
        // A mistyped name is said next to the field; anything else above the form.
        if (result.fieldErrors.confirmName) setNameError(result.fieldErrors.confirmName.message);
        else setError(result.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card as="section" aria-labelledby="delete-title">
      <div className="flex flex-col gap-3">
        <h2 id="delete-title" className="text-xl font-bold">
          {t("title")}
        </h2>
        <p className="max-w-3xl">{closedWithPeople === null ? t("intro") : t("introClosed")}</p>
        {refusal ? (
          <p className="text-stone-700">{t(`refused.${refusal}`)}</p>
        ) : (
          <div>
            <DialogShell
              open={open}
              onOpenChange={(next) => {
                setOpen(next);
                if (!next) {
                  setError(null);
                  setNameError(null);
                  setTyped("");
                }
              }}
              title={t("dialogTitle", { name })}
              description={
                closedWithPeople === null ? t("dialogText") : t("dialogTextClosed", { count: closedWithPeople })
              }
              trigger={<Button variant="danger">{t("button")}</Button>}
            >
              <form
                className="flex flex-col gap-4"
                onSubmit={(e) => {
                  e.preventDefault();
                  void confirm();
                }}
              >
                {error ? <Alert tone="error">{error}</Alert> : null}
                <FieldShell id="confirmName" label={t("confirmLabel")} error={nameError ?? undefined}>
                  <TextInput
                    id="confirmName"
                    autoComplete="off"
                    value={typed}
                    error={nameError ?? undefined}
                    onChange={(e) => setTyped(e.target.value)}
                  />
                </FieldShell>
                <div className="flex flex-wrap justify-end gap-3">
                  <Dialog.Close asChild>
                    <Button variant="secondary">{tc("cancel")}</Button>
                  </Dialog.Close>
                  <Button type="submit" variant="danger" busy={busy} disabled={typed.trim() === ""}>
                    {t("confirm")}
                  </Button>
                </div>
              </form>
            </DialogShell>
          </div>
        )}
      </div>
    </Card>
  );
}
