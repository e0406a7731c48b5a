/**
 * The PDF building blocks shared by the documents the app prints (the CA
 * report, the paper worksheet): page frame, headings, paragraphs, bullets,
 * colours. Standard fonts only (see pdf-text.ts).
 */
import { Font, Text, View } from "@react-pdf/renderer";
import { pdfText } from "./pdf-text";

// react-pdf hyphenates with English rules; French words are better kept whole.
Font.registerHyphenationCallback((word) => [word]);

export const PDF_COLORS = { ink: "#1A1A1A", brand: "#14532D", muted: "#4B4B4B", rule: "#AAAAAA" } as const;

const band = {
  position: "absolute",
  left: 54,
  right: 54,
  flexDirection: "row",
  justifyContent: "space-between",
  fontSize: 8,
  color: PDF_COLORS.muted,
  borderColor: PDF_COLORS.rule,
} as const;

export const pdfStyles = {
  page: {
    paddingTop: 56,
    paddingBottom: 56,
    paddingHorizontal: 54,
    fontFamily: "Helvetica",
    fontSize: 10.5,
    color: PDF_COLORS.ink,
  },
  header: { ...band, top: 24, borderBottomWidth: 0.5, paddingBottom: 4 },
  footer: { ...band, bottom: 24, borderTopWidth: 0.5, paddingTop: 4 },
  // No lineHeight anywhere: in react-pdf 4.9 a unitless line height spaces
  // lines far more than asked, and on the page it hides the page-number
  // footer. The default (about 1.15) reads well at this size.
  h1: { fontFamily: "Helvetica-Bold", fontSize: 22, color: PDF_COLORS.brand, marginBottom: 8 },
  h2: { fontFamily: "Helvetica-Bold", fontSize: 15, color: PDF_COLORS.brand, marginTop: 16, marginBottom: 6 },
  h3: { fontFamily: "Helvetica-Bold", fontSize: 12, marginTop: 10, marginBottom: 3 },
  h4: { fontFamily: "Helvetica-Bold", fontSize: 10.5, marginTop: 5, marginBottom: 1 },
  p: { marginBottom: 6 },
  muted: { color: PDF_COLORS.muted },
  bullet: { flexDirection: "row", marginBottom: 3 },
  box: {
    borderWidth: 1.5,
    borderColor: PDF_COLORS.brand,
    backgroundColor: "#F0FDF4",
    padding: 10,
    marginVertical: 8,
  },
  card: { borderWidth: 0.75, borderColor: "#999999", padding: 8, marginBottom: 8 },
  tag: { fontFamily: "Helvetica-Bold", fontSize: 9 },
} as const;

/** The fixed header (if any) and footer of every page, with « Page n de N ». */
export function PdfFrame({
  header,
  footer,
  pageNumber,
  inset = 54,
}: {
  header?: string;
  footer: string;
  pageNumber: (page: number, total: number) => string;
  /** The page's horizontal padding, which the bands line up with. */
  inset?: number;
}) {
  const sides = { left: inset, right: inset };
  return (
    <>
      {header === undefined ? null : (
        <View style={{ ...pdfStyles.header, ...sides }} fixed>
          <Text>{pdfText(header)}</Text>
        </View>
      )}
      <View style={{ ...pdfStyles.footer, ...sides }} fixed>
        <Text>{pdfText(footer)}</Text>
        <Text render={({ pageNumber: page, totalPages }) => pdfText(pageNumber(page, totalPages))} />
      </View>
    </>
  );
}

export function P({ children, style }: { children: string; style?: object }) {
  return <Text style={{ ...pdfStyles.p, ...style }}>{pdfText(children)}</Text>;
}

export function Bullet({ children }: { children: string }) {
  return (
    <View style={pdfStyles.bullet} wrap={false}>
      <Text style={{ width: 12 }}>•</Text>
      <Text style={{ flex: 1 }}>{pdfText(children)}</Text>
    </View>
  );
}

/** Headings that never end a page on their own. */
export function H2({ children }: { children: string }) {
  return (
    <Text style={pdfStyles.h2} minPresenceAhead={60}>
      {pdfText(children)}
    </Text>
  );
}

export function H3({ children }: { children: string }) {
  return (
    <Text style={pdfStyles.h3} minPresenceAhead={90}>
      {pdfText(children)}
    </Text>
  );
}

export function H4({ children }: { children: string }) {
  return (
    <Text style={pdfStyles.h4} minPresenceAhead={60}>
      {pdfText(children)}
    </Text>
  );
}
