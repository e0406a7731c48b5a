import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import {
  publishCaReportAction,
  recordCaAnswerAction,
  saveCaSummaryAction,
  saveReactionForGroupAction,
} from "@/app/(site)/demarches/[demarcheId]/rapport/reponses/actions";
import { CaAnswersPanel } from "@/components/report/CaAnswersPanel";
import { buttonClasses } from "@/components/ui/button";
import { getCaWorkspace } from "@/server/ca/get-ca-workspace";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("caAnswers");

export default async function FacilitatorCaAnswersPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const { demarcheId } = await params;
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("caAnswers");
  const tp = await getTranslations("reportPage");
  const workspace = await orNotFound(getCaWorkspace(viewer, demarcheId));
  return (
    <ClientMessages namespaces={["caAnswers", "report"]}>
      <div className="flex flex-col gap-6">
        <nav aria-label={t("title")}>
          <Link href={`/demarches/${demarcheId}/rapport`} className={buttonClasses("ghost")}>
            {tp("title")}
          </Link>
        </nav>
        <div>
          <p className="text-stone-700">{workspace.demarche.name}</p>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        </div>
        <CaAnswersPanel
          workspace={workspace}
          actions={{
            answer: recordCaAnswerAction,
            summary: saveCaSummaryAction,
            publish: publishCaReportAction,
            reaction: saveReactionForGroupAction,
          }}
        />
      </div>
    </ClientMessages>
  );
}
