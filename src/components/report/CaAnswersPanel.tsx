import { useTranslations } from "next-intl";
import { useLanguageTag } from "@/components/i18n/use-language-tag";
import type { ReportPiste } from "@/domain/report-model";
import type { ActionResult } from "@/lib/action-result";
import type { CaAnswerInput, CaSummaryInput, GroupReactionInput } from "@/lib/schemas/report";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { instantText } from "./format";
import { CaAnswerForm } from "./forms/CaAnswerForm";
import { CaSummaryForm } from "./forms/CaSummaryForm";
import { PublishButton } from "./forms/PublishButton";
import { ReactionForm } from "./forms/ReactionForm";
import { AnswerBlock, OrientationTag } from "./PisteList";
import { listText } from "./format";

export type CaWorkspaceView = {
  demarche: { id: string; name: string };
  pistes: ReportPiste[];
  summary: string;
  publishedAt: Date | null;
  unanswered: number;
  answerRefusal: string | null;
  publishRefusal: string | null;
  reactionRefusal: string | null;
  groups: { id: string; label: string; reaction: string }[];
  /** Which facilitator recorded each answer, by piste (facilitators' view only). */
  answeredBy?: Record<string, string>;
};

type Action<I> = (input: I) => Promise<ActionResult<unknown>>;

/**
 * The rapport des délégué.e.s du CA being written: one answer per piste, an
 * introduction, the publication, and (for the facilitator) the groups'
 * reactions typed in on their behalf. The same panel serves the facilitator
 * and the board members.
 */
export function CaAnswersPanel({
  workspace,
  actions,
}: {
  workspace: CaWorkspaceView;
  actions: {
    answer: Action<CaAnswerInput>;
    summary: Action<CaSummaryInput>;
    publish: Action<{ demarcheId: string }>;
    reaction?: Action<GroupReactionInput>;
  };
}) {
  const t = useTranslations("caAnswers");
  const tr = useTranslations("report");
  const tag = useLanguageTag();
  const canAnswer = workspace.answerRefusal === null;
  return (
    <div className="flex flex-col gap-6">
      <p>{t("intro")}</p>
      {workspace.answerRefusal ? <Alert tone="info">{t(`locked.${workspace.answerRefusal}`)}</Alert> : null}
      {workspace.pistes.length === 0 ? <Alert tone="info">{t("noPistes")}</Alert> : null}
      <ol className="flex flex-col gap-4">
        {workspace.pistes.map((piste, index) => (
          <li key={piste.id}>
            <Card as="article" aria-labelledby={`piste-${piste.id}`} className="flex flex-col gap-3">
              <div className="flex flex-wrap items-center gap-2">
                <OrientationTag orientation={piste.orientation} />
                {piste.needsArbitrage ? (
                  <span className="rounded border border-amber-800 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-950">
                    {tr("pistes.arbitrage")}
                  </span>
                ) : null}
                <span className="text-sm font-semibold text-stone-700">
                  {piste.answer ? t("answered") : t("unansweredTag")}
                </span>
              </div>
              <h2 id={`piste-${piste.id}`} className="text-xl font-bold">
                {index + 1}. {piste.title}
              </h2>
              {piste.description ? <p className="whitespace-pre-line">{piste.description}</p> : null}
              <p className="text-sm text-stone-700">
                {tr("pistes.supportedBy", {
                  groups: piste.supportingGroups.length
                    ? listText(
                        piste.supportingGroups.map((g) => g.label),
                        tag,
                      )
                    : tr("pistes.noSupport"),
                })}
              </p>
              {piste.needsArbitrage && piste.arbitrageNote ? (
                <p>{tr("pistes.arbitrageNote", { note: piste.arbitrageNote })}</p>
              ) : null}
              {piste.answer && workspace.answeredBy?.[piste.id] ? (
                <p className="text-sm text-stone-700">
                  {t("answeredBy", { name: workspace.answeredBy[piste.id]! })}
                </p>
              ) : null}
              {canAnswer ? <CaAnswerForm piste={piste} action={actions.answer} /> : <AnswerBlock piste={piste} />}
            </Card>
          </li>
        ))}
      </ol>

      <Card aria-labelledby="ca-summary-title" className="flex flex-col gap-3">
        <h2 id="ca-summary-title" className="text-xl font-bold">
          {t("summaryTitle")}
        </h2>
        {canAnswer ? (
          <CaSummaryForm demarcheId={workspace.demarche.id} summary={workspace.summary} action={actions.summary} />
        ) : (
          <p className="whitespace-pre-line">{workspace.summary || "—"}</p>
        )}
      </Card>

      <Card aria-labelledby="ca-publish-title" className="flex flex-col gap-3">
        <h2 id="ca-publish-title" className="text-xl font-bold">
          {t("publishTitle")}
        </h2>
        {workspace.publishedAt ? (
          <Alert tone="success">
            {t("publishedOn", { date: instantText(workspace.publishedAt, tag) })}
            {canAnswer ? ` ${t("stillEditable")}` : null}
          </Alert>
        ) : workspace.publishRefusal === "unanswered" ? (
          <Alert tone="info">{t("unanswered", { count: workspace.unanswered })}</Alert>
        ) : workspace.publishRefusal ? (
          <Alert tone="info">{t(`locked.${workspace.publishRefusal}`)}</Alert>
        ) : (
          <PublishButton demarcheId={workspace.demarche.id} action={actions.publish} />
        )}
      </Card>

      {actions.reaction && workspace.groups.length > 0 ? (
        <Card aria-labelledby="ca-reactions-title" className="flex flex-col gap-4">
          <h2 id="ca-reactions-title" className="text-xl font-bold">
            {t("reactionsTitle")}
          </h2>
          <p>{t("reactionsIntro")}</p>
          {workspace.reactionRefusal ? (
            <Alert tone="info">{t(`reactionLocked.${workspace.reactionRefusal}`)}</Alert>
          ) : null}
          {workspace.groups.map((group) =>
            workspace.reactionRefusal === null ? (
              <ReactionForm
                key={group.id}
                groupId={group.id}
                initialText={group.reaction}
                label={t("reactionFor", { group: group.label })}
                submitLabel={t("saveReaction")}
                savedLabel={t("reactionSaved")}
                action={actions.reaction!}
              />
            ) : group.reaction ? (
              <div key={group.id}>
                <p className="font-semibold">{t("reactionFor", { group: group.label })}</p>
                <p className="whitespace-pre-line">{group.reaction}</p>
              </div>
            ) : null,
          )}
        </Card>
      ) : null}
    </div>
  );
}
