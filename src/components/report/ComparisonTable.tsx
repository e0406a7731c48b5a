import { useTranslations } from "next-intl";
import { distanceReading } from "@/domain/plain-readings";
import type { ReportPair } from "@/domain/report-model";
import type { Verdict } from "@/domain/synthesis";
import { gapText } from "./format";

const VERDICT_CLASS: Record<Verdict, string> = {
  convergence: "bg-emerald-50 text-emerald-900",
  nuance: "bg-white text-ink",
  divergence: "bg-amber-50 text-amber-950",
};

/** The convergence / divergence table, verdicts in words (colour is only a second cue). */
export function ComparisonTable({ pairs, className = "" }: { pairs: readonly ReportPair[]; className?: string }) {
  const t = useTranslations("report");
  const plain = useTranslations("plainReadings");
  if (pairs.length === 0) return <p>{t("comparison.none")}</p>;
  return (
    <div className={className}>
      <table className="stack-table w-full border-collapse text-left" data-testid="comparison-table">
        <caption className="sr-only">{t("comparison.title")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {t("comparison.pair")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("comparison.current")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("comparison.desired")}
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={`${pair.a.id}-${pair.b.id}`} className="border-b border-stone-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                {pair.a.label} / {pair.b.label}
              </th>
              {(["current", "desired"] as const).map((step) => (
                <td
                  key={step}
                  data-label={t(`comparison.${step}`)}
                  className={`px-3 py-2 ${VERDICT_CLASS[pair[step].verdict]}`}
                >
                  {t("comparison.cell", {
                    verdict: t(`verdict.${pair[step].verdict}`),
                    distance: gapText(pair[step].distance),
                  })}
                  <span className="block text-[0.9em] font-normal">
                    {plain(`distance.${distanceReading(pair[step].distance)}`)}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
