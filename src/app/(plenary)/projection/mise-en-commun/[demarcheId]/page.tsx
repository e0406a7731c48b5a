import { pageMetadata } from "@/app/_lib/page-metadata";
import { setLocaleAction } from "@/app/(site)/actions";
import { LanguageSwitch } from "@/components/layout/language-switch";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { orNotFound } from "@/app/_lib/or-not-found";
import { orTooEarly } from "@/app/_lib/or-too-early";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { SLIDE_HEADING, SLIDE_TEXT, SLIDE_TEXT_SMALL, SlideFrame } from "@/components/projection/SlideFrame";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { ComparisonTable } from "@/components/report/ComparisonTable";
import { gapText, positionText } from "@/components/report/format";
import { MovementList, ThemeList } from "@/components/report/Insights";
import { groupSeries } from "@/domain/report-outline";
import { TriangleChart } from "@/components/triangle";
import { distanceReading, gapReading } from "@/domain/plain-readings";
import type { ReportGroup, ReportModel } from "@/domain/report-model";
import { chunk, chunkByLines, slideIndex } from "@/lib/slides";
import { getPlenaryWorkspace } from "@/server/plenary/get-plenary-workspace";
import { labelled } from "@/i18n/locales";

export const generateMetadata = pageMetadata("plenaryProjection");

type Slide = { key: string; title: string; body: ReactNode };
type T = (key: string, values?: Record<string, string | number>) => string;

/** How much fits one slide at 1280×720 (checked by tests/e2e/room/projection-fit.spec.ts). */
const LINES_PER_SLIDE = 9;
const PAIRS_PER_SLIDE = 4;
const PISTES_PER_SLIDE = 4;

/**
 * The mise en commun on a projector, one screen per slide: a welcome; for
 * each released group its positions on the triangle, then its reasons, then
 * its conditions; all groups on one triangle; the convergence / divergence
 * table; shared conditions and opposite movements; the pistes that go to the
 * CA with the groups that support them; and a last slide that sums up where
 * the groups meet and where they differ. Content that does not fit becomes
 * more slides, never a taller page.
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
  const tr = (await getTranslations("report")) as unknown as T;
  const plain = (await getTranslations("plainReadings")) as unknown as T;
  const labels = chartLabelsFrom(await getTranslations("chart"));
  const names = labels.mandatesShort ?? labels.mandates;
  const workspace = await orTooEarly(orNotFound(getPlenaryWorkspace(viewer, demarcheId)));
  if (workspace === null) {
    return (
      <main className="mx-auto flex min-h-screen max-w-[1400px] flex-col justify-center gap-8 px-8 py-8">
        <h1 className="text-5xl font-bold">{t("title")}</h1>
        <p className="text-3xl">{t("tooEarly")}</p>
        <p>
          <Link
            href={`/demarches/${demarcheId}`}
            className="inline-flex min-h-14 items-center rounded-md border-2 border-black px-6 text-2xl font-bold"
          >
            {t("exit")}
          </Link>
        </p>
      </main>
    );
  }
  const { model } = workspace;
  const released = model.groups.filter((g) => g.status !== "not-released");

  const slides: Slide[] = [
    {
      key: "welcome",
      title: t("welcome"),
      body: (
        <div className={`flex h-full flex-col justify-center gap-[3vh] ${SLIDE_TEXT}`}>
          <p className="font-semibold">{model.demarche.name}</p>
          <p>{t("welcomeText")}</p>
          <p className="font-bold">
            {released.length === 0 ? t("nothing") : t("groupsCount", { count: released.length })}
          </p>
        </div>
      ),
    },
    ...released.flatMap((group) => groupSlides(group, model, { t: t as unknown as T, tr, plain, labels, names })),
    ...(groupSeries(model).length > 0
      ? [
          {
            key: "all",
            title: t("allTitle"),
            body: (
              <div className="slide-chart slide-chart-row h-full [--slide-chart-height:56vh]">
                <TriangleChart
                  id="projection-all"
                  series={groupSeries(model)}
                  labels={labels}
                  size="projection"
                  includeTable={false}
                />
              </div>
            ),
          },
        ]
      : []),
    ...chunk(model.pairs, PAIRS_PER_SLIDE).map((pairs, i, all) => ({
      key: `table-${i}`,
      title: part(t("tableTitle"), i, all.length),
      body: (
        <div className={`flex flex-col gap-[2vh] ${SLIDE_TEXT}`}>
          <p className={SLIDE_TEXT_SMALL}>{tr("comparison.intro")}</p>
          <ComparisonTable pairs={pairs} />
        </div>
      ),
    })),
    ...themeSlides(model, t as unknown as T, tr, names),
    ...pisteSlides(model, t as unknown as T, tr),
    summarySlide(model, t as unknown as T, tr, plain),
  ];

  const index = slideIndex(etape, slides.length);
  const slide = slides[index] as Slide;
  const href = (i: number) => `/projection/mise-en-commun/${demarcheId}?etape=${i + 1}`;
  return (
    <SlideFrame
      title={slide.title}
      subtitle={t("title")}
      stampUrl={`/demarches/${demarcheId}/etat`}
      previousHref={index > 0 ? href(index - 1) : null}
      nextHref={index < slides.length - 1 ? href(index + 1) : null}
      exitHref={`/demarches/${demarcheId}/mise-en-commun`}
      languageSwitch={<LanguageSwitch action={setLocaleAction} />}
      labels={{
        nav: t("title"),
        previous: t("previous"),
        next: t("next"),
        exit: t("exit"),
        counter: t("step", { current: index + 1, total: slides.length }),
        keys: t("keys"),
      }}
    >
      {slide.body}
    </SlideFrame>
  );
}

function part(title: string, index: number, total: number): string {
  return total > 1 ? `${title} (${index + 1}/${total})` : title;
}

function groupSlides(
  group: ReportGroup,
  model: ReportModel,
  {
    t,
    tr,
    plain,
    labels,
    names,
  }: {
    t: T;
    tr: T;
    plain: T;
    labels: ReturnType<typeof chartLabelsFrom>;
    names: Record<"expertise" | "representation" | "participation", string>;
  },
): Slide[] {
  const title = t("groupTitle", { group: group.label });
  if (group.positions === null) {
    return [
      {
        key: group.id,
        title,
        body: (
          <p className={SLIDE_TEXT}>
            {tr("groups.tooSmall", { min: Math.max(group.minSize, model.method.minGroupSize) })}
          </p>
        ),
      },
    ];
  }
  const positions = group.positions;
  type Line = { heading: string; text: string };
  const hinder = group.conditions.filter((c) => c.kind === "entrave");
  const support = group.conditions.filter((c) => c.kind === "favorise");
  const lines: Line[] = [
    ...(group.justification ? [{ heading: tr("groups.why"), text: group.justification }] : []),
    ...(group.examples ? [{ heading: tr("groups.examples"), text: group.examples }] : []),
    ...hinder.map((c) => ({ heading: tr("groups.hinder"), text: c.text ? labelled(labels.locale, c.theme, c.text) : c.theme })),
    ...support.map((c) => ({ heading: tr("groups.support"), text: c.text ? labelled(labels.locale, c.theme, c.text) : c.theme })),
  ];
  const pieces = chunkByLines(lines, (l) => l.text, LINES_PER_SLIDE);
  const slides: Slide[] = [
    {
      key: `${group.id}-positions`,
      title: part(title, 0, pieces.length + 1),
      body: (
        <div className="grid h-full grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] gap-[3vw]">
          <div className="slide-chart h-full [--slide-chart-height:46vh]">
            <TriangleChart
              id={`projection-${group.id}`}
              series={groupSeries(model, group.id)}
              labels={labels}
              size="projection"
              includeTable={false}
            />
          </div>
          <div className={`flex flex-col justify-center gap-[2vh] ${SLIDE_TEXT}`}>
            <p>
              <strong>{labelled(labels.locale, tr("groups.current"), "")}</strong> {positionText(positions.current, names, labels.locale)}
            </p>
            <p>
              <strong>{labelled(labels.locale, tr("groups.desired"), "")}</strong> {positionText(positions.desired, names, labels.locale)}
            </p>
            {/* The number and what it means, as in the report (decision 016). */}
            <p className="font-bold" data-testid="gap-reading">
              {tr("groups.gap", {
                gap: gapText(positions.gap, labels.locale),
                reading: plain(`gap.${gapReading(positions.gap, model.method)}`),
                orientation: tr(`orientation.${positions.orientation}`),
              })}
            </p>
          </div>
        </div>
      ),
    },
  ];

  pieces.forEach((piece, i) => {
    slides.push({
      key: `${group.id}-words-${i}`,
      title: part(title, i + 1, pieces.length + 1),
      body: <HeadedLines lines={piece} />,
    });
  });
  return slides;
}

/** Consecutive lines under the same heading are listed under it once. */
function HeadedLines({ lines }: { lines: { heading: string; text: string }[] }) {
  const groups: { heading: string; texts: string[] }[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last && last.heading === line.heading) last.texts.push(line.text);
    else groups.push({ heading: line.heading, texts: [line.text] });
  }
  return (
    <div className={`flex flex-col gap-[2vh] ${SLIDE_TEXT}`}>
      {groups.map((g, i) => (
        <section key={i}>
          <h2 className={SLIDE_HEADING}>{g.heading}</h2>
          <ul className="list-disc pl-[2.5vw]">
            {g.texts.map((text, j) => (
              <li key={j} className="line-clamp-4 whitespace-pre-line">
                {text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function themeSlides(
  model: ReportModel,
  t: T,
  tr: T,
  names: Record<"expertise" | "representation" | "participation", string>,
): Slide[] {
  const themes = chunk(model.sharedThemes, 5);
  const slides: Slide[] = (themes.length === 0 ? [[]] : themes).map((piece, i, all) => ({
    key: `themes-${i}`,
    title: part(t("themesOnlyTitle"), i, all.length),
    body: (
      <div className={SLIDE_TEXT}>
        <ThemeList model={{ sharedThemes: piece }} />
      </div>
    ),
  }));
  slides.push({
    key: "movements",
    title: tr("movements.title"),
    body: (
      <div className={SLIDE_TEXT}>
        <MovementList model={model} mandateNames={names} />
      </div>
    ),
  });
  return slides;
}

function pisteSlides(model: ReportModel, t: T, tr: T): Slide[] {
  // The pistes retained for the CA; before any is written, what the groups proposed.
  const retained = model.pistes.map((p) => ({
    id: p.id,
    title: p.title,
    orientation: p.orientation,
    groups: p.supportingGroups.map((g) => g.label),
    arbitrage: p.needsArbitrage,
  }));
  const proposed = model.groups.flatMap((g) =>
    g.pistes.map((p) => ({
      id: p.id,
      title: p.title,
      orientation: p.orientation,
      groups: [g.label],
      arbitrage: false,
    })),
  );
  const items = retained.length > 0 ? retained : proposed;
  const heading = retained.length > 0 ? t("pistesTitle") : t("proposedPistesTitle");
  if (items.length === 0)
    return [{ key: "pistes", title: heading, body: <p className={SLIDE_TEXT}>{t("noPistes")}</p> }];
  return chunk(items, PISTES_PER_SLIDE).map((piece, i, all) => ({
    key: `pistes-${i}`,
    title: part(heading, i, all.length),
    body: (
      <ol className={`flex flex-col gap-[2.2vh] ${SLIDE_TEXT}`} data-testid="pistes-slide">
        {piece.map((p) => (
          <li key={p.id} className="border-l-8 border-black pl-[1.5vw]">
            <p className="line-clamp-2 font-bold">{p.title}</p>
            <p className={SLIDE_TEXT_SMALL}>
              {tr(`orientation.${p.orientation}`)} · {t("supportedBy", { groups: p.groups.join(", ") || "—" })}
              {p.arbitrage ? ` · ${t("arbitrage")}` : ""}
            </p>
          </li>
        ))}
      </ol>
    ),
  }));
}

function summarySlide(model: ReportModel, t: T, tr: T, plain: T): Slide {
  const sentences = (verdict: "convergence" | "divergence") =>
    model.pairs.flatMap((pair) =>
      (["current", "desired"] as const)
        .filter((step) => pair[step].verdict === verdict)
        .map((step) =>
          t("summaryPair", {
            a: pair.a.label,
            b: pair.b.label,
            step: tr(step === "current" ? "comparison.stepCurrent" : "comparison.stepDesired"),
          }),
        ),
    );
  const column = (title: string, items: string[], reading: string, testId: string) => (
    <section className="flex flex-col gap-[1.5vh]" data-testid={testId}>
      <h2 className={SLIDE_HEADING}>{title}</h2>
      <p className={`${SLIDE_TEXT_SMALL} text-stone-800`}>{reading}</p>
      {items.length === 0 ? (
        <p>{tr("comparison.noneOfKind")}</p>
      ) : (
        <ul className="list-disc pl-[2.5vw]">
          {items.slice(0, 6).map((item) => (
            <li key={item}>{item}</li>
          ))}
          {items.length > 6 ? <li>{t("andMore", { count: items.length - 6 })}</li> : null}
        </ul>
      )}
    </section>
  );
  return {
    key: "summary",
    title: t("summaryTitle"),
    body: (
      <div className={`grid h-full grid-cols-2 gap-[4vw] ${SLIDE_TEXT}`}>
        {column(
          tr("comparison.convergencesTitle"),
          sentences("convergence"),
          plain(`distance.${distanceReading(0)}`),
          "summary-convergences",
        )}
        {column(
          tr("comparison.divergencesTitle"),
          sentences("divergence"),
          plain(`distance.${distanceReading(1)}`),
          "summary-divergences",
        )}
      </div>
    ),
  };
}
