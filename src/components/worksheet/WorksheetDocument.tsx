/**
 * The printable worksheet for a paper atelier (people without a device, or a
 * group that prefers paper): the three steps with their questions, a triangle
 * to mark and token boxes to tick for each position, so the facilitator can
 * type the answers in afterwards exactly as the app would have stored them.
 *
 * Drawn with @react-pdf's own primitives and the same geometry as the web
 * chart (src/domain/triangle-geometry.ts). Only the PDF standard font
 * (Helvetica, WinAnsi encoding, which covers French accents and « »), since
 * no font can be downloaded where the app runs. Every string comes from
 * `texts`, so this component has no translation dependency.
 */
import { Document, G, Line, Page, Polygon, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { MANDATES, type Mandate } from "@/domain/mandates";
import { cornerLabelAnchors, gridLines, triangleLayout } from "@/domain/triangle-geometry";
import { PDF_COLORS, PdfFrame } from "@/components/pdf/blocks";

export interface WorksheetStepTexts {
  title: string;
  question: string;
  why: string;
  examples: string;
}

export interface WorksheetTexts {
  /** The BCP 47 tag of the language the sheet is printed in ("fr-CA" when left out). */
  language?: string;
  documentTitle: string;
  header: string;
  title: string;
  demarche: string;
  group: string;
  nameLine: string;
  dateLine: string;
  howTitle: string;
  how: string[];
  mandatesTitle: string;
  mandates: Record<Mandate, { name: string; description: string }>;
  current: WorksheetStepTexts;
  desired: WorksheetStepTexts;
  step3Title: string;
  gapQuestion: string;
  hinder: string;
  support: string;
  triangleTitle: string;
  triangleHelp: string;
  tokensTitle: string;
  tokensHelp: string;
  tokensCount: string;
  tokensTotal: string;
  confidential: string;
  /** "Page {page} de {total}" */
  pageOf: string;
}

// Hyphenation (whole French words), the page frame and the ink colour come
// from the PDF building blocks the CA report also uses.
const INK = PDF_COLORS.ink;
const GREY = "#8A8A8A";
const LIGHT = "#D0D0D0";
const BRAND = "#175645";

const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 56, paddingHorizontal: 44, fontFamily: "Helvetica", fontSize: 11, color: INK },
  header: { fontSize: 9, color: "#555555", marginBottom: 10 },
  title: { fontFamily: "Helvetica-Bold", fontSize: 22, color: BRAND, marginBottom: 6 },
  stepTitle: { fontFamily: "Helvetica-Bold", fontSize: 18, color: BRAND, marginBottom: 4 },
  h2: { fontFamily: "Helvetica-Bold", fontSize: 13, marginTop: 14, marginBottom: 6 },
  paragraph: { marginBottom: 4 },
  question: { fontSize: 13, marginBottom: 10 },
  label: { fontFamily: "Helvetica-Bold", fontSize: 11, marginTop: 10, marginBottom: 2 },
  writeLine: { borderBottomWidth: 0.75, borderBottomColor: GREY, height: 22 },
  fillIn: { flexDirection: "row", alignItems: "flex-end", marginTop: 8 },
  fillInLabel: { marginRight: 6 },
  fillInLine: { flexGrow: 1, borderBottomWidth: 0.75, borderBottomColor: GREY, height: 16 },
  mandate: { marginBottom: 6 },
  mandateName: { fontFamily: "Helvetica-Bold" },
  row: { flexDirection: "row", gap: 16 },
  tokens: { flexGrow: 1, flexBasis: 0 },
  tokenRow: { marginBottom: 10 },
  boxes: { flexDirection: "row", gap: 3, marginTop: 3, alignItems: "center" },
  box: { width: 15, height: 15, borderWidth: 1.2, borderColor: INK },
  count: { marginLeft: 6, fontSize: 10 },
  small: { fontSize: 9, color: "#444444" },
  bullet: { flexDirection: "row", marginBottom: 3 },
  bulletMark: { width: 14 },
  bulletText: { flex: 1 },
});

function WriteLines({ count }: { count: number }): ReactNode {
  return (
    <View>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} style={styles.writeLine} />
      ))}
    </View>
  );
}

const TRIANGLE_WIDTH = 300;
const LABEL_SIZE = 9.5;

/** The triangle to mark with an X: edges, a 10 % grid (the middle lines darker) and the mandates at the corners. */
function TriangleToMark({ names }: { names: Record<Mandate, string> }): ReactNode {
  const layout = triangleLayout(TRIANGLE_WIDTH, { top: 22, bottom: 22, left: 6, right: 6 });
  const corners = layout.corners;
  const points = [corners.expertise, corners.representation, corners.participation]
    .map((p) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`)
    .join(" ");
  return (
    <Svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`}>
      <G>
        {gridLines(layout, 10).map((line) => (
          <Line
            key={`${line.mandate}-${line.value}`}
            x1={line.from.x}
            y1={line.from.y}
            x2={line.to.x}
            y2={line.to.y}
            stroke={Math.abs(line.value - 0.5) < 1e-9 ? GREY : LIGHT}
            strokeWidth={Math.abs(line.value - 0.5) < 1e-9 ? 0.9 : 0.5}
          />
        ))}
      </G>
      <Polygon points={points} fill="none" stroke={INK} strokeWidth={1.5} />
      {cornerLabelAnchors(layout, 8).map((anchor) => (
        <Text
          key={anchor.mandate}
          x={anchor.x}
          y={anchor.side === "above" ? anchor.y : anchor.y + LABEL_SIZE}
          textAnchor={anchor.align}
          fill={INK}
          style={{ fontSize: LABEL_SIZE, fontFamily: "Helvetica-Bold" }}
        >
          {names[anchor.mandate]}
        </Text>
      ))}
    </Svg>
  );
}

function TokenBoxes({ texts }: { texts: WorksheetTexts }): ReactNode {
  return (
    <View style={styles.tokens}>
      <Text style={styles.label}>{texts.tokensTitle}</Text>
      <Text style={[styles.small, { marginBottom: 8 }]}>{texts.tokensHelp}</Text>
      {MANDATES.map((mandate) => (
        <View key={mandate} style={styles.tokenRow} wrap={false}>
          <Text style={styles.mandateName}>{texts.mandates[mandate].name}</Text>
          <View style={styles.boxes}>
            {Array.from({ length: 10 }, (_, i) => (
              <View key={i} style={styles.box} />
            ))}
            <Text style={styles.count}>{texts.tokensCount}</Text>
          </View>
        </View>
      ))}
      <Text style={{ fontFamily: "Helvetica-Bold", marginTop: 2 }}>{texts.tokensTotal}</Text>
    </View>
  );
}

function StepPage({
  texts,
  step,
  names,
}: {
  texts: WorksheetTexts;
  step: WorksheetStepTexts;
  names: Record<Mandate, string>;
}): ReactNode {
  return (
    <Page size="LETTER" style={styles.page}>
      <Text style={styles.header}>{texts.header}</Text>
      <Text style={styles.stepTitle}>{step.title}</Text>
      <Text style={styles.question}>{step.question}</Text>
      <View style={styles.row} wrap={false}>
        <View>
          <Text style={styles.label}>{texts.triangleTitle}</Text>
          <Text style={[styles.small, { marginBottom: 6, maxWidth: TRIANGLE_WIDTH }]}>{texts.triangleHelp}</Text>
          <TriangleToMark names={names} />
        </View>
        <TokenBoxes texts={texts} />
      </View>
      <Text style={styles.label}>{step.why}</Text>
      <WriteLines count={5} />
      <Text style={styles.label}>{step.examples}</Text>
      <WriteLines count={5} />
      <Footer texts={texts} />
    </Page>
  );
}

function Footer({ texts }: { texts: WorksheetTexts }): ReactNode {
  return (
    <PdfFrame
      inset={44}
      footer={texts.confidential}
      pageNumber={(page, total) => texts.pageOf.replace("{page}", String(page)).replace("{total}", String(total))}
    />
  );
}

export function WorksheetDocument({ texts }: { texts: WorksheetTexts }): ReactNode {
  const names = Object.fromEntries(MANDATES.map((m) => [m, texts.mandates[m].name])) as Record<Mandate, string>;
  return (
    <Document title={texts.documentTitle} language={texts.language ?? "fr-CA"} author="Regards croisés">
      <Page size="LETTER" style={styles.page}>
        <Text style={styles.header}>{texts.header}</Text>
        <Text style={styles.title}>{texts.title}</Text>
        <Text style={styles.paragraph}>{texts.demarche}</Text>
        <Text style={styles.paragraph}>{texts.group}</Text>
        <View style={styles.fillIn}>
          <Text style={styles.fillInLabel}>{texts.nameLine}</Text>
          <View style={styles.fillInLine} />
        </View>
        <View style={styles.fillIn}>
          <Text style={styles.fillInLabel}>{texts.dateLine}</Text>
          <View style={styles.fillInLine} />
        </View>
        <Text style={styles.h2}>{texts.howTitle}</Text>
        {texts.how.map((line, index) => (
          <View key={index} style={styles.bullet}>
            <Text style={styles.bulletMark}>{`${index + 1}.`}</Text>
            <Text style={styles.bulletText}>{line}</Text>
          </View>
        ))}
        <Text style={styles.h2}>{texts.mandatesTitle}</Text>
        {MANDATES.map((mandate) => (
          <View key={mandate} style={styles.mandate} wrap={false}>
            <Text style={styles.mandateName}>{texts.mandates[mandate].name}</Text>
            <Text style={styles.paragraph}>{texts.mandates[mandate].description}</Text>
          </View>
        ))}
        <Footer texts={texts} />
      </Page>
      <StepPage texts={texts} step={texts.current} names={names} />
      <StepPage texts={texts} step={texts.desired} names={names} />
      <Page size="LETTER" style={styles.page}>
        <Text style={styles.header}>{texts.header}</Text>
        <Text style={styles.stepTitle}>{texts.step3Title}</Text>
        {/* No lines to write on: the facilitator's entry form has no field for it (the gap is computed). */}
        <Text style={styles.question}>{texts.gapQuestion}</Text>
        <Text style={styles.label}>{texts.hinder}</Text>
        <WriteLines count={9} />
        <Text style={styles.label}>{texts.support}</Text>
        <WriteLines count={9} />
        <Footer texts={texts} />
      </Page>
    </Document>
  );
}
