import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EXPLORATION_KEEP_DAYS } from "@/domain/exploration";

/** How an exploration ends: bring it back to the organisation, which may start an intra-organisme démarche. */
export function NextSteps(): ReactNode {
  const t = useTranslations("exploration");
  return (
    <section
      aria-labelledby="next-title"
      className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5"
    >
      <h2 id="next-title" className="text-xl font-bold text-brand-800">
        {t("nextTitle")}
      </h2>
      <ul className="flex list-disc flex-col gap-2 pl-5">
        <li>{t("next1")}</li>
        <li>{t("next2")}</li>
        <li>{t("next3")}</li>
        <li>{t("next4", { days: EXPLORATION_KEEP_DAYS })}</li>
      </ul>
    </section>
  );
}
