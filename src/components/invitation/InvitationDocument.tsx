/**
 * The group's invitation sheet as a PDF (one page, for the launch meeting or
 * a notice board), built from the PDF building blocks the CA report and the
 * paper worksheet use (src/components/pdf/blocks.tsx): page frame, headings,
 * paragraphs, bullets, colours. The QR code is drawn as vector squares, so it
 * prints sharply at any size. Every string comes from `texts`, so this
 * component has no translation dependency.
 */
import { Document, Page, Path, Svg, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { Bullet, H2, P, PDF_COLORS, PdfFrame, pdfStyles } from "@/components/pdf/blocks";
import { pdfText } from "@/components/pdf/pdf-text";

export interface InvitationTexts {
  /** The BCP 47 tag of the language the sheet is printed in ("fr-CA" when left out). */
  language?: string;
  documentTitle: string;
  organisation: string;
  heading: string;
  greeting: string;
  about: string;
  voluntary: string;
  meetingsTitle: string;
  dates: string;
  meetings: string[];
  howTitle: string;
  scan: string;
  orLink: string;
  link: string;
  orCode: string;
  code: string;
  noEmail: string;
  validUntil: string;
  questions: string;
  footer: string;
  /** "Page {page} de {total}" */
  pageOf: string;
}

/** Dark modules of a QR code, row by row. */
export type QrModules = { size: number; dark: (row: number, column: number) => boolean };

const QR_SIZE = 150;

function QrCode({ qr }: { qr: QrModules }): ReactNode {
  let d = "";
  for (let row = 0; row < qr.size; row++) {
    for (let column = 0; column < qr.size; column++) {
      if (qr.dark(row, column)) d += `M${column} ${row}h1v1h-1z`;
    }
  }
  return (
    <Svg width={QR_SIZE} height={QR_SIZE} viewBox={`0 0 ${qr.size} ${qr.size}`}>
      <Path d={d} fill={PDF_COLORS.ink} />
    </Svg>
  );
}

export function InvitationDocument({ texts, qr }: { texts: InvitationTexts; qr: QrModules }): ReactNode {
  return (
    <Document title={pdfText(texts.documentTitle)} language={texts.language ?? "fr-CA"} author="Regards croisés">
      <Page size="LETTER" style={pdfStyles.page}>
        <PdfFrame
          footer={texts.footer}
          pageNumber={(page, total) => texts.pageOf.replace("{page}", String(page)).replace("{total}", String(total))}
        />
        <View style={{ borderBottomWidth: 2, borderColor: PDF_COLORS.brand, paddingBottom: 6, marginBottom: 10 }}>
          <P style={{ ...pdfStyles.muted, fontSize: 12, marginBottom: 2 }}>{texts.organisation}</P>
          <Text style={{ ...pdfStyles.h1, marginBottom: 0 }}>{pdfText(texts.heading)}</Text>
        </View>
        <P style={{ fontSize: 13 }}>{texts.greeting}</P>
        <P>{texts.about}</P>
        <P>{texts.voluntary}</P>
        <H2>{texts.meetingsTitle}</H2>
        <P>{texts.dates}</P>
        {texts.meetings.map((meeting, index) => (
          <Bullet key={index}>{meeting}</Bullet>
        ))}
        {/* Dashed frame: the part to cut out or point at, whatever the printer's colours. */}
        <View
          wrap={false}
          style={{
            flexDirection: "row",
            gap: 16,
            alignItems: "center",
            borderWidth: 1.5,
            borderStyle: "dashed",
            borderColor: PDF_COLORS.brand,
            padding: 12,
            marginVertical: 12,
          }}
        >
          <QrCode qr={qr} />
          <View style={{ flex: 1 }}>
            <Text style={{ ...pdfStyles.h3, marginTop: 0 }}>{pdfText(texts.howTitle)}</Text>
            <P>{texts.scan}</P>
            <P style={{ marginBottom: 0 }}>{texts.orLink}</P>
            {/* Whole words never break (blocks.tsx): the link, one long word, goes in slices. */}
            <P style={{ fontFamily: "Courier", fontSize: 9 }}>{texts.link.match(/.{1,48}/g)?.join("\n") ?? ""}</P>
            <P style={{ marginBottom: 2 }}>{texts.orCode}</P>
            <Text style={{ fontFamily: "Courier-Bold", fontSize: 26, color: PDF_COLORS.brand, letterSpacing: 3 }}>
              {pdfText(texts.code)}
            </Text>
          </View>
        </View>
        <P>{texts.noEmail}</P>
        <P style={{ fontFamily: "Helvetica-Bold" }}>{texts.validUntil}</P>
        <P>{texts.questions}</P>
      </Page>
    </Document>
  );
}
