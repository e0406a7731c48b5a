"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { withdrawMeAction } from "@/app/(site)/mes-donnees/actions";
import { ConfirmDialog } from "@/components/ui/dialog";

export function WithdrawButton({ keepsPositions }: { keepsPositions: boolean }) {
  const t = useTranslations("myData");
  const router = useRouter();
  return (
    <ConfirmDialog
      triggerLabel={t("withdraw")}
      triggerVariant="danger"
      title={t("withdrawConfirmTitle")}
      description={`${keepsPositions ? t("withdrawKeep") : t("withdrawRemove")} ${t("withdrawIrreversible")}`}
      confirmLabel={t("withdrawConfirm")}
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
