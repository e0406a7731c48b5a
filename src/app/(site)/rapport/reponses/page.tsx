import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { boardAnswerAction, boardPublishAction, boardSummaryAction } from "@/app/(site)/rapport/actions";
import { CaAnswersPanel } from "@/components/report/CaAnswersPanel";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { getCaWorkspace } from "@/server/ca/get-ca-workspace";
import { isAppError } from "@/server/errors";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("caAnswers");

/** Board members write the CA's answers themselves (the facilitator may also do it for them). */
export default async function BoardAnswersPage() {
  const viewer = await participantPageViewer();
  const t = await getTranslations("caAnswers");
  const tp = await getTranslations("reportPage");
  const th = await getTranslations("participantHome");
  let workspace;
  try {
    workspace = await getCaWorkspace(viewer, viewer.demarcheId);
  } catch (error) {
    if (!isAppError(error) || (error.code !== "INVALID_STATE" && error.code !== "FORBIDDEN")) throw error;
    return (
      <div className="flex flex-col gap-4">
        <Link href="/atelier" className="font-semibold text-brand-700 underline underline-offset-4">
          {th("backToSpace")}
        </Link>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <Alert tone="info">{error.code === "FORBIDDEN" ? tp("onlyBoard") : tp("notYetForBoard")}</Alert>
      </div>
    );
  }
  return (
    <ClientMessages namespaces={["caAnswers", "report"]}>
      <div className="flex flex-col gap-6">
        <nav aria-label={t("title")} className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link href="/atelier" className="font-semibold text-brand-700 underline underline-offset-4">
            {th("backToSpace")}
          </Link>
          <Link href="/rapport" className={buttonClasses("ghost")}>
            {tp("title")}
          </Link>
        </nav>
        <div>
          <p className="text-stone-700">{workspace.demarche.name}</p>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        </div>
        <CaAnswersPanel
          workspace={workspace}
          actions={{ answer: boardAnswerAction, summary: boardSummaryAction, publish: boardPublishAction }}
        />
      </div>
    </ClientMessages>
  );
}
