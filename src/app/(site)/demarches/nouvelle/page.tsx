import { pageMetadata } from "@/app/_lib/page-metadata";
import { getTranslations } from "next-intl/server";
import { NewDemarcheForm } from "@/app/(site)/demarches/nouvelle/new-demarche-form";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { defaultEndDate } from "@/domain/calendar";
import { INTER_DEFAULT_SPAN_DAYS } from "@/domain/inter-organisations";
import { addDaysYmd, toLocalYmd } from "@/lib/local-time";
import { DEFAULT_RETENTION_MONTHS } from "@/domain/lifecycle";
import type { NewDemarcheInput } from "@/lib/schemas/demarches";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("newDemarche");

/** One page, three short sections, everything prefilled: a facilitator can create in under a minute. */
export default async function NewDemarchePage() {
  await facilitatorPageViewer();
  const t = await getTranslations("newDemarche");
  const td = await getTranslations("defaults");
  const today = toLocalYmd(new Date());
  const endDate = defaultEndDate(today);
  const [startYear, endYear] = [today.slice(0, 4), endDate.slice(0, 4)];
  const defaults: NewDemarcheInput = {
    organisationName: "",
    name: t("defaultName", { years: startYear === endYear ? startYear : `${startYear}-${endYear}` }),
    startDate: today,
    endDate,
    engagementText: td("engagementText"),
    mandateExpertise: td("mandateText"),
    mandateRepresentation: td("mandateText"),
    mandateParticipation: td("mandateText"),
    privacyOfficerName: "",
    privacyOfficerContact: "",
    retentionMonths: DEFAULT_RETENTION_MONTHS,
  };
  return (
    <ClientMessages namespaces={["newDemarche", "newInterDemarche", "mandateFields", "retentionField"]}>
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2">{t("intro")}</p>
        </div>
        <NewDemarcheForm
          defaults={defaults}
          interDefaults={{ endDate: addDaysYmd(today, INTER_DEFAULT_SPAN_DAYS), engagementText: td("interEngagementText") }}
        />
      </div>
    </ClientMessages>
  );
}
