import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LANGUAGE_TAG } from "@/i18n/locales";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { getInvitationSheet } from "@/server/invitations/get-invitation-sheet";

export const generateMetadata = pageMetadata("invitationSheet");

/**
 * One printed page per group, for the launch meeting or a notice board: what
 * the démarche is, its dates, and three ways to join (QR code, link, code).
 */
export default async function InvitationSheetPage({
  params,
}: {
  params: Promise<{ demarcheId: string; groupId: string }>;
}) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId, groupId } = await params;
  const sheet = await orNotFound(getInvitationSheet(viewer, groupId));
  // The group must belong to the démarche in the address (the server function already checked who may read it).
  if (sheet.demarche.id !== demarcheId) notFound();
  // The buttons around the sheet speak the reader's language; the sheet itself
  // is printed in the démarche's output language (decision 024).
  const ui = await getTranslations("invitationSheet");
  const t = await getTranslations({ locale: sheet.locale, namespace: "invitationSheet" });
  const format = await getFormatter({ locale: sheet.locale });
  const longDate = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const groupsHref = `/demarches/${sheet.demarche.id}/groupes`;

  return (
    <div className="flex flex-col gap-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        {sheet.access ? <PrintButton label={ui("print")} /> : null}
        {sheet.access ? (
          // A route handler's file, not a page: a plain link downloads it.
          <a
            href={`/demarches/${sheet.demarche.id}/groupes/${sheet.group.id}/invitation/pdf`}
            className={buttonClasses("secondary")}
          >
            {ui("pdf")}
          </a>
        ) : null}
        <Link href={groupsHref} className={buttonClasses("secondary")}>
          {ui("back")}
        </Link>
        {sheet.access ? <p className="text-sm text-stone-700">{ui("printHint")}</p> : null}
      </div>

      {sheet.access ? (
        <article
          className="invitation-sheet mx-auto flex w-full max-w-[48rem] flex-col gap-5 rounded-lg border border-stone-300 bg-white p-8 print:max-w-none print:gap-3 print:rounded-none print:border-0 print:p-0 print:text-[11pt]"
          aria-labelledby="sheet-title"
          lang={LANGUAGE_TAG[sheet.locale]}
          data-testid="invitation-sheet"
        >
          <header className="flex flex-col gap-1 border-b-2 border-brand-700 pb-3">
            <p className="text-lg font-semibold text-stone-700">{sheet.demarche.organisationName}</p>
            <h1 id="sheet-title" className="text-3xl font-bold text-brand-800 print:text-[20pt]">
              {t("heading")}
            </h1>
          </header>

          <p className="text-xl print:text-[13pt]">
            {t("greeting", {
              demarche: sheet.demarche.name,
              group: sheet.group.label,
            })}
          </p>
          <p>{t("about")}</p>
          <p>{t("voluntary")}</p>

          <section aria-labelledby="sheet-dates" className="flex flex-col gap-2">
            <h2 id="sheet-dates" className="text-lg font-bold">
              {t("meetingsTitle")}
            </h2>
            <p>{t("dates", { start: longDate(sheet.demarche.startDate), end: longDate(sheet.demarche.endDate) })}</p>
            {sheet.meetings.length ? (
              <ul className="flex flex-col gap-1">
                {sheet.meetings.map((m) => (
                  <li key={m.id}>
                    <span className="font-semibold">
                      {format.dateTime(m.startsAt, {
                        weekday: "long",
                        day: "numeric",
                        month: "long",
                        hour: "numeric",
                        minute: "2-digit",
                      })}
                    </span>{" "}
                    — {m.title}
                    {m.place ? <span className="text-stone-700"> ({m.place})</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>

          <section
            aria-labelledby="sheet-how"
            className="flex break-inside-avoid flex-col gap-4 rounded-lg border-2 border-dashed border-brand-700 p-5 sm:flex-row sm:items-center print:flex-row print:items-center print:p-4"
          >
            <div className="flex shrink-0 flex-col items-center gap-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL; next/image adds nothing here */}
              <img
                src={`data:image/svg+xml;base64,${Buffer.from(sheet.access.qrSvg).toString("base64")}`}
                alt={t("qrAlt", { group: sheet.group.label })}
                width={176}
                height={176}
                className="size-44 print:size-40"
                data-testid="invitation-qr"
              />
            </div>
            <div className="flex min-w-0 flex-col gap-3">
              <h2 id="sheet-how" className="text-xl font-bold">
                {t("howTitle")}
              </h2>
              <p>{t("scan")}</p>
              <p>
                {t("orLink")}
                <br />
                <span className="break-all font-mono text-sm" data-testid="invitation-link">
                  {sheet.access.link}
                </span>
              </p>
              <p>{t("orCode", { site: sheet.access.site })}</p>
              <p
                className="w-fit rounded-md bg-brand-50 px-4 py-2 font-mono text-5xl font-bold tracking-[0.2em] text-brand-800 print:px-0 print:py-0 print:text-[30pt]"
                data-testid="invitation-code"
              >
                {sheet.access.code}
              </p>
            </div>
          </section>

          <footer className="flex flex-col gap-1 text-base">
            <p>{t("noEmail")}</p>
            <p className="font-semibold">{t("validUntil", { date: longDate(sheet.access.expiresAt) })}</p>
            <p>{t("questions", { name: sheet.facilitatorName })}</p>
          </footer>
        </article>
      ) : (
        <Alert tone="warning">{ui("noAccess")}</Alert>
      )}
    </div>
  );
}
