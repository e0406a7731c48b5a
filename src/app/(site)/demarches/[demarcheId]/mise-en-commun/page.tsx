import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { orTooEarly } from "@/app/_lib/or-too-early";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { PisteEditor } from "@/app/(site)/demarches/[demarcheId]/mise-en-commun/piste-editor";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { ComparisonTable } from "@/components/report/ComparisonTable";
import { DATA_TABLE_CLASS } from "@/components/report/format";
import { GroupDetails } from "@/components/report/GroupDetails";
import { MovementList, ThemeList, VerdictLists } from "@/components/report/Insights";
import { groupSeries } from "@/domain/report-outline";
import { TriangleChart, TriangleDataTable } from "@/components/triangle";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getPlenaryWorkspace } from "@/server/plenary/get-plenary-workspace";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("plenary");

/** The facilitator's mise en commun: the groups' released results compared, and the pistes retained for the CA. */
export default async function PlenaryPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const { demarcheId } = await params;
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("plenary");
  const tr = await getTranslations("report");
  const labels = chartLabelsFrom(await getTranslations("chart"));
  const names = labels.mandatesShort ?? labels.mandates;
  const workspace = await orTooEarly(orNotFound(getPlenaryWorkspace(viewer, demarcheId)));
  if (workspace === null) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <Alert tone="info">{t("tooEarly")}</Alert>
        <p>
          <Link href={`/demarches/${demarcheId}`} className="font-semibold text-brand-700 underline underline-offset-4">
            {t("backToDashboard")}
          </Link>
        </p>
      </div>
    );
  }
  const { model, pisteEditRefusal } = workspace;
  const released = model.groups.filter((g) => g.status !== "not-released");
  const notReleased = model.groups.length - released.length;
  const series = groupSeries(model);

  return (
    <ClientMessages namespaces={["plenary", "report"]}>
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-3">
          <p className="text-stone-700">{model.demarche.name}</p>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p>{t("intro")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href={`/projection/mise-en-commun/${demarcheId}`} className={buttonClasses("primary")}>
              {t("projectionLink")}
            </Link>
            <Link href={`/demarches/${demarcheId}/rapport`} className={buttonClasses("secondary")}>
              {t("reportLink")}
            </Link>
          </div>
          {notReleased > 0 ? <Alert tone="info">{t("notReleasedNote", { count: notReleased })}</Alert> : null}
        </div>

        <Card aria-labelledby="chart-title" className="flex flex-col gap-4">
          <h2 id="chart-title" className="text-2xl font-bold text-brand-800">
            {tr("positions.title")}
          </h2>
          {series.length === 0 ? (
            <p>{tr("positions.none")}</p>
          ) : (
            <>
              <TriangleChart id="plenary-chart" series={series} labels={labels} includeTable={false} />
              <TriangleDataTable series={series} labels={labels} className={DATA_TABLE_CLASS} />
            </>
          )}
        </Card>

        <Card aria-labelledby="table-title" className="flex flex-col gap-4">
          <h2 id="table-title" className="text-2xl font-bold text-brand-800">
            {t("tableTitle")}
          </h2>
          <ComparisonTable pairs={model.pairs} />
          {model.pairs.length > 0 ? <VerdictLists model={model} /> : null}
          <h3 className="text-xl font-bold">{tr("movements.title")}</h3>
          <MovementList model={model} mandateNames={names} />
          <h3 className="text-xl font-bold">{tr("themes.title")}</h3>
          <ThemeList model={model} />
        </Card>

        <Card aria-labelledby="pistes-title" className="flex flex-col gap-4">
          <h2 id="pistes-title" className="text-2xl font-bold text-brand-800">
            {t("pistesTitle")}
          </h2>
          <PisteEditor
            demarcheId={demarcheId}
            groups={model.groups.map((g) => ({ id: g.id, label: g.label }))}
            proposals={model.groups.flatMap((g) => g.pistes.map((p) => ({ ...p, groupId: g.id, groupLabel: g.label })))}
            pistes={model.pistes}
            locked={pisteEditRefusal ? t(`locked.${pisteEditRefusal}`) : null}
          />
        </Card>

        <section aria-labelledby="groups-title" className="flex flex-col gap-4">
          <h2 id="groups-title" className="text-2xl font-bold text-brand-800">
            {t("groupsTitle")}
          </h2>
          {released.map((group) => (
            <Card key={group.id}>
              <GroupDetails
                group={group}
                mandateNames={names}
                minGroupSize={model.method.minGroupSize}
                showPistes={false}
              />
            </Card>
          ))}
        </section>
      </div>
    </ClientMessages>
  );
}
