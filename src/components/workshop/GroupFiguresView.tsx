/**
 * A group's distribution, without names: the anonymous cloud of confirmed
 * positions, their mean (centroid) and the group's agreed position on the
 * triangle; the dispersion; and the reasons and examples people wrote. The
 * figures come from the synthesis engine; a group under its minimum size
 * arrives here with none of them, and this says so instead.
 */
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { fromPerMille } from "@/domain/position";
import { TriangleChart, type TriangleSeries } from "@/components/triangle";
import { dispersionReading } from "@/domain/plain-readings";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import type { AnonymousTexts, GroupFigures } from "@/lib/workshop-view";
import { VISIBLE_TABLE_CLASS } from "./table-style";
import { labelled } from "@/i18n/locales";

export interface GroupFiguresViewProps {
  id: string;
  figures: GroupFigures;
  size?: "normal" | "projection";
  /** Show the written reasons and examples (the group's own view), or the figures only. */
  showTexts?: boolean;
}

export function GroupFiguresView({ id, figures, size = "normal", showTexts = true }: GroupFiguresViewProps): ReactNode {
  const t = useTranslations("groupView");
  const locale = useLocale();
  const plain = useTranslations("plainReadings");
  const format = useFormatter();
  const labels = chartLabelsFrom(useTranslations("chart"));
  const { synthesis, agreement } = figures;
  const gap = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  const series: TriangleSeries[] = [];
  if (synthesis.reportable && synthesis.centroid) {
    series.push({
      id: "centroid",
      label: t("centroidSeries", { n: synthesis.n }),
      current: synthesis.centroid.current,
      desired: synthesis.centroid.desired,
      points: figures.cloud,
    });
  }
  if (agreement) {
    series.push({
      id: "agreed",
      label: t("agreedSeries"),
      current: fromPerMille(agreement.current),
      desired: fromPerMille(agreement.desired),
    });
  }
  const big = size === "projection";

  const dispersion =
    synthesis.reportable && synthesis.dispersion ? (
      <div className={big ? "text-xl" : ""} data-testid={`${id}-dispersion`}>
        <p className="font-semibold">{t("dispersionTitle")}</p>
        <ul className="mt-1 list-disc pl-6">
          <li>
            {labelled(
              locale,
              t("dispersionCurrent", { value: gap(synthesis.dispersion.current) }),
              plain(`dispersion.${dispersionReading(synthesis.dispersion.current)}`),
            )}
          </li>
          <li>
            {labelled(
              locale,
              t("dispersionDesired", { value: gap(synthesis.dispersion.desired) }),
              plain(`dispersion.${dispersionReading(synthesis.dispersion.desired)}`),
            )}
          </li>
        </ul>
        <p className="mt-1 text-sm text-stone-700">{t("dispersionHelp")}</p>
      </div>
    ) : null;

  const notice = !synthesis.reportable ? (
    <p className={`rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 ${big ? "text-xl" : ""}`}>
      {figures.hiddenUntilClosed ? t("hiddenUntilClosed") : t("notReportable", { min: figures.minSize })}
    </p>
  ) : null;

  const noticeBeside = big && series.length > 0;

  return (
    // On the projected screen, the drawing and the words side by side when there is room.
    <div className={big ? "grid gap-8 xl:grid-cols-2 xl:items-start" : "flex flex-col gap-6"}>
      <div className="flex flex-col gap-6">
        {big ? null : (
          // The projected page says it in its header already.
          <p className="text-lg" data-testid={`${id}-count`}>
            {t("responses", { n: figures.submitted })}
          </p>
        )}
        {noticeBeside ? null : notice}
        {series.length > 0 ? (
          <TriangleChart
            id={`${id}-chart`}
            series={series}
            labels={labels}
            size={big ? "projection" : "normal"}
            title={t("chartTitle")}
            // A slide never scrolls: the projected drawing goes without its table (the pages that do not project keep it).
            includeTable={!big}
            tableClassName={`${VISIBLE_TABLE_CLASS} text-sm`}
          />
        ) : null}
        {big ? null : dispersion}
      </div>
      {big || (showTexts && synthesis.reportable) ? (
        <div className="flex flex-col gap-6">
          {/* Projected: beside the drawing, which takes the slide's height (a slide never scrolls). */}
          {noticeBeside ? notice : null}
          {big ? dispersion : null}
          {showTexts && synthesis.reportable ? <TextsView id={id} texts={figures.texts} big={big} /> : null}
        </div>
      ) : null}
    </div>
  );
}

const TEXT_KEYS: (keyof AnonymousTexts)[] = [
  "currentWhy",
  "currentExamples",
  "desiredWhy",
  "desiredExamples",
  "conditionsHinder",
  "conditionsSupport",
];

function TextsView({ id, texts, big }: { id: string; texts: AnonymousTexts; big: boolean }): ReactNode {
  const t = useTranslations("groupView");
  return (
    <section aria-labelledby={`${id}-texts`} className="flex flex-col gap-4">
      <h3 id={`${id}-texts`} className={`font-bold text-brand-800 ${big ? "text-2xl" : "text-xl"}`}>
        {t("textsTitle")}
      </h3>
      <p className="text-sm text-stone-700">{t("textsHelp")}</p>
      <div className="grid gap-4 md:grid-cols-2">
        {TEXT_KEYS.map((key) => (
          <div key={key} className="rounded-md border border-stone-300 bg-white p-4" data-testid={`${id}-${key}`}>
            <h4 className={`font-semibold ${big ? "text-xl" : "text-lg"}`}>{t(`texts.${key}`)}</h4>
            {texts[key].length === 0 ? (
              <p className="mt-1 text-stone-700">{t("noText")}</p>
            ) : (
              <ul className={`mt-2 flex flex-col gap-2 ${big ? "text-lg" : ""}`}>
                {texts[key].map((text, index) => (
                  <li key={index} className="border-l-4 border-brand-100 pl-3 whitespace-pre-line">
                    {text}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
