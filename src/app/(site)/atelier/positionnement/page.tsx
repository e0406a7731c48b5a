import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { LiveRefresh, PARTICIPANT_LIVE_INTERVAL_MS } from "@/components/live/LiveRefresh";
import { renderTime } from "@/app/_lib/render-time";
import { FreshAfterOwnChange } from "@/components/live/FreshAfterOwnChange";
import { PositioningForm } from "@/components/workshop/PositioningForm";
import { getMyPosition } from "@/server/positions/get-my-position";
import { saveMyPositionDraftAction, submitMyPositionAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("myPositioning");

export default async function MyPositionPage() {
  const viewer = await participantPageViewer();
  const t = await getTranslations("participantWorkshop");
  const tChart = await getTranslations("chart");
  const mine = await getMyPosition(viewer);
  const format = await getFormatter();
  const renderedAt = renderTime();
  const names = {
    expertise: tChart("mandates.expertise"),
    representation: tChart("mandates.representation"),
    participation: tChart("mandates.participation"),
  };

  return (
    <ClientMessages namespaces={["positioning", "positionInput", "chart", "plainReadings"]}>
      <div className="flex flex-col gap-6">
        <LiveRefresh stampUrl="/atelier/etat" intervalMs={PARTICIPANT_LIVE_INTERVAL_MS} renderedAt={renderedAt} />
        <div>
          <Link href="/atelier" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("backToSpace")}
          </Link>
          <h1 className="mt-3 text-3xl font-bold text-brand-800">{t("positioningTitle")}</h1>
          <p className="mt-2 text-lg">{t("positioningIntro", { group: mine.groupLabel })}</p>
          <p className="mt-2 text-stone-700">{t("positioningPrivacy")}</p>
          {mine.editedOnBehalfAt ? (
            // Decision 014: answers the person confirmed, changed by someone else, never silently.
            <p data-testid="edited-on-behalf" className="mt-2 font-semibold">
              {t("editedOnBehalf", {
                date: format.dateTime(mine.editedOnBehalfAt, { dateStyle: "long", timeStyle: "short" }),
              })}
            </p>
          ) : null}
        </div>
        <FreshAfterOwnChange renderedAt={renderedAt}>
          <PositioningForm
            mode="participant"
            backupKey={`position:${mine.participantId}`}
            initial={{ answers: mine.answers, status: mine.status, submittedAt: mine.submittedAt }}
            names={names}
            descriptions={mine.mandateTexts}
            readOnlyReason={mine.editRefusal ? t(`readOnly.${mine.editRefusal}`) : null}
            saveDraft={saveMyPositionDraftAction}
            submit={submitMyPositionAction}
          />
        </FreshAfterOwnChange>
      </div>
    </ClientMessages>
  );
}
