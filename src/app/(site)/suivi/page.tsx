import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { languageTagOf } from "@/i18n/locales";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { saveOwnReactionAction } from "@/app/(site)/suivi/actions";
import { instantText } from "@/components/report/format";
import { ReactionForm } from "@/components/report/forms/ReactionForm";
import { PisteList } from "@/components/report/PisteList";
import { ReactionList } from "@/components/report/ReactionList";
import { roleKey } from "@/domain/report-outline";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getFollowUp } from "@/server/ca/get-follow-up";

export const generateMetadata = pageMetadata("followUp");

/** Every participant: the CA's published answers, the groups' reactions, and their own group's reaction. */
export default async function FollowUpPage() {
  const viewer = await participantPageViewer();
  const t = await getTranslations("followUp");
  const tag = languageTagOf(await getLocale());
  const tr = await getTranslations("report");
  const th = await getTranslations("participantHome");
  const tRoot = (await getTranslations()) as unknown as (key: string) => string;
  const followUp = await getFollowUp(viewer);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/atelier" className="font-semibold text-brand-700 underline underline-offset-4">
          {th("backToSpace")}
        </Link>
        <p className="mt-3 text-stone-700">{followUp.demarche.name}</p>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      </div>
      {!followUp.published ? (
        <Alert tone="info">{t("notPublished")}</Alert>
      ) : (
        <>
          <p>{t("intro")}</p>
          <p className="font-semibold">{t("publishedOn", { date: instantText(followUp.publishedAt, tag) })}</p>
          {followUp.summary ? (
            <Card aria-labelledby="summary-title">
              <h2 id="summary-title" className="text-xl font-bold">
                {tr("answers.summary")}
              </h2>
              <p className="whitespace-pre-line">{followUp.summary}</p>
            </Card>
          ) : null}
          <section aria-labelledby="answers-title" className="flex flex-col gap-3">
            <h2 id="answers-title" className="text-2xl font-bold text-brand-800">
              {tr("answers.title")}
            </h2>
            <PisteList pistes={followUp.pistes} showAnswers />
          </section>
          <Card aria-labelledby="own-title" className="flex flex-col gap-3">
            <h2 id="own-title" className="text-xl font-bold">
              {t("ownReactionTitle", { group: followUp.ownGroup.label })}
            </h2>
            {followUp.ownGroup.refusal === null ? (
              <ReactionForm
                groupId={followUp.ownGroup.id}
                initialText={followUp.ownGroup.reaction}
                label={t("reaction")}
                help={t("ownReactionHelp")}
                submitLabel={t("save")}
                savedLabel={t("saved")}
                action={saveOwnReactionAction}
              />
            ) : (
              <>
                <Alert tone="info">{followUp.ownGroup.refusal === "closed" ? t("closed") : t("tooEarly")}</Alert>
                <p className="whitespace-pre-line">{followUp.ownGroup.reaction || t("noReaction")}</p>
              </>
            )}
            {followUp.ownGroup.updatedAt ? (
              <p className="text-sm text-stone-700">
                {t("lastEdit", { date: instantText(followUp.ownGroup.updatedAt, tag) })}
              </p>
            ) : null}
            {followUp.ownGroup.history.length > 0 ? (
              <details className="text-sm" data-testid="reaction-history">
                <summary className="cursor-pointer font-semibold">
                  {t("historyTitle")} ({followUp.ownGroup.history.length})
                </summary>
                <ol className="mt-2 flex flex-col gap-2">
                  {followUp.ownGroup.history.map((version, index) => (
                    <li key={index} className="border-l-2 border-stone-300 pl-3">
                      <p className="text-stone-700">
                        {t("historyItem", {
                          date: instantText(version.createdAt, tag),
                          role: tRoot(roleKey(version.writtenBy)),
                        })}
                        {index === 0 ? ` ${t("latest")}` : ""}
                      </p>
                      <p className="whitespace-pre-line">{version.text}</p>
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
          </Card>
          <section aria-labelledby="reactions-title" className="flex flex-col gap-3">
            <h2 id="reactions-title" className="text-2xl font-bold text-brand-800">
              {t("otherReactions")}
            </h2>
            <ReactionList reactions={followUp.reactions} />
          </section>
        </>
      )}
    </div>
  );
}
