import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemarcheList } from "@/app/(site)/demarches/demarche-list";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { Card } from "@/components/ui/card";
import { listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";

export const generateMetadata = pageMetadata("archivedDemarches");

/** The archived démarches the facilitator runs (decision 021, addendum): out of the list, still reachable. */
export default async function ArchivedDemarchesPage() {
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("facilitatorHome");
  const demarches = await listFacilitatorDemarches(viewer, { archived: true });

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-800">{t("archivedTitle")}</h1>
        <p className="mt-2 max-w-3xl">{t("archivedIntro")}</p>
      </div>
      {demarches.length === 0 ? (
        <Card>
          <p>{t("archivedEmpty")}</p>
        </Card>
      ) : (
        <DemarcheList demarches={demarches} />
      )}
      <p>
        <Link href="/demarches" className="font-semibold text-brand-700 underline underline-offset-4">
          {t("backToList")}
        </Link>
      </p>
    </div>
  );
}
