/**
 * The PDF renderer of outline sections (src/domain/report-outline.ts): the
 * CA report, the exploration summary and the inter-organismes bilan lay their
 * blocks out here, as the web page does with ../outline/OutlineBlocks.tsx.
 */
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type {
  Block,
  DocumentOutline,
  OutlineSection,
  PisteOutline,
  Text as OutlineText,
} from "@/domain/report-outline";
import { LANGUAGE_TAG, type Locale } from "@/i18n/locales";
import { translator } from "@/i18n/translator";
import type { Verdict } from "@/domain/synthesis";
import { chartLabelsFrom } from "../chart-labels";
import { resolveText, type Translate } from "../outline/resolve-text";
import { PdfTriangle } from "./PdfTriangle";
import { pdfText } from "@/components/pdf/pdf-text";
import { Bullet, H2, H3, H4, P, PDF_COLORS, pdfStyles, PdfFrame } from "@/components/pdf/blocks";

/**
 * A short document outline (the exploration summary, the bilan) as a Letter
 * PDF in `locale`: its title, the lines under it, then its sections, every
 * page framed and numbered. `header` and `footer` are outline texts too.
 */
export function PdfOutlineDocument({
  outline,
  locale,
  header,
  footer,
  subject,
}: {
  outline: DocumentOutline;
  locale: Locale;
  header?: OutlineText;
  footer: OutlineText;
  subject?: string;
}): ReactNode {
  const t = translator(undefined, locale) as unknown as Translate;
  const r = (text: OutlineText) => resolveText(text, t);
  const title = r(outline.title);
  return (
    <Document
      title={pdfText(title)}
      author="Regards croisés"
      {...(subject ? { subject: pdfText(subject) } : {})}
      language={LANGUAGE_TAG[locale]}
      creator="Regards croisés"
      producer="Regards croisés"
    >
      <Page size="LETTER" style={pdfStyles.page} wrap>
        <PdfFrame
          {...(header === undefined ? {} : { header: r(header) })}
          footer={r(footer)}
          pageNumber={(page, total) => t("report.pageNumber", { page, total })}
        />
        <View>
          {outline.subtitle === undefined ? null : (
            <Text style={{ ...pdfStyles.muted, fontSize: 11 }}>{pdfText(r(outline.subtitle))}</Text>
          )}
          <Text style={pdfStyles.h1}>{pdfText(title)}</Text>
          {outline.meta.map((line, index) => (
            <P key={index} style={index === 0 ? {} : pdfStyles.muted}>
              {r(line)}
            </P>
          ))}
          {outline.notice === undefined ? null : (
            <View style={pdfStyles.box}>
              <P style={{ fontFamily: "Helvetica-Bold" }}>{r(outline.notice)}</P>
            </View>
          )}
          {outline.sections.map((section) => (
            <PdfSection key={section.id} section={section} t={t} />
          ))}
        </View>
      </Page>
    </Document>
  );
}

/** Shade and border style of a verdict cell: the word is always there; these are second cues that survive black and white. */
const VERDICT_CELL: Record<Verdict, object> = {
  convergence: { backgroundColor: "#ECFDF5", borderLeftWidth: 3, borderColor: PDF_COLORS.ink, borderStyle: "solid" },
  nuance: { backgroundColor: "#FFFFFF", borderLeftWidth: 1, borderColor: PDF_COLORS.muted, borderStyle: "dotted" },
  divergence: { backgroundColor: "#FFFBEB", borderLeftWidth: 3, borderColor: PDF_COLORS.ink, borderStyle: "dashed" },
};

export function PdfSection({ section, t }: { section: OutlineSection; t: Translate }) {
  const title = resolveText(section.title, t);
  if (section.emphasis) {
    return (
      <View style={pdfStyles.box}>
        <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 13, marginBottom: 4 }} minPresenceAhead={40}>
          {pdfText(title)}
        </Text>
        <PdfBlocks blocks={section.blocks} t={t} depth={3} />
      </View>
    );
  }
  const [first, ...rest] = section.blocks;
  // The heading goes with a short first block, or a first part that is never split (a framed
  // subsection, a short one), so that it does not end a page alone.
  const keep =
    first !== undefined &&
    (isShort(first) || (first.type === "subsection" && (first.boxed === true || fitsOnePage(first.blocks))));
  return (
    <View break={section.newPage} wrap={!fitsOnePage(section.blocks)}>
      <View wrap={!keep}>
        <H2>{title}</H2>
        {keep ? <PdfBlock block={first} t={t} depth={3} /> : null}
      </View>
      <PdfBlocks blocks={keep ? rest : section.blocks} t={t} depth={3} />
    </View>
  );
}

/** A paragraph or a few bullets: kept on the page of the heading above it. */
function isShort(block: Block): boolean {
  if (block.type === "paragraph") return typeof block.text !== "string" || block.text.length < 600;
  return block.type === "list" && block.items.length <= 4;
}

/** A heading never ends a page alone: it goes with its next block when that one is short. */
function PdfBlocks({ blocks, t, depth }: { blocks: readonly Block[]; t: Translate; depth: 3 | 4 }): ReactNode {
  const out: ReactNode[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const next = blocks[index + 1];
    if (block.type === "heading" && next !== undefined && isShort(next)) {
      out.push(
        <View key={index} wrap={false}>
          <PdfBlock block={block} t={t} depth={depth} />
          <PdfBlock block={next} t={t} depth={depth} />
        </View>,
      );
      index++;
    } else {
      out.push(<PdfBlock key={index} block={block} t={t} depth={depth} />);
    }
  }
  return out;
}

function PdfBlock({ block, t, depth }: { block: Block; t: Translate; depth: 3 | 4 }): ReactNode {
  const r = (text: OutlineText) => resolveText(text, t);
  const Heading = depth === 3 ? H3 : H4;
  switch (block.type) {
    case "heading":
      return <H4>{r(block.text)}</H4>;
    case "paragraph":
      return (
        <P
          style={
            block.tone === "muted"
              ? { ...pdfStyles.muted, fontSize: 9.5 }
              : block.tone === "strong"
                ? { fontFamily: "Helvetica-Bold" }
                : block.tone === "quote"
                  ? { borderLeftWidth: 1, borderColor: "#AAAAAA", paddingLeft: 6 }
                  : {}
          }
        >
          {r(block.text)}
        </P>
      );
    case "list":
      return (
        <View style={{ marginBottom: 4 }}>
          {block.items.map((item, index) => (
            <Bullet key={index}>{r(item)}</Bullet>
          ))}
        </View>
      );
    case "callout":
      return (
        <View style={pdfStyles.box} wrap={false}>
          <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 12, marginBottom: 4 }}>{pdfText(r(block.title))}</Text>
          {block.items.map((item, index) => (
            <Bullet key={index}>{r(item)}</Bullet>
          ))}
        </View>
      );
    case "table":
      return <PdfTable block={block} t={t} />;
    case "chart": {
      const labels = chartLabelsFrom((key) => t(`chart.${key}`));
      return (
        <PdfTriangle
          series={block.series.map((s) => ({ ...s, label: r(s.label) }))}
          labels={labels}
          title={r(block.title)}
        />
      );
    }
    case "piste":
      return <PdfPiste piste={block.piste} t={t} />;
    case "subsection":
      return (
        <View style={block.boxed ? pdfStyles.card : {}} wrap={!block.boxed && !fitsOnePage(block.blocks)}>
          <Heading>{r(block.title)}</Heading>
          <PdfBlocks blocks={block.blocks} t={t} depth={4} />
        </View>
      );
  }
}

/** Up to this many rows, a table is never split across pages. */
const SHORT_TABLE_ROWS = 12;

/**
 * A section or subsection of a few short blocks (no chart, short tables) is kept on one
 * page with its heading: its heading and intro alone at the foot of a page,
 * and its table on the next, read as two things.
 */
function fitsOnePage(blocks: readonly Block[]): boolean {
  return (
    blocks.length <= 3 &&
    blocks.every(
      (b) => b.type !== "chart" && b.type !== "subsection" && (b.type !== "table" || b.rows.length <= SHORT_TABLE_ROWS),
    )
  );
}

function PdfTable({ block, t }: { block: Extract<Block, { type: "table" }>; t: Translate }) {
  const r = (text: OutlineText) => pdfText(resolveText(text, t));
  const cell = { paddingVertical: 3, paddingHorizontal: 4 } as const;
  const width = (numeric?: boolean) => (numeric ? { width: 90, textAlign: "right" as const } : { width: 140 });
  const first = block.rows[0]?.cells ?? [];
  // A short table stays on one page: a lone last row on a page of its own
  // reads as a different table. A long one breaks between rows.
  return (
    <View style={{ marginBottom: 6 }} wrap={block.rows.length > SHORT_TABLE_ROWS}>
      <View
        style={{
          flexDirection: "row",
          borderBottomWidth: 1,
          borderColor: PDF_COLORS.ink,
          fontFamily: "Helvetica-Bold",
        }}
      >
        {block.columns.map((column, index) => (
          <Text key={index} style={{ ...cell, ...(index === 0 ? { flex: 1 } : width(first[index - 1]?.numeric)) }}>
            {r(column)}
          </Text>
        ))}
      </View>
      {block.rows.map((row, index) => (
        <View key={index} style={{ flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#BBBBBB" }} wrap={false}>
          <Text style={{ ...cell, flex: 1 }}>{r(row.header)}</Text>
          {row.cells.map((c, i) => (
            <Text key={i} style={{ ...cell, ...width(c.numeric), ...(c.verdict ? VERDICT_CELL[c.verdict] : {}) }}>
              {r(c.text)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function PdfPiste({ piste, t }: { piste: PisteOutline; t: Translate }) {
  const r = (text: OutlineText) => pdfText(resolveText(text, t));
  const long = piste.description.length + (piste.answer?.lines.length ?? 0) * 200 > 1200;
  return (
    // Short pistes stay on one page; a very long one may break rather than overflow.
    <View
      style={{ ...pdfStyles.card, borderStyle: piste.orientation === "consolider" ? "solid" : "dashed" }}
      wrap={long}
    >
      <Text style={pdfStyles.tag}>{piste.tags.map((tag) => r(tag)).join(" · ")}</Text>
      <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 11.5, marginTop: 2 }}>
        {pdfText(`${piste.number}. ${piste.title}`)}
      </Text>
      {piste.description ? <Text style={{ marginTop: 2 }}>{pdfText(piste.description)}</Text> : null}
      <Text style={{ ...pdfStyles.muted, marginTop: 2 }}>{r(piste.supportedBy)}</Text>
      {piste.arbitrageNote ? <Text style={{ marginTop: 2 }}>{r(piste.arbitrageNote)}</Text> : null}
      {piste.answer === null ? (
        <Text style={{ marginTop: 4, fontFamily: "Helvetica-Oblique" }}>{pdfText(t("report.answers.none"))}</Text>
      ) : piste.answer ? (
        <View style={{ marginTop: 4, borderLeftWidth: 2, borderColor: PDF_COLORS.brand, paddingLeft: 6 }}>
          <Text style={{ fontFamily: "Helvetica-Bold" }}>{r(piste.answer.decision)}</Text>
          {piste.answer.lines.map((line, index) => (
            <Text key={index}>{r(line)}</Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
