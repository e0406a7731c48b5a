import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { InterSide } from "@/domain/inter-organisations";
import type { Locale } from "@/i18n/locales";
import { BilanDocument } from "@/components/inter/BilanDocument";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { fileSlug } from "@/server/exports/file-names";
import { getInterDemarche } from "@/server/inter/get-inter-demarche";

/**
 * One organisation's copy of the bilan des apprentissages as a PDF, for the
 * démarche's facilitators (authorised in getInterDemarche); audited. Printed
 * in the démarche's output language unless another is asked (decision 024).
 */
export async function getBilanPdf(viewer: Viewer, demarcheId: string, side: InterSide, asked?: Locale) {
  const inter = await getInterDemarche(viewer, demarcheId);
  const locale = asked ?? inter.outputLocale;
  const element = createElement(BilanDocument, {
    model: inter,
    side,
    locale,
    subject: inter.name,
  }) as unknown as Parameters<typeof renderToBuffer>[0];
  const pdf = await renderToBuffer(element);
  await recordAudit(
    viewer,
    {
      demarcheId,
      action: "inter.bilan.read",
      entityType: "Demarche",
      entityId: demarcheId,
      detail: { side, format: "pdf", locale },
    },
    db,
  );
  const organisation = inter.organisations.find((o) => o.side === side)?.name ?? side;
  return { pdf, fileName: `bilan-${fileSlug(organisation)}.pdf` };
}
