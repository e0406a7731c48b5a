import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { orNotFound } from "@/app/_lib/or-not-found";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { ProjectionKeys } from "@/app/(plenary)/projection/mise-en-commun/[demarcheId]/projection-keys";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { ComparisonTable } from "@/components/report/ComparisonTable";
import { gapText, positionText } from "@/components/report/format";
import { MovementList, ThemeList, VerdictLists } from "@/components/report/Insights";
import { groupSeries } from "@/domain/report-outline";
import { TriangleChart } from "@/components/triangle";
import type { ReportGroup, ReportModel } from "@/domain/report-model";
import { getPlenaryWorkspace } from "@/server/plenary/get-plenary-workspace";

export const metadata: Metadata = { title: "Mise en commun — projection" };

type Step = { key: string; title: string; body: ReactNode };

/**
 * The mise en commun on a projector: a welcome, each released group in turn
 * (its agreed positions on the triangle, its reasons, conditions and
 * pistes), all groups on one triangle, the convergence / divergence table,
 * then shared conditions and opposite movements. One step per screen.
 */
export default async function ProjectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ demarcheId: string }>;
  searchParams: Promise<{ etape?: string }>;
}) {
  const { demarcheId } = await params;
  const { etape } = await searchParams;
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("plenaryProjection");
  const tr = await getTranslations("report");
  const labels = chartLabelsFrom(await getTranslations("chart"));
  const names = labels.mandatesShort ?? labels.mandates;
  const { model } = await orNotFound(getPlenaryWorkspace(viewer, demarcheId));
  const released = model.groups.filter((g) => g.status !== "not-released");

  const steps: Step[] = [
    {
      key: "welcome",
      title: t("welcome"),
      body: (
        <div className="flex flex-col gap-6 text-3xl">
          <p>{model.demarche.name}</p>
          <p>{t("welcomeText")}</p>
          <p className="font-bold">
            {released.length === 0 ? t("nothing") : t("groupsCount", { count: released.length })}
          </p>
        </div>
      ),
    },
    ...released.map((group) => ({
      key: group.id,
      title: t("groupTitle", { group: group.label }),
      body: <GroupSlide group={group} model={model} labels={labels} names={names} tr={tr} />,
    })),
    {
      key: "all",
      title: t("allTitle"),
      body: (
        // The chart's screen-reader table is a wide box even when visually
        // hidden: a positioned, clipping wrapper keeps it from widening the page.
        <div className="relative overflow-hidden">
          <TriangleChart
            id="projection-all"
            series={groupSeries(model)}
            labels={labels}
            size="projection"
            className="mx-auto"
          />
        </div>
      ),
    },
    {
      key: "table",
      title: t("tableTitle"),
      body: (
        <div className="flex flex-col gap-8 text-2xl">
          <ComparisonTable pairs={model.pairs} className="text-3xl" />
          {model.pairs.length > 0 ? <VerdictLists model={model} /> : null}
        </div>
      ),
    },
    {
      key: "themes",
      title: t("themesTitle"),
      body: (
        <div className="flex flex-col gap-6 text-2xl">
          <h3 className="text-3xl font-bold">{tr("themes.title")}</h3>
          <ThemeList model={model} />
          <h3 className="text-3xl font-bold">{tr("movements.title")}</h3>
          <MovementList model={model} mandateNames={names} />
        </div>
      ),
    },
  ];

  const requested = Number.parseInt(etape ?? "1", 10);
  const index = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), steps.length) - 1 : 0;
  const step = steps[index] as Step;
  const href = (i: number) => `/projection/mise-en-commun/${demarcheId}?etape=${i + 1}`;
  const previous = index > 0 ? href(index - 1) : null;
  const next = index < steps.length - 1 ? href(index + 1) : null;
  const navButton =
    "inline-flex min-h-14 items-center rounded-md border-2 border-black px-6 text-2xl font-bold focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

  return (
    <div className="mx-auto flex min-h-screen max-w-[1400px] flex-col gap-8 px-8 py-8">
      <ProjectionKeys previous={previous} next={next} />
      <main className="flex-1">
        <h1 className="mb-8 text-5xl font-bold">{step.title}</h1>
        {step.body}
      </main>
      <nav
        aria-label={t("title")}
        className="flex flex-wrap items-center justify-between gap-4 border-t-2 border-black pt-4"
      >
        <div className="flex gap-4">
          {previous ? (
            <Link href={previous} className={navButton}>
              ← {t("previous")}
            </Link>
          ) : null}
          {next ? (
            <Link href={next} className={`${navButton} bg-black text-white`}>
              {t("next")} →
            </Link>
          ) : null}
        </div>
        <p className="text-xl" aria-live="polite">
          {t("step", { current: index + 1, total: steps.length })} · {t("keys")}
        </p>
        <Link href={`/demarches/${demarcheId}/mise-en-commun`} className={navButton}>
          {t("exit")}
        </Link>
      </nav>
    </div>
  );
}

function GroupSlide({
  group,
  model,
  labels,
  names,
  tr,
}: {
  group: ReportGroup;
  model: ReportModel;
  labels: ReturnType<typeof chartLabelsFrom>;
  names: Record<"expertise" | "representation" | "participation", string>;
  tr: (key: string, values?: Record<string, string | number>) => string;
}) {
  if (group.positions === null) {
    return (
      <p className="text-3xl">{tr("groups.tooSmall", { min: Math.max(group.minSize, model.method.minGroupSize) })}</p>
    );
  }
  const hinder = group.conditions.filter((c) => c.kind === "entrave");
  const support = group.conditions.filter((c) => c.kind === "favorise");
  const list = (items: { theme: string; text: string }[]) =>
    items.length === 0 ? (
      <p>—</p>
    ) : (
      <ul className="list-disc pl-8">
        {items.map((c, i) => (
          <li key={i}>
            <strong>{c.theme}</strong>
            {c.text ? ` : ${c.text}` : null}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <TriangleChart
        id={`projection-${group.id}`}
        series={groupSeries(model, group.id)}
        labels={labels}
        size="projection"
      />
      <div className="flex flex-col gap-5 text-2xl">
        <p>
          <strong>{tr("groups.current")} :</strong> {positionText(group.positions.current, names)}
        </p>
        <p>
          <strong>{tr("groups.desired")} :</strong> {positionText(group.positions.desired, names)}
        </p>
        <p className="font-bold">
          {tr("groups.gap", {
            gap: gapText(group.positions.gap),
            orientation: tr(`orientation.${group.positions.orientation}`),
          })}
        </p>
        {group.justification ? (
          <div>
            <h2 className="font-bold">{tr("groups.why")}</h2>
            <p className="whitespace-pre-line">{group.justification}</p>
          </div>
        ) : null}
        {group.examples ? (
          <div>
            <h2 className="font-bold">{tr("groups.examples")}</h2>
            <p className="whitespace-pre-line">{group.examples}</p>
          </div>
        ) : null}
        <div>
          <h2 className="font-bold">{tr("groups.hinder")}</h2>
          {list(hinder)}
        </div>
        <div>
          <h2 className="font-bold">{tr("groups.support")}</h2>
          {list(support)}
        </div>
        <div>
          <h2 className="font-bold">{tr("groups.pistes")}</h2>
          {group.pistes.length === 0 ? (
            <p>—</p>
          ) : (
            <ul className="list-disc pl-8">
              {group.pistes.map((p) => (
                <li key={p.id}>
                  {p.title} ({tr(`orientation.${p.orientation}`)})
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
