import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { TriangleChart } from "@/components/triangle";
import { Card } from "@/components/ui/card";
import { PrintButton } from "@/components/ui/print-button";
import { comparisonsForCopy, INTER_SIDES, otherSide, type InterSide } from "@/domain/inter-organisations";
import { MANDATES } from "@/domain/mandates";
import { fromPerMille, perMilleToPercentages } from "@/domain/position";
import { isOneOf } from "@/domain/vocabulary";
import { getDemarcheHeader } from "@/server/demarches/get-demarche-header";
import { getInterDemarche } from "@/server/inter/get-inter-demarche";
import { pageMetadata } from "@/app/_lib/page-metadata";

export const generateMetadata = pageMetadata("interBilan");

/**
 * One organisation's copy of the « bilan des apprentissages » of an
 * inter-organismes démarche (decision 023): the four agreed positions (never
 * a person's), the comparisons that matter (A vs B in each workshop,
 * intervenant.e.s vs destinataires about each organisation), the workshops'
 * reasons and examples, and what to do next. Printable.
 */
export default async function BilanPage({ params }: { params: Promise<{ demarcheId: string; side: string }> }) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId, side: rawSide } = await params;
  if (!isOneOf(INTER_SIDES, rawSide)) notFound();
  const side: InterSide = rawSide;
  const header = await orNotFound(getDemarcheHeader(viewer, demarcheId));
  if (header.context !== "inter-organismes") redirect(`/demarches/${demarcheId}`);
  const inter = await orNotFound(getInterDemarche(viewer, demarcheId));
  const t = await getTranslations("interBilan");
  const tChart = await getTranslations("chart");
  const format = await getFormatter();
  const decimal = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const orgName = (s: InterSide) => inter.organisations.find((o) => o.side === s)?.name ?? "";
  const workshopLabel = (kind: string) => inter.workshops.find((w) => w.kind === kind)?.label ?? kind;
  const own = orgName(side);
  const labels = chartLabelsFrom((key) => tChart(key as never));
  // Own organisation first, in each workshop.
  const order = [side, otherSide(side)];
  const cells = inter.workshops.flatMap((w) =>
    order.map((s) => ({
      workshop: w,
      side: s,
      agreement: inter.agreements.find((a) => a.workshop === w.kind && a.side === s),
    })),
  );
  const series = cells
    .filter((c) => c.agreement)
    .map((c, index) => ({
      id: `${c.workshop.kind}-${c.side}`,
      label: t("seriesLabel", { workshop: c.workshop.label, organisation: orgName(c.side) }),
      current: fromPerMille(c.agreement!.current),
      desired: fromPerMille(c.agreement!.desired),
      styleIndex: index,
    }));
  const reading = (workshop: string, s: InterSide) =>
    inter.readings.find((r) => r.workshop === workshop && r.side === s);
  const comparisons = comparisonsForCopy(inter.comparisons, side);
  const percent = (p: Parameters<typeof perMilleToPercentages>[0]) => {
    const parts = perMilleToPercentages(p);
    return MANDATES.map((m) => `${tChart(`mandatesShort.${m}`)} ${parts[m]}\u00a0%`).join(" · ");
  };

  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6">
      <header>
        <p className="text-sm font-semibold text-stone-700">{t("partners", { a: orgName("a"), b: orgName("b") })}</p>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="mt-1 text-xl font-semibold">{t("copyFor", { organisation: own })}</p>
        <p className="mt-3">{t("confidentiality")}</p>
        <div className="no-print mt-4 flex flex-wrap items-center gap-4">
          <PrintButton label={t("print")} />
          <a
            href={`/demarches/${demarcheId}/bilan/${side}/pdf`}
            className="font-semibold text-brand-800 underline"
            download
          >
            {t("pdf")}
          </a>
          <Link
            href={`/demarches/${demarcheId}/bilan/${otherSide(side)}`}
            className="font-semibold text-brand-800 underline"
          >
            {t("otherCopy", { organisation: orgName(otherSide(side)) })}
          </Link>
          <Link href={`/demarches/${demarcheId}/inter`} className="font-semibold text-brand-800 underline">
            {t("back")}
          </Link>
        </div>
      </header>
      {inter.missing.length > 0 ? (
        <p role="status" className="rounded border-2 border-amber-600 bg-amber-50 p-3 font-semibold">
          {t("incomplete", { count: inter.missing.length })}
        </p>
      ) : null}
      {series.length > 0 ? (
        <Card as="section" aria-labelledby="bilan-chart">
          <h2 id="bilan-chart" className="mb-3 text-xl font-bold">
            {t("chartTitle")}
          </h2>
          <TriangleChart
            id="bilan-triangle"
            series={series}
            labels={labels}
            size="compact"
            className="mx-auto w-full"
          />
        </Card>
      ) : null}
      <section aria-labelledby="bilan-positions" className="flex flex-col gap-4">
        <h2 id="bilan-positions" className="text-2xl font-bold text-brand-800">
          {t("positionsTitle")}
        </h2>
        {cells.map(({ workshop, side: s, agreement }) => (
          <Card as="section" key={`${workshop.kind}-${s}`} aria-labelledby={`bilan-${workshop.kind}-${s}`}>
            <h3 id={`bilan-${workshop.kind}-${s}`} className="text-lg font-bold">
              {t("workshopSays", { workshop: workshop.label, organisation: orgName(s) })}
            </h3>
            {agreement ? (
              <dl className="mt-2 flex flex-col gap-1 [&_dd]:mb-2">
                <dt className="font-semibold">{t("current")}</dt>
                <dd>{percent(agreement.current)}</dd>
                <dt className="font-semibold">{t("desired")}</dt>
                <dd>{percent(agreement.desired)}</dd>
                <dd>
                  {t("gap", { gap: decimal(reading(workshop.kind, s)?.gap ?? 0) })} —{" "}
                  {tChart(`orientation.${reading(workshop.kind, s)?.orientation ?? "consolider"}`)}
                </dd>
                {agreement.why ? (
                  <>
                    <dt className="font-semibold">{t("why")}</dt>
                    <dd className="whitespace-pre-line">{agreement.why}</dd>
                  </>
                ) : null}
                {agreement.examples ? (
                  <>
                    <dt className="font-semibold">{t("examples")}</dt>
                    <dd className="whitespace-pre-line">{agreement.examples}</dd>
                  </>
                ) : null}
              </dl>
            ) : (
              <p className="mt-2 text-stone-700">{t("none")}</p>
            )}
          </Card>
        ))}
      </section>
      <section aria-labelledby="bilan-comparisons" className="flex flex-col gap-4">
        <h2 id="bilan-comparisons" className="text-2xl font-bold text-brand-800">
          {t("comparisonsTitle")}
        </h2>
        {comparisons.length === 0 ? <p>{t("noComparison")}</p> : null}
        {(["organisations", "perspectives"] as const).map((kind) => {
          const list = comparisons.filter((c) => c.kind === kind);
          if (list.length === 0) return null;
          return (
            <Card as="section" key={kind} aria-labelledby={`bilan-${kind}`}>
              <h3 id={`bilan-${kind}`} className="text-lg font-bold">
                {t(kind === "organisations" ? "organisationsTitle" : "perspectivesTitle")}
              </h3>
              <ul className="mt-2 flex flex-col gap-3">
                {list.map((c) => (
                  <li key={`${c.a.workshop}-${c.a.side}-${c.b.workshop}-${c.b.side}`}>
                    <p className="font-semibold">
                      {kind === "organisations"
                        ? t("organisationsPair", {
                            workshop: workshopLabel(c.a.workshop),
                            a: orgName(c.a.side),
                            b: orgName(c.b.side),
                          })
                        : t("perspectivesPair", { organisation: orgName(c.a.side) })}
                    </p>
                    <p>
                      {t("pairCurrent", {
                        verdict: tChart(`verdict.${c.current.verdict}`),
                        distance: decimal(c.current.distance),
                      })}
                    </p>
                    <p>
                      {t("pairDesired", {
                        verdict: tChart(`verdict.${c.desired.verdict}`),
                        distance: decimal(c.desired.distance),
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            </Card>
          );
        })}
      </section>
      <Card as="section" aria-labelledby="bilan-next">
        <h2 id="bilan-next" className="text-xl font-bold">
          {t("nextTitle")}
        </h2>
        <ul className="mt-2 ml-5 list-disc">
          {(["organisation", "intra", "sectors"] as const).map((key) => (
            <li key={key}>{t(`next.${key}`)}</li>
          ))}
        </ul>
      </Card>
    </article>
  );
}
