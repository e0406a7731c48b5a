import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { GroupFiguresView } from "@/components/workshop/GroupFiguresView";
import { GroupWorkView } from "@/components/workshop/GroupWorkView";
import { VISIBLE_TABLE_CLASS } from "@/components/workshop/table-style";
import { TriangleChart, type TriangleSeries } from "@/components/triangle";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { fromPerMille } from "@/domain/position";
import { LiveRefresh, PARTICIPANT_LIVE_INTERVAL_MS } from "@/components/live/LiveRefresh";
import { renderTime } from "@/app/_lib/render-time";
import { Card } from "@/components/ui/card";
import { getGroupView } from "@/server/workshops/get-group-view";
import { listReleasedGroupResults } from "@/server/workshops/list-released-group-results";

export const generateMetadata = pageMetadata("groupResults");

/**
 * The participant's view of their own group (anonymous, only from the
 * minimum number of confirmed answers) and of the results other groups have
 * released to the plenary. Never a name, never another person's answers.
 */
export default async function MyGroupPage() {
  const viewer = await participantPageViewer();
  const t = await getTranslations("participantWorkshop");
  const format = await getFormatter();
  const [view, released] = await Promise.all([getGroupView(viewer, viewer.groupId), listReleasedGroupResults(viewer)]);
  const { figures } = view;
  const chartLabels = chartLabelsFrom(await getTranslations("chart"));
  // Each released group at its agreed position, or its centroid when it agreed on none.
  const releasedSeries: TriangleSeries[] = released.flatMap((group) => {
    const current = group.agreement ? fromPerMille(group.agreement.current) : group.synthesis.current;
    const desired = group.agreement ? fromPerMille(group.agreement.desired) : group.synthesis.desired;
    return group.showable && current && desired
      ? [{ id: group.id, label: group.label, styleIndex: group.styleIndex, current, desired }]
      : [];
  });

  return (
    <div className="flex flex-col gap-8">
      <LiveRefresh stampUrl="/atelier/etat" intervalMs={PARTICIPANT_LIVE_INTERVAL_MS} renderedAt={renderTime()} />
      <div>
        <Link href="/atelier" className="font-semibold text-brand-700 underline underline-offset-4">
          {t("backToSpace")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold break-words text-brand-800">
          {t("groupTitle", { group: view.group.label })}
        </h1>
        <p className="mt-2">{t("groupIntro")}</p>
      </div>

      <Card aria-labelledby="own-group">
        <h2 id="own-group" className="mb-4 text-2xl font-bold text-brand-800">
          {t("ownGroupHeading")}
        </h2>
        <GroupFiguresView id="own" figures={figures} />
        {view.group.releasedAt ? (
          <p className="mt-4 font-semibold">
            {t("ownReleased", { date: format.dateTime(view.group.releasedAt, { dateStyle: "long" }) })}
          </p>
        ) : (
          <p className="mt-4 text-stone-700">{t("ownNotReleased")}</p>
        )}
      </Card>

      {figures.workShowable ? (
        <Card>
          <GroupWorkView
            id="own-work"
            agreement={figures.agreement}
            conditions={figures.conditions}
            pistes={figures.pistes}
            headingLevel={2}
          />
        </Card>
      ) : null}

      <section aria-labelledby="released" className="flex flex-col gap-4">
        <h2 id="released" className="text-2xl font-bold text-brand-800">
          {t("releasedHeading")}
        </h2>
        {released.length === 0 ? <p data-testid="no-released">{t("noReleased")}</p> : null}
        {releasedSeries.length > 0 ? (
          <TriangleChart
            id="released-chart"
            series={releasedSeries}
            labels={chartLabels}
            title={t("releasedChartTitle")}
            tableClassName={`${VISIBLE_TABLE_CLASS} text-sm`}
          />
        ) : null}
        {released.map((group) => (
          <Card key={group.id} as="article" aria-labelledby={`released-${group.id}`}>
            <h3 id={`released-${group.id}`} className="text-xl font-bold">
              {group.label}
            </h3>
            {group.showable ? (
              <div className="mt-3">
                <GroupWorkView
                  id={`released-work-${group.id}`}
                  agreement={group.agreement}
                  conditions={group.conditions}
                  pistes={group.pistes}
                  headingLevel={4}
                />
              </div>
            ) : (
              <p className="mt-2">{t("releasedNotShowable", { min: group.minSize })}</p>
            )}
          </Card>
        ))}
      </section>
    </div>
  );
}
