import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { createElement } from "react";
import { InvitationDocument, type InvitationTexts } from "@/components/invitation/InvitationDocument";
import { instantText } from "@/components/report/format";
import { LANGUAGE_TAG } from "@/i18n/locales";
import { translator } from "@/i18n/translator";
import { TIME_ZONE } from "@/lib/local-time";
import { getViewer } from "@/server/auth/current-viewer";
import { isAppError } from "@/server/errors";
import { getInvitationSheet } from "@/server/invitations/get-invitation-sheet";

const meetingDate = (tag: string) =>
  new Intl.DateTimeFormat(tag, {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
    timeZone: TIME_ZONE,
  });

/** French writes the first day of a month « 1er » (Intl gives « jeudi 1 octobre »); English does not. */
const firstOfMonth = (text: string, locale: string) => (locale === "fr" ? text.replace(/^(\S+ )1 /, "$11er ") : text);

const noStore = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/** The group's invitation sheet as a PDF, in the démarche's output language (decision 024): the same sheet as the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ demarcheId: string; groupId: string }> }) {
  const { demarcheId, groupId } = await params;
  let sheet;
  try {
    sheet = await getInvitationSheet(await getViewer(), groupId);
  } catch (error) {
    if (isAppError(error)) {
      return noStore(error.code === "UNAUTHENTICATED" ? 401 : error.code === "FORBIDDEN" ? 403 : 404);
    }
    throw error;
  }
  // The group must belong to the démarche in the address; without a valid invitation there is nothing to print.
  if (sheet.demarche.id !== demarcheId || sheet.access === null) return noStore(404);

  const t = translator("invitationSheet", sheet.locale);
  const tag = LANGUAGE_TAG[sheet.locale];
  const dateOfMeeting = meetingDate(tag);
  const { access } = sheet;
  const texts: InvitationTexts = {
    language: tag,
    documentTitle: `${t("heading")} — ${sheet.group.label}`,
    organisation: sheet.demarche.organisationName,
    heading: t("heading"),
    greeting: t("greeting", { demarche: sheet.demarche.name, group: sheet.group.label }),
    about: t("about"),
    voluntary: t("voluntary"),
    meetingsTitle: t("meetingsTitle"),
    dates: t("dates", {
      start: instantText(sheet.demarche.startDate, tag),
      end: instantText(sheet.demarche.endDate, tag),
    }),
    meetings: sheet.meetings.map(
      (m) =>
        `${firstOfMonth(dateOfMeeting.format(m.startsAt), sheet.locale)} — ${m.title}${m.place ? ` (${m.place})` : ""}`,
    ),
    howTitle: t("howTitle"),
    scan: t("scan"),
    orLink: t("orLink"),
    link: access.link,
    orCode: t("orCode", { site: access.site }),
    code: access.code,
    noEmail: t("noEmail"),
    validUntil: t("validUntil", { date: instantText(access.expiresAt, tag) }),
    questions: t("questions", { name: sheet.facilitatorName }),
    footer: `${sheet.demarche.organisationName} — ${sheet.demarche.name}`,
    // The page numbers are filled in while the PDF is laid out.
    pageOf: translator("worksheet", sheet.locale)("pageOf", { page: "{page}", total: "{total}" }),
  };
  const { modules } = QRCode.create(access.link, { errorCorrectionLevel: "M" });
  const qr = { size: modules.size, dark: (row: number, column: number) => Boolean(modules.get(row, column)) };
  const pdf = await renderToBuffer(createElement(InvitationDocument, { texts, qr }) as never);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'inline; filename="invitation.pdf"',
      "Cache-Control": "no-store",
    },
  });
}
