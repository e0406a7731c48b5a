"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeRetentionAction } from "@/app/(site)/demarches/[demarcheId]/parametres/actions";
import { RetentionField } from "@/app/(site)/demarches/retention-field";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";

/** The retention period: freely until someone joins, then only shorter (decision 021). */
export function RetentionSection({
  demarcheId,
  current,
  someoneJoined,
  readOnly,
}: {
  demarcheId: string;
  current: number;
  someoneJoined: boolean;
  readOnly: boolean;
}) {
  const t = useTranslations("retentionField");
  const router = useRouter();
  const [chosen, setChosen] = useState(current);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Card as="section" aria-labelledby="retention-title">
      <div className="flex flex-col gap-4">
        <h2 id="retention-title" className="text-xl font-bold">
          {t("title")}
        </h2>
        {message ? <Alert tone="success">{message}</Alert> : null}
        <RetentionField
          value={chosen}
          disabled={readOnly}
          longestAllowed={someoneJoined ? current : undefined}
          onChange={(e) => setChosen(Number(e.target.value))}
        />
        {someoneJoined ? <p className="text-sm text-stone-700">{t("onlyShorter", { months: current })}</p> : null}
        {readOnly ? null : (
          <div>
            <ConfirmDialog
              triggerLabel={t("save")}
              triggerVariant="primary"
              disabled={chosen === current}
              title={t("confirmTitle", { months: chosen })}
              description={
                chosen < current ? t("confirmShorter", { months: chosen }) : t("confirmText", { months: chosen })
              }
              confirmLabel={t("confirm")}
              confirmVariant="primary"
              onConfirm={async () => {
                const result = await changeRetentionAction({ demarcheId, retentionMonths: chosen });
                if (!result.ok) return result.fieldErrors.retentionMonths?.message ?? result.message;
                setMessage(t("saved", { months: chosen }));
                router.refresh();
                return null;
              }}
            />
          </div>
        )}
      </div>
    </Card>
  );
}
