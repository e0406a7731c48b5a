import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { MANDATES } from "@/domain/mandates";
import { LANGUAGE_TAG } from "@/i18n/locales";
import { translator } from "@/i18n/translator";
import { WorksheetDocument, type WorksheetTexts } from "@/components/worksheet/WorksheetDocument";
import { getViewer } from "@/server/auth/current-viewer";
import { isAppError } from "@/server/errors";
import { getWorksheetData } from "@/server/workshops/get-worksheet-data";

/** The printable worksheet (PDF, in the démarche's output language, decision 024) for a paper atelier; `?groupe=<id>` prints the group's name on it. */
export async function GET(request: Request, { params }: { params: Promise<{ demarcheId: string }> }) {
  const { demarcheId } = await params;
  const groupId = new URL(request.url).searchParams.get("groupe");
  let data;
  try {
    data = await getWorksheetData(await getViewer(), demarcheId, groupId);
  } catch (error) {
    if (isAppError(error)) {
      const status = error.code === "UNAUTHENTICATED" ? 401 : error.code === "FORBIDDEN" ? 403 : 404;
      return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
    }
    throw error;
  }

  const t = translator("worksheet", data.locale);
  const tChart = translator("chart", data.locale);
  const step = (key: "current" | "desired") => ({
    title: t(`${key}.title`),
    question: t(`${key}.question`),
    why: t(`${key}.why`),
    examples: t(`${key}.examples`),
  });
  const texts: WorksheetTexts = {
    language: LANGUAGE_TAG[data.locale],
    documentTitle: t("documentTitle"),
    header: t("header", { demarche: data.demarcheName }),
    title: t("title"),
    demarche: t("demarche", { demarche: data.demarcheName, organisation: data.organisationName }),
    group: data.groupLabel ? t("group", { group: data.groupLabel }) : t("groupBlank"),
    nameLine: t("nameLine"),
    dateLine: t("dateLine"),
    howTitle: t("howTitle"),
    how: [t("how1"), t("how2"), t("how3"), t("how4")],
    mandatesTitle: t("mandatesTitle"),
    mandates: Object.fromEntries(
      MANDATES.map((m) => [m, { name: tChart(`mandates.${m}`), description: data.mandateTexts[m] }]),
    ) as WorksheetTexts["mandates"],
    current: step("current"),
    desired: step("desired"),
    step3Title: t("step3Title"),
    gapQuestion: t("gapQuestion"),
    hinder: t("hinder"),
    support: t("support"),
    triangleTitle: t("triangleTitle"),
    triangleHelp: t("triangleHelp"),
    tokensTitle: t("tokensTitle"),
    tokensHelp: t("tokensHelp"),
    tokensCount: t("tokensCount"),
    tokensTotal: t("tokensTotal"),
    confidential: t("confidential"),
    // The page numbers are filled in while the PDF is laid out.
    pageOf: t("pageOf", { page: "{page}", total: "{total}" }),
  };
  const pdf = await renderToBuffer(createElement(WorksheetDocument, { texts }) as never);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'inline; filename="fiche-atelier.pdf"',
      "Cache-Control": "no-store",
    },
  });
}
