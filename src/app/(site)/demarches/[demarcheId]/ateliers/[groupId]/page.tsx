import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { LiveRefresh } from "@/components/live/LiveRefresh";
import { WorkshopControls } from "@/components/workshop/group-step/WorkshopControls";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isAppError } from "@/server/errors";
import { getGroupWorkshop } from "@/server/workshops/get-group-workshop";
import { closeWorkshopAction, releaseResultsAction, reopenWorkshopAction, undoReleaseAction } from "../actions";
import { AdmissionCard } from "../../groupes/admission-card";
import { PaperParticipantForm } from "./paper-participant-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { labelled } from "@/i18n/locales";

export const generateMetadata = pageMetadata("groupWorkshop");

/**
 * The facilitator's page for one group: who is in it and where each person's
 * answers stand (names are for the facilitator only; never on the projected
 * screen), typing answers in for people without a device, and the
 * workshop's switches.
 */
export default async function GroupWorkshopPage({
  params,
}: {
  params: Promise<{ demarcheId: string; groupId: string }>;
}) {
  const { demarcheId, groupId } = await params;
  const viewer = await facilitatorPageViewer();
  const data = await getGroupWorkshop(viewer, groupId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (data.group.demarcheId !== demarcheId) notFound();
  const t = await getTranslations("facilitatorWorkshop");
  const locale = await getLocale();
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const base = `/demarches/${demarcheId}/ateliers`;

  return (
    <ClientMessages namespaces={["facilitatorWorkshop", "groupStep", "admission"]}>
      <div className="flex flex-col gap-6">
        <LiveRefresh stampUrl={`/demarches/${demarcheId}/etat`} />
        <div>
          <Link href={base} className="font-semibold text-brand-700 underline underline-offset-4">
            {t("backToWorkshops")}
          </Link>
          <h1 className="mt-3 text-3xl font-bold text-brand-800">{t("groupTitle", { group: data.group.label })}</h1>
          <div className="mt-3 flex flex-wrap gap-3">
            <Link href={`/projection/${groupId}`} className={buttonClasses("primary")}>
              {t("projectGroupView")}
            </Link>
            <a href={`${base}/fiche?groupe=${encodeURIComponent(groupId)}`} className={buttonClasses("secondary")}>
              {t("worksheetPdf")}
            </a>
          </div>
        </div>

        <AdmissionCard viewer={viewer} groupId={groupId} big />

        <Card aria-labelledby="people">
          <h2 id="people" className="text-xl font-bold">
            {t("peopleTitle")}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{t("peopleIntro")}</p>
          {data.participants.length === 0 ? (
            <p className="mt-3">{t("nobody")}</p>
          ) : (
            <table className="mt-3 w-full border-collapse text-left">
              <caption className="sr-only">{t("peopleCaption", { group: data.group.label })}</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-3">
                    {t("colName")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("colStatus")}
                  </th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t("colActions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.participants.map((p) => (
                  <tr key={p.id} className="border-b border-stone-200">
                    <th scope="row" className="py-2 pr-3 font-semibold">
                      {p.displayName}
                      {p.addedByFacilitator ? (
                        <span className="ml-2 text-sm font-normal text-stone-700">{t("onPaper")}</span>
                      ) : null}
                    </th>
                    <td className="py-2 pr-3">
                      {t(`status.${p.status}`)}
                      {p.enteredByFacilitator
                        ? ` · ${p.enteredByName ? t("enteredByName", { name: p.enteredByName }) : t("enteredByYou")}`
                        : ""}
                      {p.updatedAt ? (
                        <span className="block text-sm text-stone-700">
                          {t("updatedOn", { date: date(p.updatedAt) })}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2">
                      <Link
                        href={`${base}/${groupId}/saisie/${p.id}`}
                        className="font-semibold text-brand-700 underline underline-offset-4"
                      >
                        {data.positionRefusal ? t("seeAnswers") : t("enterAnswers")}
                        <span className="sr-only">{labelled(locale, "", p.displayName)}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>

        <Card aria-labelledby="add-paper">
          <h2 id="add-paper" className="text-xl font-bold">
            {t("addPaperTitle")}
          </h2>
          <p className="mt-1">{t("addPaperIntro")}</p>
          {data.paperRefusal ? (
            <p className="mt-3">{t(`paperRefusal.${data.paperRefusal}`)}</p>
          ) : data.engagementText ? (
            <div className="mt-3">
              <PaperParticipantForm
                groupId={groupId}
                engagementTextId={data.engagementText.id}
                version={data.engagementText.version}
                entryBase={`${base}/${groupId}/saisie`}
              />
            </div>
          ) : null}
        </Card>

        <Card aria-labelledby="controls">
          <h2 id="controls" className="mb-3 text-xl font-bold">
            {t("controlsTitle")}
          </h2>
          <WorkshopControls
            groupId={groupId}
            groupLabel={data.group.label}
            phase={data.demarche.phase}
            workshopClosedAt={data.group.workshopClosedAt}
            releasedAt={data.group.releasedAt}
            belowMinimum={data.participants.filter((p) => p.status === "submitted").length < data.group.minSize}
            actions={{
              close: closeWorkshopAction,
              reopen: reopenWorkshopAction,
              release: releaseResultsAction,
              undoRelease: undoReleaseAction,
            }}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
