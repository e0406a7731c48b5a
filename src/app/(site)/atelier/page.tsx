import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { LiveRefresh, PARTICIPANT_LIVE_INTERVAL_MS } from "@/components/live/LiveRefresh";
import { renderTime } from "@/app/_lib/render-time";
import { Card } from "@/components/ui/card";
import { boardMayRead } from "@/domain/report-rules";
import type { Phase } from "@/domain/vocabulary";
import { buttonClasses } from "@/components/ui/button";
import { homePositionState } from "@/lib/participant-home";
import { getParticipantSpace } from "@/server/participants/get-participant-space";
import { getMyPosition } from "@/server/positions/get-my-position";

export const generateMetadata = pageMetadata("mySpace");

const LINK = "font-semibold text-brand-700 underline underline-offset-4";

export default async function ParticipantHomePage() {
  const viewer = await participantPageViewer({ waitingAllowed: true });
  const t = await getTranslations("participantHome");
  const tp = await getTranslations("phases");
  const format = await getFormatter();
  const tw = await getTranslations("participantWorkshop");
  const space = await getParticipantSpace(viewer);
  if (!space.admitted) {
    return (
      <div className="flex flex-col gap-6">
        {/* Opens the person's space by itself once they are admitted (decision 015). */}
        <LiveRefresh stampUrl="/atelier/etat" intervalMs={PARTICIPANT_LIVE_INTERVAL_MS} renderedAt={renderTime()} />
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2 text-lg">{t("hello", { name: space.displayName })}</p>
        </div>
        <Card className="flex flex-col gap-3" aria-labelledby="waiting" data-testid="waiting-admission">
          <h2 id="waiting" className="text-xl font-bold break-words text-brand-800 sm:text-2xl">
            {t("waiting.title")}
          </h2>
          <p>{t("waiting.body", { group: space.group.label, organisation: space.demarche.organisation.name })}</p>
          <p>{t("waiting.why")}</p>
          <p>
            {t("waiting.since", {
              date: format.dateTime(space.joinedAt, { dateStyle: "long", timeStyle: "short" }),
            })}
          </p>
          <p>{t("waiting.comeBack")}</p>
        </Card>
        <p>
          <Link href="/mes-donnees" className={LINK}>
            {t("privacyLink")}
          </Link>
        </p>
      </div>
    );
  }
  const mine = await getMyPosition(viewer);
  const state = homePositionState({
    status: mine.status,
    submittedAt: mine.submittedAt,
    started: Boolean(mine.answers.current || mine.answers.desired),
    editRefusal: mine.editRefusal,
  });
  const positionState =
    "submittedAt" in state
      ? tw(state.key, { date: format.dateTime(state.submittedAt, { dateStyle: "long", timeStyle: "short" }) })
      : tw(state.key);

  return (
    <div className="flex flex-col gap-6">
      <LiveRefresh stampUrl="/atelier/etat" intervalMs={PARTICIPANT_LIVE_INTERVAL_MS} renderedAt={renderTime()} />
      <div>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="mt-2 text-lg">{t("hello", { name: space.displayName })}</p>
      </div>
      <Card className="flex flex-col gap-2">
        <p data-testid="participant-group">
          {t("groupIntro", {
            demarche: space.demarche.name,
            organisation: space.demarche.organisation.name,
            group: space.group.label,
          })}
        </p>
        <p>{t("phase", { phase: tp(space.demarche.phase as never) })}</p>
        <p>
          {space.nextMeeting?.startsAt
            ? t("nextMeeting", {
                title: space.nextMeeting.title,
                date: format.dateTime(space.nextMeeting.startsAt, { dateStyle: "full", timeStyle: "short" }),
                place: space.nextMeeting.place || "none",
              })
            : t("noMeeting")}
        </p>
      </Card>
      <Card aria-labelledby="my-workshop" className="flex flex-col gap-3">
        <h2 id="my-workshop" className="text-2xl font-bold text-brand-800">
          {tw("homeTitle")}
        </h2>
        <p data-testid="position-state">{positionState}</p>
        {mine.editedOnBehalfAt ? (
          <p data-testid="edited-on-behalf" className="font-semibold">
            {tw("editedOnBehalf", {
              date: format.dateTime(mine.editedOnBehalfAt, { dateStyle: "long", timeStyle: "short" }),
            })}
          </p>
        ) : null}
        {mine.editRefusal ? <p>{tw(`readOnly.${mine.editRefusal}`)}</p> : null}
        <div className="flex flex-wrap gap-3">
          <Link href="/atelier/positionnement" className={buttonClasses("primary")}>
            {mine.editRefusal ? tw("homeSeeAnswers") : mine.status === "submitted" ? tw("homeChange") : tw("homeStart")}
          </Link>
          <Link href="/atelier/groupe" className={buttonClasses("secondary")}>
            {tw("homeGroup")}
          </Link>
        </div>
      </Card>
      <Card>
        <p>{t("confidentiality")}</p>
      </Card>
      <nav aria-labelledby="my-links" className="flex flex-col gap-2">
        <h2 id="my-links" className="text-xl font-bold text-brand-800">
          {t("linksTitle")}
        </h2>
        <ul className="flex flex-col gap-2">
          {space.caReportPublishedAt ? (
            <li>
              <Link href="/suivi" className={LINK}>
                {t("followUpLink")}
              </Link>
            </li>
          ) : null}
          {space.group.kind === "administrateurs" && boardMayRead(space.demarche.phase as Phase) ? (
            <>
              <li>
                <Link href="/rapport" className={LINK}>
                  {t("reportLink")}
                </Link>
              </li>
              <li>
                <Link href="/rapport/reponses" className={LINK}>
                  {t("answersLink")}
                </Link>
              </li>
            </>
          ) : null}
          <li>
            <Link href="/mes-donnees" className={LINK}>
              {t("privacyLink")}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
