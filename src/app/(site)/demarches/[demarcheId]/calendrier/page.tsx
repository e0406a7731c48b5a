import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  AddMeetingForm,
  EditMeetingForm,
  MeetingOrderButtons,
  RemoveMeetingButton,
} from "@/app/(site)/demarches/[demarcheId]/calendrier/meeting-forms";
import { explainCalendarWarning } from "@/app/(site)/demarches/[demarcheId]/explain";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { meetingIdOf } from "@/domain/calendar";
import { localDateTime } from "@/lib/local-time";
import { getCalendar } from "@/server/meetings/get-calendar";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("calendar");

export default async function CalendarPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId } = await params;
  const data = await orNotFound(getCalendar(viewer, demarcheId));
  const t = await getTranslations("calendarPage");
  const tk = await getTranslations("meetingKinds");
  const format = await getFormatter();
  const { demarche } = data;
  const longDate = (ymd: string) => format.dateTime(localDateTime(ymd), { dateStyle: "long" });
  const duration = (minutes: number) =>
    minutes % 60 === 0
      ? `${minutes / 60} h`
      : minutes > 60
        ? `${Math.floor(minutes / 60)} h ${minutes % 60}`
        : `${minutes} min`;

  const warnings = await Promise.all(
    data.warnings.map(async (w) => ({ meetingId: meetingIdOf(w), text: await explainCalendarWarning(w) })),
  );
  const general = warnings.filter((w) => w.meetingId === null);
  const base = `/demarches/${demarche.id}`;

  return (
    <ClientMessages namespaces={["calendarPage", "meetingKinds"]}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="max-w-3xl">{t("intro")}</p>
          <p className="font-semibold">
            {t("period", { start: longDate(demarche.startDate), end: longDate(demarche.endDate) })}
          </p>
          <p className="flex flex-wrap items-center gap-3">
            <a href={`${base}/calendrier.ics`} className={buttonClasses("secondary")} download>
              {t("download")}
            </a>
            <span className="text-sm text-stone-700">{t("downloadHelp")}</span>
          </p>
        </div>

        {warnings.length ? (
          <Alert tone="warning" title={t("warningsTitle")}>
            <ul className="list-disc pl-5" data-testid="calendar-warnings">
              {[...general, ...warnings.filter((w) => w.meetingId !== null)].map((w) => (
                <li key={w.text}>{w.text}</li>
              ))}
            </ul>
          </Alert>
        ) : null}

        {data.meetings.length === 0 ? (
          <Card>
            <p>{t("empty")}</p>
          </Card>
        ) : (
          <ol className="flex flex-col gap-4" data-testid="meetings">
            {data.meetings.map((m, index) => {
              const own = warnings.filter((w) => w.meetingId === m.id);
              const headingId = `meeting-${m.id}`;
              return (
                <li key={m.id}>
                  <Card as="article" aria-labelledby={headingId} className="flex flex-col gap-3">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h2 id={headingId} className="text-xl font-bold">
                        <span className="mr-2 text-stone-500">{index + 1}.</span>
                        {m.title}
                      </h2>
                      <span className="text-sm text-stone-700">
                        {m.kind === "atelier" && m.groupLabel ? `${tk("atelier")} — ${m.groupLabel}` : tk(m.kind)}
                      </span>
                    </div>
                    <p className="font-semibold">
                      {m.startsAt
                        ? t("when", {
                            date: format.dateTime(m.startsAt, { dateStyle: "full" }),
                            time: format.dateTime(m.startsAt, { timeStyle: "short" }),
                          })
                        : t("noDate")}
                      <span className="font-normal text-stone-700">
                        {" "}
                        · {t("durationLabel", { value: duration(m.durationMinutes) })}
                      </span>
                    </p>
                    <p>
                      {m.place ? (
                        t("place", { place: m.place })
                      ) : (
                        <span className="text-stone-700">{t("noPlace")}</span>
                      )}
                    </p>
                    {m.agenda ? (
                      <div>
                        <p className="text-sm font-semibold">{t("agenda")}</p>
                        <p className="whitespace-pre-line text-sm text-stone-800">{m.agenda}</p>
                      </div>
                    ) : null}
                    {m.heldAt || m.hasMinutes ? (
                      <p className="text-sm text-brand-800">
                        {[
                          m.heldAt ? `${t("held")} · ${t("presentCount", { count: m.presentCount })}` : null,
                          m.hasMinutes ? t("hasMinutes") : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    ) : null}
                    {own.length ? (
                      <ul className="list-disc pl-5 text-sm font-semibold text-amber-900">
                        {own.map((w) => (
                          <li key={w.text}>{w.text}</li>
                        ))}
                      </ul>
                    ) : null}
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`${base}/calendrier/${m.id}`} className={buttonClasses("secondary")}>
                        {t("record")}
                      </Link>
                      {demarche.readOnly ? null : (
                        <>
                          <MeetingOrderButtons
                            meetingId={m.id}
                            title={m.title}
                            first={index === 0}
                            last={index === data.meetings.length - 1}
                          />
                          <RemoveMeetingButton meetingId={m.id} title={m.title} />
                        </>
                      )}
                    </div>
                    {demarche.readOnly ? null : (
                      <details className="rounded-md border border-stone-300 p-4">
                        <summary className="cursor-pointer font-semibold text-brand-700">
                          {t("edit")}
                          <span className="sr-only"> {m.title}</span>
                        </summary>
                        <div className="mt-3">
                          <EditMeetingForm
                            meetingId={m.id}
                            groups={data.groups}
                            values={{
                              kind: m.kind,
                              groupId: m.groupId ?? "",
                              title: m.title,
                              date: m.date,
                              time: m.time,
                              durationMinutes: m.durationMinutes,
                              place: m.place,
                              agenda: m.agenda,
                            }}
                          />
                        </div>
                      </details>
                    )}
                  </Card>
                </li>
              );
            })}
          </ol>
        )}

        {demarche.readOnly ? null : (
          <Card aria-labelledby="add-meeting-title">
            <h2 id="add-meeting-title" className="mb-3 text-xl font-bold">
              {t("addTitle")}
            </h2>
            <AddMeetingForm demarcheId={demarche.id} groups={data.groups} />
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}
