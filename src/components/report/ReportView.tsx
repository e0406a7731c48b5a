import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ReportModel } from "@/domain/report-model";
import { TriangleChart, TriangleDataTable } from "@/components/triangle";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { chartLabelsFrom } from "./chart-labels";
import { ComparisonTable } from "./ComparisonTable";
import { DATA_TABLE_CLASS, gapText, instantText, listText, positionText, ymdText } from "./format";
import { GroupDetails } from "./GroupDetails";
import { MovementList, ThemeList, VerdictLists } from "./Insights";
import { PisteList } from "./PisteList";
import { cycleSeries, groupSeries } from "./report-series";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3 border-t border-stone-300 pt-6">
      <h2 id={`${id}-title`} className="text-2xl font-bold text-brand-800">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The CA report on screen. Same sections and same model as the PDF: a board
 * member who missed every meeting should understand it on its own.
 */
export function ReportView({ model, actions }: { model: ReportModel; actions?: ReactNode }) {
  const t = useTranslations("report");
  const tc = useTranslations("chart");
  const tPhase = useTranslations("phases");
  const labels = chartLabelsFrom(tc);
  const names = labels.mandatesShort ?? labels.mandates;
  const m = model.method;
  const series = groupSeries(model);
  const paperGroups = model.groups.filter((g) => g.status === "paper");
  const count = (step: "current" | "desired", verdict: string) =>
    model.pairs.filter((p) => p[step].verdict === verdict).length;
  const convergences = count("current", "convergence") + count("desired", "convergence");
  const divergences = count("current", "divergence") + count("desired", "divergence");
  const arbitrage = model.pistes.filter((p) => p.needsArbitrage);
  const answersShown = model.pistes.some((p) => p.answer !== null) || model.caReport !== null;

  return (
    <article className="flex flex-col gap-8" data-testid="report">
      <header className="flex flex-col gap-2">
        <p className="text-lg text-stone-700">
          {t("subtitle", { demarche: model.demarche.name, organisation: model.demarche.organisationName })}
        </p>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>
          {t("period", { start: ymdText(model.demarche.startDate), end: ymdText(model.demarche.endDate) })} ·{" "}
          {t("phase", { phase: tPhase(model.demarche.phase) })}
        </p>
        <p className="text-sm text-stone-700">{t("generatedOn", { date: instantText(model.generatedAt) })}</p>
        {actions}
      </header>

      <section aria-labelledby="glance-title" className="rounded-lg border-2 border-brand-700 bg-brand-50 p-5">
        <h2 id="glance-title" className="text-xl font-bold">
          {t("glance.title")}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            {t("glance.groups", { count: model.participation.groups, participants: model.participation.participants })}
          </li>
          <li>{t("glance.released", { count: model.participation.releasedGroups })}</li>
          <li>
            {t("glance.convergences", { count: convergences })}, {t("glance.divergences", { count: divergences })}
          </li>
          <li>
            {t("glance.pistes", { count: model.pistes.length })}
            {model.pistes.length > 0 ? `, ${t("glance.arbitrage", { count: arbitrage.length })}` : null}
          </li>
        </ul>
      </section>

      <Section id="context" title={t("context.title")}>
        <p>{t("context.intro", { organisation: model.demarche.organisationName })}</p>
        <p>{t("context.triangle")}</p>
        <p>{t("context.steps")}</p>
        <p>{t("context.gap", { consolidate: gapText(m.consolidateMax) })}</p>
        <p>{t("context.verdicts", { convergence: gapText(m.convergenceMax), divergence: gapText(m.divergenceMin) })}</p>
        <p>{t("context.movements", { points: Math.round(m.movementThreshold * 100) })}</p>
        <p>{t("context.groupFigures")}</p>
        <p className="font-semibold">{t("context.confidentiality", { min: m.minGroupSize })}</p>
        <h3 className="text-lg font-semibold">{t("context.meetingsTitle")}</h3>
        {model.meetings.length === 0 ? (
          <p>{t("context.noMeetings")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {model.meetings.map((meeting, index) => (
              <li key={index}>
                {meeting.date === null
                  ? t("context.meetingUndated", { title: meeting.title })
                  : t(meeting.held ? "context.meetingHeld" : "context.meetingPlanned", {
                      title: meeting.title,
                      date: instantText(meeting.date),
                    })}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="participation" title={t("participation.title")}>
        <p>{t("participation.intro")}</p>
        <ScrollRegion label={t("participation.title")}>
          <table className="w-full border-collapse text-left" data-testid="participation-table">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("participation.group")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("participation.participants")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("participation.responses")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("participation.results")}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.groups.map((group) => (
                <tr key={group.id} className="border-b border-stone-300">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {group.label}
                  </th>
                  <td className="px-3 py-2 text-right">{group.participantCount}</td>
                  <td className="px-3 py-2 text-right">
                    {group.status === "paper"
                      ? t("participation.paperCount", { count: group.paperParticipantCount ?? 0 })
                      : (group.responseCount ?? t("participation.notShared"))}
                  </td>
                  <td className="px-3 py-2">
                    {t(`participation.status.${group.status}`, { min: Math.max(group.minSize, m.minGroupSize) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="positions" title={t("positions.title")}>
        {series.length === 0 ? (
          <p>{t("positions.none")}</p>
        ) : (
          <>
            <p>{t("positions.intro")}</p>
            <TriangleChart
              id="report-chart"
              series={series}
              labels={labels}
              title={t("positions.chartTitle")}
              includeTable={false}
            />
            <TriangleDataTable series={series} labels={labels} className={DATA_TABLE_CLASS} />
            {model.overall.current &&
            model.overall.desired &&
            model.overall.gap !== null &&
            model.overall.orientation ? (
              <p>
                {t("positions.overall", {
                  current: positionText(model.overall.current, names),
                  desired: positionText(model.overall.desired, names),
                  gap: gapText(model.overall.gap),
                  orientation: t(`orientation.${model.overall.orientation}`),
                })}
              </p>
            ) : null}
            {paperGroups.length > 0 ? (
              <p>{t("positions.paperNote", { groups: listText(paperGroups.map((g) => g.label)) })}</p>
            ) : null}
          </>
        )}
      </Section>

      <Section id="groups" title={t("groups.title")}>
        <div className="flex flex-col gap-6">
          {model.groups.map((group) => (
            <GroupDetails key={group.id} group={group} mandateNames={names} minGroupSize={m.minGroupSize} />
          ))}
        </div>
      </Section>

      <Section id="comparison" title={t("comparison.title")}>
        <p>{t("comparison.intro")}</p>
        <ComparisonTable pairs={model.pairs} />
        {model.pairs.length > 0 ? <VerdictLists model={model} /> : null}
      </Section>

      <Section id="movements" title={t("movements.title")}>
        <p>{t("movements.intro")}</p>
        <MovementList model={model} mandateNames={names} />
      </Section>

      <Section id="themes" title={t("themes.title")}>
        <p>{t("themes.intro")}</p>
        <ThemeList model={model} />
      </Section>

      <Section id="pistes" title={t("pistes.title")}>
        <p>{t("pistes.intro")}</p>
        <PisteList pistes={model.pistes} showAnswers={false} />
      </Section>

      <Section id="arbitrage" title={t("arbitrage.title")}>
        <p>{t("arbitrage.intro")}</p>
        {arbitrage.length === 0 ? (
          <p>{t("arbitrage.none")}</p>
        ) : (
          <ul className="list-disc pl-6" data-testid="arbitrage-list">
            {arbitrage.map((piste) => (
              <li key={piste.id}>
                <span className="font-semibold">{piste.title}</span>
                {piste.arbitrageNote ? ` : ${piste.arbitrageNote}` : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {model.previousCycle ? (
        <Section id="cycles" title={t("cycles.title", { previous: model.previousCycle.cycleLabel })}>
          <p>
            {t("cycles.intro", {
              name: model.previousCycle.name,
              previous: model.previousCycle.cycleLabel,
              now: model.demarche.cycleLabel,
            })}
          </p>
          {model.previousCycle.rows.length === 0 ? (
            <p>{t("cycles.none")}</p>
          ) : (
            <>
              <TriangleChart
                id="cycle-chart"
                series={cycleSeries(model, (group, cycle) => t("cycles.series", { group, cycle }))}
                labels={labels}
                title={t("cycles.chartTitle", {
                  previous: model.previousCycle.cycleLabel,
                  now: model.demarche.cycleLabel,
                })}
                includeTable
                tableClassName={`mt-4 ${DATA_TABLE_CLASS}`}
              />
              <ul className="list-disc pl-6">
                {model.previousCycle.rows.map((row) => (
                  <li key={row.label}>
                    {t("cycles.shift", {
                      group: row.label,
                      current: gapText(row.currentShift),
                      desired: gapText(row.desiredShift),
                      previous: model.previousCycle?.cycleLabel ?? "",
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      ) : null}

      {answersShown ? (
        <Section id="answers" title={t("answers.title")}>
          <p className="font-semibold">
            {model.caReport?.publishedAt
              ? t("answers.published", { date: instantText(model.caReport.publishedAt) })
              : t("answers.draft")}
          </p>
          {model.caReport?.summary ? (
            <div>
              <h3 className="text-lg font-semibold">{t("answers.summary")}</h3>
              <p className="whitespace-pre-line">{model.caReport.summary}</p>
            </div>
          ) : null}
          <PisteList pistes={model.pistes} showAnswers />
        </Section>
      ) : null}

      {model.caReport?.publishedAt ? (
        <Section id="reactions" title={t("reactions.title")}>
          <ReactionList reactions={model.reactions} />
        </Section>
      ) : null}
    </article>
  );
}

export function ReactionList({ reactions }: { reactions: ReportModel["reactions"] }) {
  const t = useTranslations("report");
  if (reactions.length === 0) return <p>{t("reactions.none")}</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="reaction-list">
      {reactions.map((reaction) => (
        <li key={reaction.group.id} className="rounded-md border border-stone-300 p-4">
          <p className="font-semibold">{reaction.group.label}</p>
          <p className="whitespace-pre-line">{reaction.text}</p>
        </li>
      ))}
    </ul>
  );
}
