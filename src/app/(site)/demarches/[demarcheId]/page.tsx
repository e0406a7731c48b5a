import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  explainCalendarWarnings,
  explainPhaseBlockers,
  explainPhaseWarnings,
} from "@/app/(site)/demarches/[demarcheId]/explain";
import {
  AdvancePhaseButton,
  OverridePhaseForm,
  StepBackButton,
} from "@/app/(site)/demarches/[demarcheId]/phase-controls";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Card } from "@/components/ui/card";
import { PHASES } from "@/domain/vocabulary";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { getDemarcheHeader } from "@/server/demarches/get-demarche-header";
import { getDemarcheLifecycle } from "@/server/lifecycle/get-demarche-lifecycle";
import { NewCycleForm } from "@/app/(site)/demarches/[demarcheId]/new-cycle-form";
import { ArchiveControls } from "@/app/(site)/demarches/[demarcheId]/archive-controls";
import { defaultEndDate } from "@/domain/calendar";
import { toLocalYmd } from "@/lib/local-time";
import { groupHeadcount } from "@/lib/group-headcount";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Alert } from "@/components/ui/alert";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("dashboard");

const LINK = "font-semibold text-brand-700 underline underline-offset-4";

/** What to do now, per phase; `href` is relative to the démarche. */
const TODO: Record<string, { key: string; href?: string }[]> = {
  preparation: [
    { key: "engagement", href: "conditions" },
    { key: "calendar", href: "calendrier" },
    { key: "invite", href: "groupes" },
    { key: "start" },
  ],
  ateliers: [{ key: "workshops", href: "ateliers" }, { key: "release", href: "ateliers" }, { key: "next" }],
  mise_en_commun: [
    { key: "plenary", href: "mise-en-commun" },
    { key: "pistes", href: "mise-en-commun" },
    { key: "next" },
  ],
  transmission_ca: [{ key: "report", href: "rapport" }, { key: "answers", href: "rapport/reponses" }, { key: "next" }],
  suivi: [{ key: "meeting", href: "calendrier" }, { key: "reactions", href: "rapport/reponses" }, { key: "close" }],
  cloturee: [{ key: "archive", href: "rapport" }, { key: "again" }],
};

export default async function DemarcheDashboardPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId } = await params;
  // An inter-organismes démarche has no phases' dashboard: its home is its workshops (decision 023).
  const header = await orNotFound(getDemarcheHeader(viewer, demarcheId));
  if (header.context === "inter-organismes") redirect(`/demarches/${demarcheId}/inter`);
  const data = await orNotFound(getDemarcheDashboard(viewer, demarcheId));
  const lifecycle = await orNotFound(getDemarcheLifecycle(viewer, demarcheId));
  const t = await getTranslations("dashboard");
  const tcy = await getTranslations("newCycle");
  const tp = await getTranslations("phases");
  const tm = await getTranslations("mandateFields");
  const format = await getFormatter();
  const { demarche, advance, stepBack } = data;
  const base = `/demarches/${demarche.id}`;
  const longDate = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const phaseLabel = (p: string) => tp(p as never);
  const currentIndex = PHASES.indexOf(demarche.phase);
  // Keys built from the phase: next-intl cannot type them.
  const todoText = t as unknown as (key: string, values: Record<string, number>) => string;

  const [blockers, phaseWarnings, calendarWarnings] = await Promise.all([
    explainPhaseBlockers(advance.blockers),
    explainPhaseWarnings(advance.warnings),
    explainCalendarWarnings(data.calendarWarnings),
  ]);

  return (
    <ClientMessages namespaces={["dashboard", "newCycle", "archiveSection", "newDemarche", "mandateFields"]}>
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">
            {t("title")}
            {demarche.isDemo ? (
              <span className="ml-3 rounded bg-amber-100 px-2 py-0.5 align-middle text-sm font-semibold text-amber-900">
                {t("demo")}
              </span>
            ) : null}
          </h1>
          <p className="mt-1 text-stone-700">
            {t("dates", { start: longDate(demarche.startDate), end: longDate(demarche.endDate) })} ·{" "}
            {t("participants", { count: demarche.participantCount })}
          </p>
        </div>

        <Card aria-labelledby="phases-title">
          <h2 id="phases-title" className="mb-3 text-xl font-bold">
            {t("phasesTitle")}
          </h2>
          <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="phase-steps">
            {PHASES.map((phase, index) => {
              const state = index < currentIndex ? "done" : index === currentIndex ? "current" : "todo";
              // The last phase is reached, not under way.
              const stateLabel = state === "done" || phase === "cloturee" ? t("phaseDone") : t("phaseCurrent");
              return (
                <li
                  key={phase}
                  aria-current={state === "current" ? "step" : undefined}
                  className={`rounded-md border-2 px-3 py-2 text-sm ${
                    state === "current"
                      ? "border-brand-700 bg-brand-50 font-bold text-brand-800"
                      : state === "done"
                        ? "border-stone-300 bg-stone-100 text-stone-700"
                        : "border-dashed border-stone-300 text-stone-600"
                  }`}
                >
                  <span className="block text-xs font-normal">{index + 1}</span>
                  {phaseLabel(phase)}
                  {state !== "todo" ? <span className="block text-xs font-normal">{stateLabel}</span> : null}
                </li>
              );
            })}
          </ol>
        </Card>

        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <Card aria-labelledby="next-title" className="flex flex-col gap-4">
            {advance.to ? (
              <>
                <h2 id="next-title" className="text-xl font-bold">
                  {t("nextTitle", { phase: phaseLabel(advance.to) })}
                </h2>
                {advance.allowed ? (
                  <p className="font-semibold text-brand-800">{t("ready", { phase: phaseLabel(advance.to) })}</p>
                ) : (
                  <div data-testid="phase-blockers">
                    <p>{t("blockedIntro", { phase: phaseLabel(advance.to) })}</p>
                    <ul className="mt-2 list-disc pl-6">
                      {blockers.map((text) => (
                        <li key={text} className="font-semibold">
                          {text}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                {phaseWarnings.length ? (
                  <div>
                    <p>{t("warningsIntro")}</p>
                    <ul className="mt-2 list-disc pl-6 text-amber-900">
                      {phaseWarnings.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {demarche.readOnly ? null : (
                  <div className="flex flex-col items-start gap-3">
                    {advance.allowed ? (
                      <AdvancePhaseButton
                        demarcheId={demarche.id}
                        from={demarche.phase}
                        nextLabel={phaseLabel(advance.to)}
                      />
                    ) : advance.overridable ? (
                      <OverridePhaseForm demarcheId={demarche.id} from={demarche.phase} />
                    ) : null}
                    {stepBack.allowed && stepBack.to ? (
                      <StepBackButton
                        demarcheId={demarche.id}
                        from={demarche.phase}
                        previousLabel={phaseLabel(stepBack.to)}
                      />
                    ) : null}
                  </div>
                )}
              </>
            ) : (
              <>
                <h2 id="next-title" className="text-xl font-bold">
                  {t("closedTitle")}
                </h2>
                {demarche.closedAt ? <p>{t("closedText", { date: longDate(demarche.closedAt) })}</p> : null}
                {demarche.anonymisedAt ? (
                  <p data-testid="anonymised-note">{t("anonymisedNote", { date: longDate(demarche.anonymisedAt) })}</p>
                ) : null}
                {lifecycle.laterCycle ? (
                  <p>
                    <Link href={`/demarches/${lifecycle.laterCycle.id}`} className={LINK}>
                      {tcy("laterCycle", { name: lifecycle.laterCycle.name })}
                    </Link>
                  </p>
                ) : (
                  <NewCycleForm defaults={newCycleDefaults(demarche.id, demarche.name)} />
                )}
                <ArchiveControls
                  demarcheId={demarche.id}
                  name={demarche.name}
                  archivedOn={demarche.archivedAt ? longDate(demarche.archivedAt) : null}
                />
              </>
            )}
          </Card>

          <Card aria-labelledby="todo-title">
            <h2 id="todo-title" className="mb-3 text-xl font-bold">
              {t("todoTitle")}
            </h2>
            <ol className="flex list-decimal flex-col gap-2 pl-6">
              {(TODO[demarche.phase] ?? []).map((item) => {
                const text = todoText(`todo.${demarche.phase}.${item.key}`, {
                  version: demarche.engagementVersion ?? 1,
                  groups: data.groups.length,
                });
                return (
                  <li key={item.key}>
                    {item.href ? (
                      <Link href={`${base}/${item.href}`} className={LINK}>
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ol>
          </Card>
        </div>

        {data.mandatesToDescribe.length > 0 ? (
          <Alert tone="info">
            <span className="flex flex-col gap-2" data-testid="mandates-reminder">
              <span>
                {t("mandatesReminder", {
                  mandates: data.mandatesToDescribe.map((m) => tm(m)).join(", "),
                  count: data.mandatesToDescribe.length,
                })}
              </span>
              <Link href={`${base}/parametres`} className={LINK}>
                {t("mandatesReminderLink")}
              </Link>
            </span>
          </Alert>
        ) : null}

        <Card aria-labelledby="groups-title">
          <h2 id="groups-title" className="mb-3 text-xl font-bold">
            {t("groupsTitle")}
          </h2>
          {/* Named apart from its section: two landmarks of one name confuse (axe landmark-unique). */}
          <ScrollRegion label={t("groupsTableLabel")}>
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-stone-300">
                  <th scope="col" className="py-2 pr-4">
                    {t("groupColumn")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("consentingColumn")}
                  </th>
                  {demarche.phase !== "preparation" ? (
                    <th scope="col" className="py-2 pr-4">
                      {t("resultsColumn")}
                    </th>
                  ) : null}
                  {demarche.joinable ? (
                    <th scope="col" className="py-2 pr-4">
                      {t("invitationColumn")}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {data.groups.map((group) => {
                  const headcount = groupHeadcount(group, {
                    closed: demarche.readOnly,
                    anonymisedAt: demarche.anonymisedAt,
                  });
                  return (
                    <tr key={group.id} className="border-b border-stone-200">
                      <th scope="row" className="py-2 pr-4 font-semibold">
                        {group.label}
                      </th>
                      <td
                        className={`py-2 pr-4 ${headcount.kind === "missing" ? "font-semibold text-amber-900" : "text-brand-800"}`}
                      >
                        {headcount.kind === "anonymised"
                          ? t("consentingAnonymised")
                          : headcount.kind === "closed"
                            ? t("consentingClosed", { count: headcount.count })
                            : t("consenting", { count: headcount.count, min: headcount.min })}
                      </td>
                      {demarche.phase !== "preparation" ? (
                        <td className="py-2 pr-4" data-testid="group-results">
                          {group.releasedAt
                            ? t("resultsReleased", { date: longDate(group.releasedAt) })
                            : group.workshopClosedAt
                              ? t("resultsClosed")
                              : t("resultsOpen")}
                        </td>
                      ) : null}
                      {demarche.joinable ? (
                        <td className="py-2 pr-4">
                          {group.invitationExpiresAt ? (
                            <span className="flex flex-wrap gap-x-3">
                              <span>{t("invitationUntil", { date: longDate(group.invitationExpiresAt) })}</span>
                              <Link
                                href={`${base}/groupes/${group.id}/invitation`}
                                className={LINK}
                                aria-label={t("printSheetFor", { group: group.label })}
                              >
                                {t("printSheet")}
                              </Link>
                            </span>
                          ) : (
                            <span className="text-stone-700">{t("invitationNone")}</span>
                          )}
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="mt-3">
            <Link href={`${base}/groupes`} className={LINK}>
              {t("manageGroups")}
            </Link>
          </p>
        </Card>

        <div className="grid gap-6 md:grid-cols-2">
          <Card aria-labelledby="next-meeting-title">
            <h2 id="next-meeting-title" className="mb-2 text-xl font-bold">
              {t("nextMeetingTitle")}
            </h2>
            {data.nextMeeting ? (
              <p data-testid="next-meeting">
                {t("nextMeeting", {
                  title: data.nextMeeting.title,
                  date: format.dateTime(data.nextMeeting.startsAt, { dateStyle: "full", timeStyle: "short" }),
                })}
                {data.nextMeeting.place ? <span className="block text-stone-700">{data.nextMeeting.place}</span> : null}
              </p>
            ) : (
              <p>{t("noNextMeeting")}</p>
            )}
          </Card>
          <Card aria-labelledby="calendar-title">
            <h2 id="calendar-title" className="mb-2 text-xl font-bold">
              {t("calendarSummary", { count: data.meetingCount })}
            </h2>
            {calendarWarnings.length ? (
              <>
                <p>{t("calendarWarnings", { count: calendarWarnings.length })}</p>
                <ul className="mt-2 list-disc pl-6 text-amber-900">
                  {calendarWarnings.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t("calendarOk")}</p>
            )}
            <p className="mt-3">
              <Link href={`${base}/calendrier`} className={LINK}>
                {t("openCalendar")}
              </Link>
            </p>
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}

/** The next cycle starts today by default, for the usual length; its name says it follows this one. */
function newCycleDefaults(demarcheId: string, name: string) {
  const today = toLocalYmd(new Date());
  return {
    demarcheId,
    name: `${name} — cycle suivant`.slice(0, 120),
    startDate: today,
    endDate: defaultEndDate(today),
  };
}
