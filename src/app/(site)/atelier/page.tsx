import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { Card } from "@/components/ui/card";
import { getParticipantSpace } from "@/server/participants/get-participant-space";

export const metadata: Metadata = { title: "Mon espace" };

export default async function ParticipantHomePage() {
  const viewer = await participantPageViewer();
  const t = await getTranslations("participantHome");
  const tp = await getTranslations("phases");
  const format = await getFormatter();
  const space = await getParticipantSpace(viewer);

  return (
    <div className="flex flex-col gap-6">
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
      <Card>
        <p>{t("confidentiality")}</p>
      </Card>
      <nav className="flex flex-wrap gap-4">
        {space.group.kind === "administrateurs" ? (
          <Link href="/rapport" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("reportLink")}
          </Link>
        ) : null}
        <Link href="/mes-donnees" className="font-semibold text-brand-700 underline underline-offset-4">
          {t("privacyLink")}
        </Link>
      </nav>
    </div>
  );
}
