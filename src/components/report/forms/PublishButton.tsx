"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/dialog";

export function PublishButton({
  demarcheId,
  action,
}: {
  demarcheId: string;
  action: (input: { demarcheId: string }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("caAnswers");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div>
        <ConfirmDialog
          triggerLabel={t("publish")}
          triggerVariant="primary"
          title={t("publishConfirmTitle")}
          description={t("publishConfirmText")}
          confirmLabel={t("publishConfirm")}
          confirmVariant="primary"
          onConfirm={async () => {
            const result = await action({ demarcheId });
            setError(result.ok ? null : result.message);
            return null;
          }}
        />
      </div>
    </div>
  );
}
