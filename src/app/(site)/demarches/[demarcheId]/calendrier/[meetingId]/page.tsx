import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { MeetingRecordForm } from "@/app/(site)/demarches/[demarcheId]/calendrier/[meetingId]/meeting-record-form";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Card } from "@/components/ui/card";
import { getMeeting } from "@/server/meetings/get-meeting";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("meeting");

export default async function MeetingPage({ params }: { params: Promise<{ demarcheId: string; meetingId: string }> }) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId, meetingId } = await params;
  const data = await orNotFound(getMeeting(viewer, meetingId));
  if (data.demarche.id !== demarcheId) notFound();
  const t = await getTranslations("meetingPage");
  const tc = await getTranslations("calendarPage");
  const tk = await getTranslations("meetingKinds");
  const format = await getFormatter();
  const { meeting } = data;

  return (
    <ClientMessages namespaces={["meetingPage"]}>
      <div className="flex flex-col gap-6">
        <p>
          <Link
            href={`/demarches/${demarcheId}/calendrier`}
            className="font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("back")}
          </Link>
        </p>
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{meeting.title}</h1>
          <p className="mt-1 text-stone-700">
            {meeting.kind === "atelier" && meeting.groupLabel
              ? `${tk("atelier")} — ${meeting.groupLabel}`
              : tk(meeting.kind)}
          </p>
        </div>
        <Card aria-labelledby="details-title" className="flex flex-col gap-2">
          <h2 id="details-title" className="text-xl font-bold">
            {t("details")}
          </h2>
          <p className="font-semibold">
            {meeting.startsAt
              ? tc("when", {
                  date: format.dateTime(meeting.startsAt, { dateStyle: "full" }),
                  time: format.dateTime(meeting.startsAt, { timeStyle: "short" }),
                })
              : tc("noDate")}
          </p>
          <p>{meeting.place ? tc("place", { place: meeting.place }) : tc("noPlace")}</p>
          {meeting.agenda ? <p className="whitespace-pre-line text-sm">{meeting.agenda}</p> : null}
        </Card>
        <Card aria-labelledby="record-title">
          <h2 id="record-title" className="mb-3 text-xl font-bold">
            {t("recordTitle")}
          </h2>
          {meeting.recordedBy ? (
            <p className="mb-3 text-sm text-stone-700">
              {t("recordedBy", {
                name: meeting.recordedBy.name,
                date: format.dateTime(meeting.recordedBy.at, { dateStyle: "long" }),
              })}
            </p>
          ) : null}
          <MeetingRecordForm
            meetingId={meeting.id}
            held={meeting.held}
            minutes={meeting.minutes}
            attendance={data.attendance}
            readOnly={data.demarche.readOnly}
            future={meeting.future}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
