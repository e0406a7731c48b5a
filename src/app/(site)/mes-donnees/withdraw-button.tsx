"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { withdrawMeAction } from "@/app/(site)/mes-donnees/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function WithdrawButton({ keepsPositions }: { keepsPositions: boolean }) {
  const t = useTranslations("myData");
  const tc = useTranslations("common");
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={t("withdraw")}
      triggerVariant="danger"
      title={t("withdrawConfirmTitle")}
      description={
        <div className="flex flex-col gap-2">
          <p>{t("withdrawText")}</p>
          <p>{keepsPositions ? t("withdrawKeep") : t("withdrawRemove")}</p>
          <p className="font-semibold">{t("withdrawIrreversible")}</p>
        </div>
      }
      confirmLabel={t("withdrawConfirm")}
      cancelLabel={tc("cancel")}
      onConfirm={async () => {
        const result = await withdrawMeAction({});
        if (!result.ok) return result.message;
        router.replace("/?retrait=1");
        router.refresh();
        return null;
      }}
    />
  );
}
