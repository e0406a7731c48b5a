import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SHARED_FIGURES_MIN } from "@/domain/exploration";
import { SharedExploration } from "./shared-exploration";

export const generateMetadata = pageMetadata("exploreColleagues");

export default async function SharedExplorationPage() {
  const t = await getTranslations("exploration");
  const tChart = await getTranslations("chart");
  const names = {
    expertise: tChart("mandates.expertise"),
    representation: tChart("mandates.representation"),
    participation: tChart("mandates.participation"),
  };
  return (
    <ClientMessages namespaces={["exploration", "positioning", "positionInput", "chart", "plainReadings"]}>
      <div className="flex flex-col gap-6">
        <div>
          <Link href="/explorer" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("back")}
          </Link>
          <h1 className="mt-3 text-3xl font-bold text-brand-800">{t("sharedPageTitle")}</h1>
          <p className="mt-2 text-lg">{t("sharedIntro", { min: SHARED_FIGURES_MIN })}</p>
          <p className="mt-2">{t("mandateText")}</p>
        </div>
        <SharedExploration names={names} descriptions={{ expertise: "", representation: "", participation: "" }} />
      </div>
    </ClientMessages>
  );
}
