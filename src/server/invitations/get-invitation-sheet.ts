import "server-only";
import QRCode from "qrcode";
import { formatShortCode } from "@/domain/short-code";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { baseUrl } from "@/lib/instance";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireGroupOfFacilitator } from "@/server/demarches/demarche-access";
import { invitationLink } from "@/server/invitations/invitation-link";
import { unseal } from "@/server/secrets";

/**
 * What the printed invitation sheet of a group shows: the démarche, its
 * dates and the meetings this group attends, the link, a QR code of the
 * link, and the short code to type. Only the démarche's facilitators see it.
 */
export async function getInvitationSheet(viewer: Viewer, groupId: string, now: Date = new Date()) {
  const { group, demarche, facilitator } = await requireGroupOfFacilitator(viewer, groupId, db, { open: false });
  const [details, invitation, meetings] = await Promise.all([
    db.demarche.findUniqueOrThrow({
      where: { id: demarche.id },
      select: { outputLocale: true, organisation: { select: { name: true } } },
    }),
    db.invitation.findFirst({
      where: { groupId: group.id, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, tokenSealed: true, codeSealed: true, expiresAt: true },
    }),
    db.meeting.findMany({
      where: { demarcheId: demarche.id, startsAt: { not: null }, OR: [{ groupId: null }, { groupId: group.id }] },
      orderBy: [{ startsAt: "asc" }],
      select: { id: true, title: true, startsAt: true, place: true },
    }),
  ]);

  let access: { link: string; site: string; code: string; qrSvg: string; expiresAt: Date } | null = null;
  if (invitation && invitation.expiresAt > now) {
    const link = invitationLink(unseal(invitation.tokenSealed));
    access = {
      link,
      // Where to type the code: the home page of this instance, written as people would type it.
      site: baseUrl().host,
      code: formatShortCode(unseal(invitation.codeSealed)),
      // An SVG drawn here prints sharply at any size and needs no script in the page.
      qrSvg: await QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 0 }),
      expiresAt: invitation.expiresAt,
    };
  }

  return {
    demarche: {
      id: demarche.id,
      name: demarche.name,
      organisationName: details.organisation.name,
      startDate: demarche.startDate,
      endDate: demarche.endDate,
      phase: demarche.phase,
    },
    /** The sheet is printed in the démarche's output language (decision 024); the page around it is not. */
    locale: isLocale(details.outputLocale) ? details.outputLocale : DEFAULT_LOCALE,
    group: { id: group.id, label: group.label, kind: group.kind },
    /** Who to ask: the facilitator printing the sheet. */
    facilitatorName: facilitator.name,
    access,
    meetings: meetings.map((m) => ({ id: m.id, title: m.title, startsAt: m.startsAt!, place: m.place })),
  };
}
