import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { isAppError } from "@/server/errors";
import { getPositionForEntry } from "@/server/positions/get-position-for-entry";
import { OnBehalfForm } from "./on-behalf-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("paperEntry");

/** The facilitator types in a person's three steps (paper worksheet, no device), recorded as such. */
export default async function EntryPage({
  params,
}: {
  params: Promise<{ demarcheId: string; groupId: string; participantId: string }>;
}) {
  const { demarcheId, groupId, participantId } = await params;
  const viewer = await facilitatorPageViewer();
  const entry = await getPositionForEntry(viewer, participantId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (entry.demarcheId !== demarcheId || entry.groupId !== groupId) notFound();
  const t = await getTranslations("facilitatorWorkshop");
  const tp = await getTranslations("participantWorkshop");
  const tChart = await getTranslations("chart");
  const format = await getFormatter();

  return (
    <ClientMessages namespaces={["positioning", "positionInput", "chart", "plainReadings", "onBehalfEntry"]}>
      <div className="flex flex-col gap-6">
        <div>
          <Link
            href={`/demarches/${demarcheId}/ateliers/${groupId}`}
            className="font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("backToGroup", { group: entry.groupLabel })}
          </Link>
          <h1 className="mt-3 text-3xl font-bold text-brand-800">{t("entryTitle", { name: entry.displayName })}</h1>
          <p className="mt-2">{t("entryIntro")}</p>
          {entry.enteredByFacilitator ? (
            <p className="mt-1 text-stone-700">
              {entry.enteredByName ? t("entryRecordedBy", { name: entry.enteredByName }) : t("entryRecorded")}
            </p>
          ) : null}
        </div>
        <OnBehalfForm
          participantId={entry.participantId}
          personName={entry.displayName}
          viewerId={viewer.facilitatorId}
          confirmedByPerson={entry.confirmedByPerson}
          confirmedOn={
            entry.submittedAt ? format.dateTime(entry.submittedAt, { dateStyle: "long", timeStyle: "short" }) : ""
          }
          initial={{ answers: entry.answers, status: entry.status, submittedAt: entry.submittedAt }}
          names={{
            expertise: tChart("mandates.expertise"),
            representation: tChart("mandates.representation"),
            participation: tChart("mandates.participation"),
          }}
          descriptions={entry.mandateTexts}
          readOnlyReason={entry.editRefusal ? tp(`readOnly.${entry.editRefusal}`) : null}
        />
      </div>
    </ClientMessages>
  );
}
