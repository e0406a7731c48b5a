import { pageMetadata } from "@/app/_lib/page-metadata";
import { getLocale, getTranslations } from "next-intl/server";
import { NewDemarcheForm, type ProposedTexts } from "@/app/(site)/demarches/nouvelle/new-demarche-form";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { defaultEndDate } from "@/domain/calendar";
import { INTER_DEFAULT_SPAN_DAYS } from "@/domain/inter-organisations";
import { addDaysYmd, toLocalYmd } from "@/lib/local-time";
import { DEFAULT_RETENTION_MONTHS } from "@/domain/lifecycle";
import type { NewDemarcheInput } from "@/lib/schemas/demarches";
import { ClientMessages } from "@/components/i18n/client-messages";
import { defaultsIn } from "@/i18n/default-texts";
import { translator } from "@/i18n/translator";
import { isLocale, LOCALES, type Locale } from "@/i18n/locales";

export const generateMetadata = pageMetadata("newDemarche");

/** One page, three short sections, everything prefilled: a facilitator can create in under a minute. */
export default async function NewDemarchePage() {
  await facilitatorPageViewer();
  const t = await getTranslations("newDemarche");
  // The démarche's language starts as the facilitator's own (decision 024); the
  // proposed texts are offered in every language, to follow the choice.
  const requested = await getLocale();
  const outputLocale: Locale = isLocale(requested) ? requested : "fr";
  const proposed = Object.fromEntries(
    LOCALES.map((locale) => {
      const td = defaultsIn(locale);
      return [
        locale,
        {
          // Filled with the years in the form, as they follow the dates.
          demarcheName: translator("newDemarche", locale)("defaultName", { years: "{years}" }),
          engagementText: td("engagementText"),
          interEngagementText: td("interEngagementText"),
          mandateText: td("mandateText"),
        },
      ];
    }),
  ) as ProposedTexts;
  const today = toLocalYmd(new Date());
  const endDate = defaultEndDate(today);
  const [startYear, endYear] = [today.slice(0, 4), endDate.slice(0, 4)];
  const defaults: NewDemarcheInput = {
    organisationName: "",
    name: proposed[outputLocale].demarcheName.replace(
      "{years}",
      startYear === endYear ? startYear : `${startYear}-${endYear}`,
    ),
    startDate: today,
    endDate,
    engagementText: proposed[outputLocale].engagementText,
    mandateExpertise: proposed[outputLocale].mandateText,
    mandateRepresentation: proposed[outputLocale].mandateText,
    mandateParticipation: proposed[outputLocale].mandateText,
    privacyOfficerName: "",
    privacyOfficerContact: "",
    retentionMonths: DEFAULT_RETENTION_MONTHS,
    outputLocale,
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
          interEndDate={addDaysYmd(today, INTER_DEFAULT_SPAN_DAYS)}
          proposed={proposed}
        />
      </div>
    </ClientMessages>
  );
}
