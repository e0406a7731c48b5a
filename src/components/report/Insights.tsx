import { useTranslations } from "next-intl";
import type { Mandate } from "@/domain/mandates";
import type { ReportModel } from "@/domain/report-model";
import { gapText, listText, pointsText } from "./format";

type Pick2 = Pick<ReportModel, "pairs" | "sharedThemes" | "oppositeMovements">;

/** Convergences, divergences and nuances in sentences, under the table. */
export function VerdictLists({ model, Heading = "h3" }: { model: Pick<ReportModel, "pairs">; Heading?: "h3" | "h2" }) {
  const t = useTranslations("report");
  const kinds = [
    ["convergence", "comparison.convergencesTitle"],
    ["divergence", "comparison.divergencesTitle"],
    ["nuance", "comparison.nuancesTitle"],
  ] as const;
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {kinds.map(([verdict, title]) => {
        const items = model.pairs.flatMap((pair) =>
          (["current", "desired"] as const)
            .filter((step) => pair[step].verdict === verdict)
            .map((step) =>
              t("comparison.pairSentence", {
                a: pair.a.label,
                b: pair.b.label,
                step: t(step === "current" ? "comparison.stepCurrent" : "comparison.stepDesired"),
                distance: gapText(pair[step].distance),
              }),
            ),
        );
        return (
          <div key={verdict} data-testid={`verdicts-${verdict}`}>
            <Heading className="font-semibold">{t(title)}</Heading>
            {items.length === 0 ? (
              <p className="text-stone-700">{t("comparison.noneOfKind")}</p>
            ) : (
              <ul className="list-disc pl-6">
                {items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

export function MovementList({
  model,
  mandateNames,
}: {
  model: Pick<Pick2, "oppositeMovements">;
  mandateNames: Record<Mandate, string>;
}) {
  const t = useTranslations("report");
  if (model.oppositeMovements.length === 0) return <p>{t("movements.none")}</p>;
  return (
    <ul className="list-disc pl-6" data-testid="opposite-movements">
      {model.oppositeMovements.map((movement) => (
        <li key={movement.mandate}>
          {t("movements.sentence", {
            mandate: mandateNames[movement.mandate],
            up: listText(
              movement.increase.map((g) => t("movements.delta", { group: g.label, points: pointsText(g.delta) })),
            ),
            down: listText(
              movement.decrease.map((g) => t("movements.delta", { group: g.label, points: pointsText(g.delta) })),
            ),
          })}
        </li>
      ))}
    </ul>
  );
}

export function ThemeList({ model }: { model: Pick<Pick2, "sharedThemes"> }) {
  const t = useTranslations("report");
  if (model.sharedThemes.length === 0) return <p>{t("themes.none")}</p>;
  return (
    <ul className="list-disc pl-6" data-testid="shared-themes">
      {model.sharedThemes.map((theme) => {
        const details = [
          theme.groupsByKind.entrave.length > 0
            ? t("themes.hinder", { groups: listText(theme.groupsByKind.entrave.map((g) => g.label)) })
            : null,
          theme.groupsByKind.favorise.length > 0
            ? t("themes.support", { groups: listText(theme.groupsByKind.favorise.map((g) => g.label)) })
            : null,
        ].filter((x): x is string => x !== null);
        return (
          <li key={theme.label}>
            <span className="font-semibold">{theme.label}</span> — {details.join("; ")}
          </li>
        );
      })}
    </ul>
  );
}
