import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import {
  closeWorkshopAction,
  deleteConditionAction,
  deletePisteAction,
  releaseResultsAction,
  reopenWorkshopAction,
  saveAgreementAction,
  saveConditionAction,
  savePisteAction,
  undoReleaseAction,
} from "@/app/(site)/demarches/[demarcheId]/ateliers/actions";
import { GroupFiguresView } from "@/components/workshop/GroupFiguresView";
import { GroupWorkView } from "@/components/workshop/GroupWorkView";
import { AgreementForm } from "@/components/workshop/group-step/AgreementForm";
import { ConditionsEditor } from "@/components/workshop/group-step/ConditionsEditor";
import { PistesEditor } from "@/components/workshop/group-step/PistesEditor";
import { WorkshopControls } from "@/components/workshop/group-step/WorkshopControls";
import { isAppError } from "@/server/errors";
import { getGroupView } from "@/server/workshops/get-group-view";
import { ClientMessages } from "@/components/i18n/client-messages";

export const metadata: Metadata = { title: "Atelier — vue projetée" };

/**
 * The group step on the projected screen, run by the facilitator: the
 * group's anonymous distribution, then the forms where the group settles its
 * position, its conditions and its pistes, and releases them. No names here:
 * the whole room sees this screen.
 */
export default async function ProjectionPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { groupId } = await params;
  const viewer = await facilitatorPageViewer();
  const view = await getGroupView(viewer, groupId, { projected: true }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("projection");
  const tChart = await getTranslations("chart");
  const tStep = await getTranslations("groupStep");
  const { figures, group, demarche } = view;
  const names = {
    expertise: tChart("mandates.expertise"),
    representation: tChart("mandates.representation"),
    participation: tChart("mandates.participation"),
  };
  const sectionTitle = "text-3xl font-bold text-brand-800";
  const editable = view.groupStepRefusal === null;

  return (
    <ClientMessages namespaces={["chart", "groupStep", "groupView", "positionInput"]}>
      <div className="mx-auto flex max-w-7xl flex-col gap-12">
        <header className="flex flex-col gap-2 border-b-4 border-brand-700 pb-4">
          <p className="text-xl text-stone-800">{demarche.name}</p>
          <h1 className="text-4xl font-bold text-black">{t("title", { group: group.label })}</h1>
          <p className="text-xl">{t("members", { n: group.members, submitted: figures.submitted })}</p>
        </header>

        <section aria-labelledby="distribution" className="flex flex-col gap-6">
          <h2 id="distribution" className={sectionTitle}>
            {t("distributionTitle")}
          </h2>
          <GroupFiguresView id="group" figures={figures} size="projection" />
        </section>

        <section aria-labelledby="agreement" className="flex flex-col gap-6">
          <h2 id="agreement" className={sectionTitle}>
            {t("agreementTitle")}
          </h2>
          {editable ? (
            <AgreementForm
              groupId={group.id}
              agreement={figures.agreement}
              centroid={figures.synthesis.centroid}
              names={names}
              save={saveAgreementAction}
            />
          ) : null}
        </section>

        {editable ? (
          <>
            <section aria-labelledby="conditions" className="flex flex-col gap-6">
              <h2 id="conditions" className={sectionTitle}>
                {t("conditionsTitle")}
              </h2>
              <p className="text-xl">{t("conditionsIntro")}</p>
              <ConditionsEditor
                groupId={group.id}
                conditions={figures.conditions}
                save={saveConditionAction}
                remove={deleteConditionAction}
              />
            </section>
            <section aria-labelledby="pistes" className="flex flex-col gap-6">
              <h2 id="pistes" className={sectionTitle}>
                {t("pistesTitle")}
              </h2>
              <p className="text-xl">{t("pistesIntro")}</p>
              <PistesEditor
                groupId={group.id}
                pistes={figures.pistes}
                save={savePisteAction}
                remove={deletePisteAction}
              />
            </section>
          </>
        ) : (
          <section aria-labelledby="work" className="flex flex-col gap-6">
            <h2 id="work" className="sr-only">
              {t("workTitle")}
            </h2>
            <p className="rounded-md border-l-8 border-amber-700 bg-amber-50 px-4 py-3 text-xl">
              {tStep(`readOnly.${view.groupStepRefusal}`)}
            </p>
            <GroupWorkView
              id="work"
              agreement={figures.agreement}
              conditions={figures.conditions}
              pistes={figures.pistes}
              big
            />
          </section>
        )}

        <section aria-labelledby="release" className="flex flex-col gap-6">
          <h2 id="release" className={sectionTitle}>
            {t("releaseTitle")}
          </h2>
          <p className="text-xl">{t("releaseIntro")}</p>
          <WorkshopControls
            groupId={group.id}
            groupLabel={group.label}
            phase={demarche.phase}
            workshopClosedAt={group.workshopClosedAt}
            releasedAt={group.releasedAt}
            actions={{
              close: closeWorkshopAction,
              reopen: reopenWorkshopAction,
              release: releaseResultsAction,
              undoRelease: undoReleaseAction,
            }}
            big
          />
        </section>

        <p className="no-print border-t border-stone-300 pt-4 text-lg">
          <Link
            href={`/demarches/${demarche.id}/ateliers/${group.id}`}
            className="font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("leave")}
          </Link>
        </p>
      </div>
    </ClientMessages>
  );
}
