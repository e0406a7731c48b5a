import "server-only";
import type { Locale } from "@/i18n/locales";
import { buildCalendar } from "@/lib/icalendar";
import { baseUrl } from "@/lib/instance";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { demarcheOutputLocale } from "@/server/demarches/output-locale";

/**
 * The calendar holds the facilitators' own words (titles, places, agendas),
 * never translated; what the application names itself follows the démarche's
 * output language (decision 024): the file's name and PRODID's language.
 */
const CALENDAR_FILE: Record<Locale, { filename: string; productId: string }> = {
  fr: { filename: "regards-croises-calendrier.ics", productId: "-//Regards croises//Demarche reflexive//FR" },
  en: { filename: "regards-croises-calendar.ics", productId: "-//Regards croises//Demarche reflexive//EN" },
};

/**
 * The whole sequence as an iCalendar file, for the facilitator's calendar
 * program. Meetings without a date are left out. Each event's UID is built
 * from the meeting id, so importing the file again updates the events.
 */
export async function exportCalendar(viewer: Viewer, demarcheId: string): Promise<{ filename: string; body: string }> {
  const { demarche } = await requireDemarcheForRead(viewer, demarcheId, db);
  const meetings = await db.meeting.findMany({
    where: { demarcheId: demarche.id, startsAt: { not: null } },
    orderBy: [{ startsAt: "asc" }],
    select: {
      id: true,
      title: true,
      startsAt: true,
      durationMinutes: true,
      place: true,
      agenda: true,
      updatedAt: true,
    },
  });
  const locale = await demarcheOutputLocale(demarche.id, db);
  const file = CALENDAR_FILE[locale];
  const host = baseUrl().hostname;
  const body = buildCalendar({
    productId: file.productId,
    name: demarche.name,
    events: meetings.map((m) => ({
      uid: `meeting-${m.id}@${host}`,
      start: m.startsAt!,
      end: new Date(m.startsAt!.getTime() + m.durationMinutes * 60_000),
      stamp: m.updatedAt,
      summary: `${m.title} — ${demarche.name}`,
      location: m.place,
      description: m.agenda,
    })),
  });
  return { filename: file.filename, body };
}
