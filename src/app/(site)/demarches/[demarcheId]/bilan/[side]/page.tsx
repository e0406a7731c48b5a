import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { reportOutput } from "@/app/_lib/report-output";
import { OutlineDocumentView } from "@/components/report/outline/OutlineDocumentView";
import { PrintButton } from "@/components/ui/print-button";
import { bilanOutline } from "@/domain/inter-bilan-outline";
import { INTER_SIDES, otherSide, type InterSide } from "@/domain/inter-organisations";
import { isOneOf } from "@/domain/vocabulary";
import { LANGUAGE_TAG, otherLocale } from "@/i18n/locales";
import { getDemarcheHeader } from "@/server/demarches/get-demarche-header";
import { getInterDemarche } from "@/server/inter/get-inter-demarche";
import { pageMetadata } from "@/app/_lib/page-metadata";

export const generateMetadata = pageMetadata("interBilan");

/**
 * One organisation's copy of the « bilan des apprentissages » of an
 * inter-organismes démarche (decision 023): the outline its PDF also walks
 * (src/domain/inter-bilan-outline.ts), in the démarche's output language
 * (decision 024); the buttons around it stay in the reader's. Printable.
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
  const output = await reportOutput(inter.outputLocale);
  const other = otherLocale(inter.outputLocale);
  const outline = bilanOutline(inter, side);
  const orgName = (s: InterSide) => inter.organisations.find((o) => o.side === s)?.name ?? "";
  const pdf = `/demarches/${demarcheId}/bilan/${side}/pdf`;

  return (
    <div className="mx-auto max-w-4xl">
      <OutlineDocumentView
        outline={outline}
        t={output.t}
        lang={output.lang}
        readerLang={output.readerLang}
        testId="bilan"
        actions={
          <div className="flex flex-wrap items-center gap-4">
            <PrintButton label={t("print")} />
            <a href={pdf} className="font-semibold text-brand-800 underline" download>
              {t("pdf")}
            </a>
            <a
              href={`${pdf}?lang=${other}`}
              hrefLang={LANGUAGE_TAG[other]}
              className="font-semibold text-brand-800 underline"
              download
            >
              {t("pdfOther", { language: other })}
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
        }
      />
    </div>
  );
}
