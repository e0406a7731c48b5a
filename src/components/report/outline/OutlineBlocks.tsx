/**
 * The web renderer of the report outline (src/domain/report-outline.ts): it
 * lays blocks out and translates their texts, nothing else. The PDF walks the
 * same outline (../pdf/ReportDocument.tsx).
 */
import type { ReactNode } from "react";
import type { Block, OutlineSection, PisteOutline, Text } from "@/domain/report-outline";
import type { Verdict } from "@/domain/synthesis";
import { TriangleChart } from "@/components/triangle";
import type { TriangleChartLabels } from "@/components/triangle/types";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { chartLabelsFrom } from "../chart-labels";
import { DATA_TABLE_CLASS } from "../format";
import { resolveText, type Translate } from "./resolve-text";

type Level = 2 | 3 | 4 | 5;
const HEADING = { 2: "h2", 3: "h3", 4: "h4", 5: "h5" } as const;
const next = (level: Level): Level => (level >= 5 ? 5 : ((level + 1) as Level));

/** Verdicts shaded and marked, so a black-and-white print still tells them apart (the word is always there). */
const VERDICT_CLASS: Record<Verdict, string> = {
  convergence: "bg-emerald-50 text-emerald-900 border-l-4 border-double border-emerald-800",
  nuance: "bg-white text-ink border-l-4 border-dotted border-stone-500",
  divergence: "bg-amber-50 text-amber-950 border-l-4 border-solid border-amber-800",
};

const TAG: Record<PisteOutline["orientation"], string> = {
  consolider: "border-sky-800 bg-sky-50 text-sky-900 border-solid",
  "changer-de-cap": "border-violet-800 bg-violet-50 text-violet-900 border-dashed",
};

export function OutlineSectionView({ section, t }: { section: OutlineSection; t: Translate }) {
  const id = `section-${section.id}`;
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-testid={`section-${section.id}`}
      className={
        section.emphasis
          ? "flex flex-col gap-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4 sm:p-5"
          : "flex flex-col gap-3 border-t border-stone-300 pt-6"
      }
    >
      <h2 id={`${id}-title`} className={section.emphasis ? "text-xl font-bold" : "text-2xl font-bold text-brand-800"}>
        {resolveText(section.title, t)}
      </h2>
      {section.blocksTestId ? (
        <div className="flex flex-col gap-3" data-testid={section.blocksTestId}>
          <OutlineBlocks blocks={section.blocks} t={t} level={3} />
        </div>
      ) : (
        <OutlineBlocks blocks={section.blocks} t={t} level={3} />
      )}
    </section>
  );
}

export function OutlineBlocks({
  blocks,
  t,
  level = 3,
}: {
  blocks: readonly Block[];
  t: Translate;
  /** Level of the headings at this depth. */
  level?: Level;
}): ReactNode {
  const labels = chartLabelsFrom((key) => t(`chart.${key}`));
  return blocks.map((block, index) => <BlockView key={index} block={block} t={t} level={level} labels={labels} />);
}

function BlockView({
  block,
  t,
  level,
  labels,
}: {
  block: Block;
  t: Translate;
  level: Level;
  labels: TriangleChartLabels;
}): ReactNode {
  const r = (text: Text) => resolveText(text, t);
  switch (block.type) {
    case "heading": {
      const H = HEADING[level];
      return <H className="font-semibold">{r(block.text)}</H>;
    }
    case "paragraph":
      return (
        <p
          data-testid={block.testId}
          className={
            block.tone === "muted"
              ? "whitespace-pre-line text-stone-700"
              : block.tone === "strong"
                ? "whitespace-pre-line font-semibold"
                : block.tone === "quote"
                  ? "whitespace-pre-line border-l-2 border-stone-300 pl-3"
                  : "whitespace-pre-line"
          }
        >
          {r(block.text)}
        </p>
      );
    case "list":
      return (
        <ul className="list-disc pl-6 break-words" data-testid={block.testId}>
          {block.items.map((item, index) => (
            <li key={index}>{r(item)}</li>
          ))}
        </ul>
      );
    case "callout": {
      const H = HEADING[level];
      return (
        <div className="rounded-lg border-2 border-brand-700 bg-brand-50 p-4" data-testid={block.testId}>
          <H className="text-xl font-bold">{r(block.title)}</H>
          <ul className="mt-2 list-disc pl-6">
            {block.items.map((item, index) => (
              <li key={index}>{r(item)}</li>
            ))}
          </ul>
        </div>
      );
    }
    case "table":
      return (
        // A wide table scrolls in a named, keyboard-reachable region (axe scrollable-region-focusable).
        <ScrollRegion label={r(block.caption)}>
          <table className="w-full border-collapse text-left" data-testid={block.testId}>
            <caption className="sr-only">{r(block.caption)}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                {block.columns.map((column, index) => (
                  <th
                    key={index}
                    scope="col"
                    className={
                      index === 0
                        ? "py-2 pr-4"
                        : block.rows[0]?.cells[index - 1]?.numeric
                          ? "px-3 py-2 text-right"
                          : "px-3 py-2"
                    }
                  >
                    {r(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index} className="border-b border-stone-300">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {r(row.header)}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td
                      key={i}
                      className={`px-3 py-2 ${cell.numeric ? "text-right" : ""} ${cell.verdict ? VERDICT_CLASS[cell.verdict] : ""}`}
                    >
                      {r(cell.text)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      );
    case "chart":
      return (
        <TriangleChart
          id={block.id}
          series={block.series.map((s) => ({ ...s, label: r(s.label) }))}
          labels={labels}
          title={r(block.title)}
          includeTable={block.withTable}
          tableClassName={`mt-4 ${DATA_TABLE_CLASS}`}
        />
      );
    case "piste":
      return <PisteCard piste={block.piste} t={t} level={level} />;
    case "subsection": {
      const H = HEADING[level];
      return (
        <div
          className={block.boxed ? "flex flex-col gap-2 rounded-md border border-stone-300 p-4" : "flex flex-col gap-2"}
          data-testid={block.testId}
        >
          <H className={level <= 3 ? "text-xl font-bold" : "font-semibold"}>{r(block.title)}</H>
          <OutlineBlocks blocks={block.blocks} t={t} level={next(level)} />
        </div>
      );
    }
  }
}

export function PisteCard({ piste, t, level }: { piste: PisteOutline; t: Translate; level: Level }) {
  const r = (text: Text) => resolveText(text, t);
  const H = HEADING[level];
  return (
    <div className="rounded-md border border-stone-300 p-4" data-testid="piste">
      <div className="flex flex-wrap items-center gap-2">
        {piste.tags.map((tag, index) => (
          <span
            key={index}
            className={`inline-block rounded border-2 px-2 py-0.5 text-sm font-semibold ${
              index === 0 ? TAG[piste.orientation] : "border-double border-amber-800 bg-amber-50 text-amber-950"
            }`}
          >
            {r(tag)}
          </span>
        ))}
      </div>
      <H className="mt-2 text-lg font-bold break-words">
        {piste.number}. {piste.title}
      </H>
      {piste.description ? <p className="whitespace-pre-line">{piste.description}</p> : null}
      <p className="text-sm text-stone-700">{r(piste.supportedBy)}</p>
      {piste.arbitrageNote ? <p className="mt-1">{r(piste.arbitrageNote)}</p> : null}
      {piste.answer === null ? (
        <p className="mt-2 italic text-stone-700">{t("report.answers.none")}</p>
      ) : piste.answer ? (
        <div className="mt-3 border-l-4 border-brand-700 pl-3" data-testid="ca-answer">
          <p className="font-semibold">{r(piste.answer.decision)}</p>
          {piste.answer.lines.map((line, index) => (
            <p key={index} className="whitespace-pre-line">
              {r(line)}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
