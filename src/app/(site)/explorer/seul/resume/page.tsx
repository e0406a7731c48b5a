import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SoloSummary } from "./solo-summary";

export const generateMetadata = pageMetadata("exploreSummary");

export default async function SoloSummaryPage() {
  const t = await getTranslations("exploration");
  return (
    <ClientMessages namespaces={["exploration", "positioning", "chart", "plainReadings"]}>
      <div className="flex flex-col gap-6">
        <div className="print:hidden">
          <Link href="/explorer" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("back")}
          </Link>
        </div>
        <SoloSummary />
      </div>
    </ClientMessages>
  );
}
