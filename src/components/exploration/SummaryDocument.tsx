/**
 * The summary of an exploration alone as a PDF (decision 022): the person's
 * own triangle, gap and answers, built with the CA report's PDF blocks. It
 * is rendered from what the person's browser sends and kept nowhere.
 */
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { MANDATES } from "@/domain/mandates";
import { gapReading } from "@/domain/plain-readings";
import { fromPerMille, perMilleToPercentages, type PerMille } from "@/domain/position";
import { personalGap } from "@/domain/workshop";
import { translator } from "@/i18n/translator";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { Bullet, H2, H3, P, pdfStyles, PdfFrame } from "@/components/pdf/blocks";
import { pdfText } from "@/components/pdf/pdf-text";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { PdfTriangle } from "@/components/report/pdf/PdfTriangle";

const decimal = (n: number) => n.toFixed(2).replace(".", ",");

export function SummaryDocument({ answers, date }: { answers: PositionAnswers; date: string }): ReactNode {
  const t = translator("exploration");
  const tp = translator("positioning");
  const tChart = translator("chart");
  const tReport = translator("report");
  const plain = translator("plainReadings");
  const current = answers.current ? fromPerMille(answers.current) : null;
  const desired = answers.desired ? fromPerMille(answers.desired) : null;
  const gap = current && desired ? personalGap(current, desired) : null;
  const percent = (p: PerMille) => {
    const parts = perMilleToPercentages(p);
    return MANDATES.map((m) => `${tChart(`mandatesShort.${m}`)} ${parts[m]}\u00a0%`).join(" · ");
  };
  const blocks: { title: string; items: [string, string][] }[] = [
    {
      title: tp("step1Title"),
      items: [
        [tp("currentWhy"), answers.currentWhy],
        [tp("currentExamples"), answers.currentExamples],
      ],
    },
    {
      title: tp("step2Title"),
      items: [
        [tp("desiredWhy"), answers.desiredWhy],
        [tp("desiredExamples"), answers.desiredExamples],
      ],
    },
    {
      title: tp("step3Title"),
      items: [
        [tp("conditionsHinder"), answers.conditionsHinder],
        [tp("conditionsSupport"), answers.conditionsSupport],
      ],
    },
  ];
  const title = t("summaryTitle");
  return (
    <Document
      title={pdfText(title)}
      author="Regards croisés"
      language="fr-CA"
      creator="Regards croisés"
      producer="Regards croisés"
    >
      <Page size="LETTER" style={pdfStyles.page} wrap>
        <PdfFrame footer={title} pageNumber={(page, total) => tReport("pageNumber", { page, total })} />
        <View>
          <Text style={pdfStyles.h1}>{pdfText(title)}</Text>
          <P style={pdfStyles.muted}>{t("summaryDate", { date })}</P>
          <P>{t("summaryIntro")}</P>
          {current && desired && gap && answers.current && answers.desired ? (
            <>
              <PdfTriangle
                series={[{ id: "me", label: t("chartSeries"), current, desired }]}
                labels={chartLabelsFrom(tChart)}
                title={t("chartTitle")}
              />
              <P>{`${tp("step1Title")} : ${percent(answers.current)}`}</P>
              <P>{`${tp("step2Title")} : ${percent(answers.desired)}`}</P>
              <P>{`${t("gap", { gap: decimal(gap.gap) })} — ${plain(`gap.${gapReading(gap.gap)}`)}`}</P>
              <P style={pdfStyles.muted}>{plain("scale")}</P>
            </>
          ) : (
            <P>{t("summaryMissing")}</P>
          )}
          <H2>{t("answersTitle")}</H2>
          {blocks.map((block) => (
            <View key={block.title}>
              <H3>{block.title}</H3>
              {block.items.map(([label, value]) => (
                <Bullet key={label}>{`${label} : ${value.trim() === "" ? t("noAnswer") : value}`}</Bullet>
              ))}
            </View>
          ))}
        </View>
      </Page>
    </Document>
  );
}
