import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SoloExploration } from "./solo-exploration";

export const generateMetadata = pageMetadata("exploreAlone");

export default async function SoloExplorationPage() {
  const t = await getTranslations("exploration");
  const tChart = await getTranslations("chart");
  const names = {
    expertise: tChart("mandates.expertise"),
    representation: tChart("mandates.representation"),
    participation: tChart("mandates.participation"),
  };
  // No accompagnateur.trice to present the mandates: one neutral sentence above the form, defining none of them (DOMAIN.md).
  const descriptions = { expertise: "", representation: "", participation: "" };
  return (
    <ClientMessages namespaces={["exploration", "positioning", "positionInput", "chart", "plainReadings"]}>
      <div className="flex flex-col gap-6">
        <div>
          <Link href="/explorer" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("back")}
          </Link>
          <h1 className="mt-3 text-3xl font-bold text-brand-800">{t("soloPageTitle")}</h1>
          <p className="mt-2 text-lg">{t("soloPageIntro")}</p>
          <p className="mt-2">{t("mandateText")}</p>
        </div>
        <SoloExploration names={names} descriptions={descriptions} />
      </div>
    </ClientMessages>
  );
}
