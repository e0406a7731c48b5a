"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setDemarcheArchivedAction } from "@/app/(site)/demarches/[demarcheId]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";

/**
 * Archiving a closed démarche, or bringing it back to the list (decision 021,
 * addendum). Archiving is confirmed in a dialog; bringing it back is one
 * button, since it only undoes the archiving.
 */
export function ArchiveControls({
  demarcheId,
  name,
  archivedOn,
}: {
  demarcheId: string;
  name: string;
  /** The date it was archived, formatted; null while it is in the list. */
  archivedOn: string | null;
}) {
  const t = useTranslations("archiveSection");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (archivedOn === null) {
    return (
      <section aria-labelledby="archive-title" className="flex flex-col items-start gap-3">
        <h3 id="archive-title" className="text-lg font-bold">
          {t("title")}
        </h3>
        <p>{t("intro")}</p>
        <ConfirmDialog
          triggerLabel={t("button")}
          title={t("dialogTitle", { name })}
          description={t("dialogText")}
          confirmLabel={t("confirm")}
          confirmVariant="primary"
          onConfirm={async () => {
            const result = await setDemarcheArchivedAction({ demarcheId, archived: true });
            return result.ok ? null : result.message;
          }}
        />
      </section>
    );
  }

  const unarchive = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await setDemarcheArchivedAction({ demarcheId, archived: false });
      if (!result.ok) setError(result.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="archive-title" className="flex flex-col items-start gap-3">
      <h3 id="archive-title" className="text-lg font-bold">
        {t("archivedTitle")}
      </h3>
      <p>{t("archivedText", { date: archivedOn })}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button variant="secondary" busy={busy} onClick={() => void unarchive()}>
        {t("unarchive")}
      </Button>
    </section>
  );
}
