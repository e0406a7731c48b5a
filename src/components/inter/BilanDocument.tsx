/**
 * One organisation's copy of the « bilan des apprentissages » as a PDF
 * (@react-pdf/renderer, decision 023), built with the CA report's PDF blocks
 * and triangle: the same content as the web page (its own organisation
 * first), only agreed positions, never a person's.
 */
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { comparisonsForCopy, otherSide, type InterComparison, type InterSide } from "@/domain/inter-organisations";
import { MANDATES } from "@/domain/mandates";
import { fromPerMille, perMilleToPercentages, type PerMille } from "@/domain/position";
import { translator } from "@/i18n/translator";
import { Bullet, H2, H3, P, pdfStyles, PdfFrame } from "@/components/pdf/blocks";
import { pdfText } from "@/components/pdf/pdf-text";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { PdfTriangle } from "@/components/report/pdf/PdfTriangle";

export type BilanModel = {
  name: string;
  organisations: { side: InterSide; name: string }[];
  workshops: { kind: "intervenants" | "destinataires"; label: string }[];
  agreements: {
    workshop: "intervenants" | "destinataires";
    side: InterSide;
    current: PerMille;
    desired: PerMille;
    why: string;
    examples: string;
  }[];
  comparisons: InterComparison[];
  readings: { workshop: string; side: InterSide; gap: number; orientation: "consolider" | "changer-de-cap" }[];
  missing: unknown[];
};

const decimal = (n: number) => n.toFixed(2).replace(".", ",");

export function BilanDocument({ model, side }: { model: BilanModel; side: InterSide }): ReactNode {
  const t = translator("interBilan");
  const tChart = translator("chart");
  const tReport = translator("report");
  const orgName = (s: InterSide) => model.organisations.find((o) => o.side === s)?.name ?? "";
  const workshopLabel = (kind: string) => model.workshops.find((w) => w.kind === kind)?.label ?? kind;
  const own = orgName(side);
  const order = [side, otherSide(side)];
  const cells = model.workshops.flatMap((w) =>
    order.map((s) => ({
      workshop: w,
      side: s,
      agreement: model.agreements.find((a) => a.workshop === w.kind && a.side === s),
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
  const percent = (p: PerMille) => {
    const parts = perMilleToPercentages(p);
    return MANDATES.map((m) => `${tChart(`mandatesShort.${m}`)} ${parts[m]}\u00a0%`).join(" · ");
  };
  const title = t("title");
  const comparisons = comparisonsForCopy(model.comparisons, side);
  return (
    <Document
      title={pdfText(`${title} — ${own}`)}
      author="Regards croisés"
      subject={pdfText(model.name)}
      language="fr-CA"
      creator="Regards croisés"
      producer="Regards croisés"
    >
      <Page size="LETTER" style={pdfStyles.page} wrap>
        <PdfFrame
          header={t("partners", { a: orgName("a"), b: orgName("b") })}
          footer={`${title} · ${t("copyFor", { organisation: own })}`}
          pageNumber={(page, total) => tReport("pageNumber", { page, total })}
        />
        <View>
          <Text style={pdfStyles.h1}>{pdfText(title)}</Text>
          <P>{t("copyFor", { organisation: own })}</P>
          <P style={pdfStyles.muted}>{t("confidentiality")}</P>
          {model.missing.length > 0 ? <P>{t("incomplete", { count: model.missing.length })}</P> : null}
          {series.length > 0 ? (
            <PdfTriangle series={series} labels={chartLabelsFrom(tChart)} title={t("chartTitle")} />
          ) : null}
          <H2>{t("positionsTitle")}</H2>
          {cells.map(({ workshop, side: s, agreement }) => {
            const reading = model.readings.find((r) => r.workshop === workshop.kind && r.side === s);
            return (
              <View key={`${workshop.kind}-${s}`} style={pdfStyles.card} wrap={false}>
                <H3>{t("workshopSays", { workshop: workshop.label, organisation: orgName(s) })}</H3>
                {agreement ? (
                  <>
                    <P>{`${t("current")} : ${percent(agreement.current)}`}</P>
                    <P>{`${t("desired")} : ${percent(agreement.desired)}`}</P>
                    {reading ? (
                      <P>{`${t("gap", { gap: decimal(reading.gap) })} — ${tChart(`orientation.${reading.orientation}`)}`}</P>
                    ) : null}
                    {agreement.why ? <P>{`${t("why")} : ${agreement.why}`}</P> : null}
                    {agreement.examples ? <P>{`${t("examples")} : ${agreement.examples}`}</P> : null}
                  </>
                ) : (
                  <P>{t("none")}</P>
                )}
              </View>
            );
          })}
          <H2>{t("comparisonsTitle")}</H2>
          {comparisons.length === 0 ? <P>{t("noComparison")}</P> : null}
          {comparisons.map((c) => (
            <View key={`${c.a.workshop}-${c.a.side}-${c.b.workshop}-${c.b.side}`} wrap={false}>
              <H3>
                {c.kind === "organisations"
                  ? t("organisationsPair", {
                      workshop: workshopLabel(c.a.workshop),
                      a: orgName(c.a.side),
                      b: orgName(c.b.side),
                    })
                  : t("perspectivesPair", { organisation: orgName(c.a.side) })}
              </H3>
              <Bullet>
                {t("pairCurrent", {
                  verdict: tChart(`verdict.${c.current.verdict}`),
                  distance: decimal(c.current.distance),
                })}
              </Bullet>
              <Bullet>
                {t("pairDesired", {
                  verdict: tChart(`verdict.${c.desired.verdict}`),
                  distance: decimal(c.desired.distance),
                })}
              </Bullet>
            </View>
          ))}
          <H2>{t("nextTitle")}</H2>
          {(["organisation", "intra", "sectors"] as const).map((key) => (
            <Bullet key={key}>{t(`next.${key}`)}</Bullet>
          ))}
        </View>
      </Page>
    </Document>
  );
}
