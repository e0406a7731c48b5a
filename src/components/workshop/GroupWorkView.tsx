/**
 * A group's collective work, read-only: the positions it agreed on and how
 * it decided, the conditions that hinder or support (with their themes), and
 * its draft pistes. Shown to the group's participants, and to the other
 * groups once released.
 */
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MANDATES } from "@/domain/mandates";
import { perMilleToPercentages, type PerMille } from "@/domain/position";
import { CONDITION_KINDS, PISTE_ORIENTATIONS } from "@/domain/vocabulary";
import type { GroupAgreementView, GroupConditionView, GroupPisteView } from "@/lib/workshop-view";

export interface GroupWorkViewProps {
  id: string;
  agreement: GroupAgreementView | null;
  conditions: GroupConditionView[];
  pistes: GroupPisteView[];
  headingLevel?: 2 | 3 | 4;
  big?: boolean;
}

export function GroupWorkView({
  id,
  agreement,
  conditions,
  pistes,
  headingLevel = 3,
  big = false,
}: GroupWorkViewProps): ReactNode {
  const t = useTranslations("groupView");
  const H = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "h4";
  const headingClass = `font-bold text-brand-800 ${big ? "text-2xl" : headingLevel === 4 ? "text-lg" : "text-xl"}`;
  return (
    <div className={`flex flex-col gap-6 ${big ? "text-xl" : ""}`}>
      <section aria-labelledby={`${id}-agreement`} className="flex flex-col gap-2">
        <H id={`${id}-agreement`} className={headingClass}>
          {t("agreementTitle")}
        </H>
        {agreement ? <AgreementSummary agreement={agreement} /> : <p>{t("noAgreement")}</p>}
      </section>
      <section aria-labelledby={`${id}-conditions`} className="flex flex-col gap-2">
        <H id={`${id}-conditions`} className={headingClass}>
          {t("conditionsTitle")}
        </H>
        {conditions.length === 0 ? <p>{t("noConditions")}</p> : null}
        {CONDITION_KINDS.map((kind) => {
          const list = conditions.filter((c) => c.kind === kind);
          if (list.length === 0) return null;
          return (
            <div key={kind}>
              <p className="font-semibold">{t(`conditionKinds.${kind}`)}</p>
              <ul className="mt-1 flex flex-col gap-1">
                {list.map((c) => (
                  <li key={c.id}>
                    <span className="mr-2 rounded bg-stone-200 px-2 py-0.5 text-sm font-semibold">{c.theme}</span>
                    {c.text}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      <section aria-labelledby={`${id}-pistes`} className="flex flex-col gap-2">
        <H id={`${id}-pistes`} className={headingClass}>
          {t("pistesTitle")}
        </H>
        {pistes.length === 0 ? <p>{t("noPistes")}</p> : null}
        {PISTE_ORIENTATIONS.map((orientation) => {
          const list = pistes.filter((p) => p.orientation === orientation);
          if (list.length === 0) return null;
          return (
            <div key={orientation}>
              <p className="font-semibold">{t(`orientations.${orientation}`)}</p>
              <ul className="mt-1 flex list-disc flex-col gap-1 pl-6">
                {list.map((p) => (
                  <li key={p.id}>
                    <span className="font-semibold">{p.title}</span>
                    {p.description ? <span className="block whitespace-pre-line">{p.description}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </div>
  );
}

export function AgreementSummary({ agreement }: { agreement: GroupAgreementView }): ReactNode {
  const t = useTranslations("groupView");
  const tChart = useTranslations("chart");
  const describe = (perMille: PerMille) => {
    const pct = perMilleToPercentages(perMille);
    return MANDATES.map((m) => `${tChart(`mandatesShort.${m}`)} ${pct[m]} %`).join(", ");
  };
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="agreement-summary">
      <dt className="font-semibold">{tChart("current")}</dt>
      <dd>{describe(agreement.current)}</dd>
      <dt className="font-semibold">{tChart("desired")}</dt>
      <dd>{describe(agreement.desired)}</dd>
      <dt className="font-semibold">{t("decisionModeLabel")}</dt>
      <dd>{t(`decisionModes.${agreement.decisionMode}`)}</dd>
      {agreement.justification ? (
        <>
          <dt className="font-semibold">{t("justificationLabel")}</dt>
          <dd className="whitespace-pre-line">{agreement.justification}</dd>
        </>
      ) : null}
      {agreement.examples ? (
        <>
          <dt className="font-semibold">{t("examplesLabel")}</dt>
          <dd className="whitespace-pre-line">{agreement.examples}</dd>
        </>
      ) : null}
      {agreement.participantCount ? (
        <>
          <dt className="font-semibold">{t("paperCountLabel")}</dt>
          <dd>{agreement.participantCount}</dd>
        </>
      ) : null}
    </dl>
  );
}
