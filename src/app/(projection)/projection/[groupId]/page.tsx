import { pageMetadata } from "@/app/_lib/page-metadata";
import { setLocaleAction } from "@/app/(site)/actions";
import { LanguageSwitch } from "@/components/layout/language-switch";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
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
import { ClientMessages } from "@/components/i18n/client-messages";
import { SLIDE_TEXT, SLIDE_TEXT_SMALL, SlideFrame } from "@/components/projection/SlideFrame";
import { GroupFiguresView } from "@/components/workshop/GroupFiguresView";
import { GroupWorkView } from "@/components/workshop/GroupWorkView";
import { AgreementForm } from "@/components/workshop/group-step/AgreementForm";
import { ConditionsEditor } from "@/components/workshop/group-step/ConditionsEditor";
import { PistesEditor } from "@/components/workshop/group-step/PistesEditor";
import { WorkshopControls } from "@/components/workshop/group-step/WorkshopControls";
import type { AnonymousTexts } from "@/lib/workshop-view";
import { chunkByLines, slideIndex } from "@/lib/slides";
import { isAppError } from "@/server/errors";
import { getGroupView } from "@/server/workshops/get-group-view";

export const generateMetadata = pageMetadata("workshopProjection");

type Slide = { key: string; title: string; body: ReactNode; form?: boolean };

const TEXT_KEYS: (keyof AnonymousTexts)[] = [
  "currentWhy",
  "currentExamples",
  "desiredWhy",
  "desiredExamples",
  "conditionsHinder",
  "conditionsSupport",
];

/** How many lines of the members' words fit one slide at 1280×720. */
const LINES_PER_SLIDE = 9;

/**
 * The group step on the projected screen, run by the facilitator, one screen
 * per slide: the group's anonymous distribution; what the members wrote
 * (as many slides as it takes); then the group's position, its conditions,
 * its pistes and the release, each on its own slide. A slide holding a form
 * that grows as the group types scrolls inside itself; the page never does.
 * No names here: the whole room sees this screen.
 */
export default async function ProjectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ groupId: string }>;
  searchParams: Promise<{ etape?: string }>;
}) {
  const { groupId } = await params;
  const { etape } = await searchParams;
  const viewer = await facilitatorPageViewer();
  const view = await getGroupView(viewer, groupId, { projected: true }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("projection");
  const tChart = await getTranslations("chart");
  const tStep = await getTranslations("groupStep");
  const tView = await getTranslations("groupView");
  const { figures, group, demarche } = view;
  const names = {
    expertise: tChart("mandates.expertise"),
    representation: tChart("mandates.representation"),
    participation: tChart("mandates.participation"),
  };
  const editable = view.groupStepRefusal === null;
  // The list of parts above shows the current one in bold; the heading is for screen readers.
  const heading = (text: string) => <h2 className="sr-only">{text}</h2>;

  // The members' words, cut into slides.
  const lines = figures.synthesis.reportable
    ? TEXT_KEYS.flatMap((key) => figures.texts[key].map((text) => ({ key, text })))
    : [];
  const wordPieces = chunkByLines(lines, (l) => l.text, LINES_PER_SLIDE);

  const slides: Slide[] = [
    {
      key: "distribution",
      title: t("distributionTitle"),
      body: (
        <div className="slide-chart h-full [--slide-chart-height:34vh]">
          <GroupFiguresView id="group" figures={figures} size="projection" showTexts={false} />
        </div>
      ),
    },
    ...wordPieces.map((piece, i) => ({
      key: `words-${i}`,
      title: wordPieces.length > 1 ? `${t("wordsTitle")} (${i + 1}/${wordPieces.length})` : t("wordsTitle"),
      body: (
        <div className={`grid grid-cols-2 gap-[2vw] ${SLIDE_TEXT_SMALL}`}>
          {TEXT_KEYS.filter((key) => piece.some((l) => l.key === key)).map((key) => (
            <section key={key} data-testid={`group-${key}`}>
              <h3 className="font-bold">{tView(`texts.${key}`)}</h3>
              <ul className="flex flex-col gap-[0.8vh]">
                {piece
                  .filter((l) => l.key === key)
                  .map((l, j) => (
                    <li key={j} className="line-clamp-4 whitespace-pre-line border-l-4 border-brand-700 pl-[0.8vw]">
                      {l.text}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      ),
    })),
    {
      key: "agreement",
      title: t("agreementTitle"),
      form: true,
      body: editable ? (
        <AgreementForm
          groupId={group.id}
          agreement={figures.agreement}
          centroid={figures.synthesis.centroid}
          names={names}
          save={saveAgreementAction}
        />
      ) : (
        <div className="flex flex-col gap-[2vh]">
          <p className={`rounded-md border-l-8 border-amber-700 bg-amber-50 px-4 py-3 ${SLIDE_TEXT}`}>
            {tStep(`readOnly.${view.groupStepRefusal}`)}
          </p>
          <GroupWorkView
            id="work"
            agreement={figures.agreement}
            conditions={figures.conditions}
            pistes={figures.pistes}
            big
          />
        </div>
      ),
    },
    ...(editable
      ? [
          {
            key: "conditions",
            title: t("conditionsTitle"),
            form: true,
            body: (
              <div className="flex flex-col gap-[2vh]">
                <p className={SLIDE_TEXT_SMALL}>{t("conditionsIntro")}</p>
                <ConditionsEditor
                  groupId={group.id}
                  conditions={figures.conditions}
                  save={saveConditionAction}
                  remove={deleteConditionAction}
                />
              </div>
            ),
          },
          {
            key: "pistes",
            title: t("pistesTitle"),
            form: true,
            body: (
              <div className="flex flex-col gap-[2vh]">
                <p className={SLIDE_TEXT_SMALL}>{t("pistesIntro")}</p>
                <PistesEditor
                  groupId={group.id}
                  pistes={figures.pistes}
                  save={savePisteAction}
                  remove={deletePisteAction}
                />
              </div>
            ),
          },
        ]
      : []),
    {
      key: "release",
      title: t("releaseTitle"),
      form: true,
      body: (
        <div className="flex flex-col gap-[2vh]">
          <p className={SLIDE_TEXT_SMALL}>{t("releaseIntro")}</p>
          <WorkshopControls
            groupId={group.id}
            groupLabel={group.label}
            phase={demarche.phase}
            workshopClosedAt={group.workshopClosedAt}
            releasedAt={group.releasedAt}
            belowMinimum={!figures.workShowable}
            actions={{
              close: closeWorkshopAction,
              reopen: reopenWorkshopAction,
              release: releaseResultsAction,
              undoRelease: undoReleaseAction,
            }}
            big
          />
        </div>
      ),
    },
  ];

  const index = slideIndex(
    etape,
    slides.length,
    slides.map((s) => s.key),
  );
  const slide = slides[index] as Slide;
  // Named by key, not number: a confirmation while the group works adds slides before the forms.
  const href = (i: number) => `/projection/${group.id}?etape=${encodeURIComponent(slides[i]!.key)}`;
  return (
    <ClientMessages namespaces={["chart", "groupStep", "groupView", "positionInput", "plainReadings"]}>
      <SlideFrame
        title={t("title", { group: group.label })}
        subtitle={`${demarche.name} · ${t("members", { n: group.members, submitted: figures.submitted })}`}
        stampUrl={`/demarches/${demarche.id}/etat`}
        previousHref={index > 0 ? href(index - 1) : null}
        nextHref={index < slides.length - 1 ? href(index + 1) : null}
        exitHref={`/demarches/${demarche.id}/ateliers/${group.id}`}
        languageSwitch={<LanguageSwitch action={setLocaleAction} />}
        scrollableBody={slide.form === true}
        bodyClassName={slide.form ? "" : "flex flex-col"}
        labels={{
          nav: t("slidesNav"),
          previous: t("previous"),
          next: t("next"),
          exit: t("leave"),
          counter: t("counter", { current: index + 1, total: slides.length }),
          keys: t("keys"),
        }}
      >
        <nav aria-label={t("sectionsNav")} className="no-print mb-[1.5vh]">
          <ol className={`flex flex-wrap gap-x-[1.5vw] gap-y-1 ${SLIDE_TEXT_SMALL}`}>
            {slides.map((s, i) => (
              <li key={s.key}>
                <Link
                  href={href(i)}
                  aria-current={i === index ? "step" : undefined}
                  className={
                    i === index
                      ? "font-bold underline decoration-4 underline-offset-4"
                      : "text-brand-700 underline underline-offset-4"
                  }
                >
                  {s.title}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        {heading(slide.title)}
        {/* Under the list of parts, the slide's content has the rest of the height, not the body's whole height. */}
        <div className={slide.form ? "" : "min-h-0 flex-1"}>{slide.body}</div>
      </SlideFrame>
    </ClientMessages>
  );
}
