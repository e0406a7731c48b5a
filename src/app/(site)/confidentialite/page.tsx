import { pageMetadata } from "@/app/_lib/page-metadata";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

export const generateMetadata = pageMetadata("privacy");

export default async function PrivacyPage() {
  const t = await getTranslations("privacyPage");
  const sections = ["collected", "why", "who", "rights", "explorations"] as const;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("intro")}</p>
      {sections.map((s) => (
        <Card key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`} className="text-xl font-bold">
            {t(`${s}Title`)}
          </h2>
          <p className="mt-2">{t(s)}</p>
        </Card>
      ))}
    </div>
  );
}
