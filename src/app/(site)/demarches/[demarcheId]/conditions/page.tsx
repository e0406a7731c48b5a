import { pageMetadata } from "@/app/_lib/page-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { EngagementTextForm } from "@/app/(site)/demarches/[demarcheId]/conditions/engagement-form";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Card } from "@/components/ui/card";
import { getEngagementTexts } from "@/server/demarches/get-engagement-texts";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("engagement");

export default async function EngagementPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId } = await params;
  const data = await orNotFound(getEngagementTexts(viewer, demarcheId));
  const t = await getTranslations("engagementPage");
  const format = await getFormatter();
  const [current] = data.versions;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });

  return (
    <ClientMessages namespaces={["engagementPage"]}>
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2 max-w-3xl">{t("intro")}</p>
        </div>
        {current ? (
          <Card aria-labelledby="current-title" className="flex flex-col gap-3">
            <h2 id="current-title" className="text-xl font-bold" data-testid="current-version">
              {t("current", { version: current.version })}
            </h2>
            <p className="text-sm text-stone-700">
              {t("published", { date: date(current.createdAt) })} · {t("accepted", { count: current.acceptedCount })}
            </p>
            <div className="whitespace-pre-line rounded-md bg-stone-50 p-4 leading-relaxed">{current.body}</div>
          </Card>
        ) : null}
        {!data.readOnly && current ? (
          <Card as="div">
            <details>
              <summary className="cursor-pointer text-xl font-bold text-brand-700">{t("editTitle")}</summary>
              <div className="mt-3">
                <EngagementTextForm demarcheId={demarcheId} currentVersion={current.version} body={current.body} />
              </div>
            </details>
          </Card>
        ) : null}
        <Card aria-labelledby="history-title">
          <h2 id="history-title" className="mb-3 text-xl font-bold">
            {t("historyTitle")}
          </h2>
          <ul className="flex flex-col divide-y divide-stone-200" data-testid="engagement-versions">
            {data.versions.map((v) => (
              <li key={v.id} className="py-3">
                <p>
                  <span className="font-semibold">{t("versionLabel", { version: v.version })}</span>
                  <span className="text-stone-700">
                    {" "}
                    · {t("published", { date: date(v.createdAt) })} · {t("accepted", { count: v.acceptedCount })}
                  </span>
                </p>
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("show")}</summary>
                  <div className="mt-2 whitespace-pre-line text-sm leading-relaxed">{v.body}</div>
                </details>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </ClientMessages>
  );
}
