import { pageMetadata } from "@/app/_lib/page-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { IncidentForm } from "@/app/(site)/registre-incidents/incident-form";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { Card } from "@/components/ui/card";
import { toLocalYmd } from "@/lib/local-time";
import { listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";
import { listIncidents } from "@/server/incidents/list-incidents";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("incidents");

export default async function IncidentRegisterPage() {
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("incidents");
  const format = await getFormatter();
  const [incidents, demarches] = await Promise.all([
    listIncidents(viewer),
    listFacilitatorDemarches(viewer, { archived: "all" }),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });

  return (
    <ClientMessages namespaces={["incidents"]}>
      <div className="flex max-w-4xl flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2">{t("intro")}</p>
        </div>
        <Card aria-labelledby="incident-list">
          <h2 id="incident-list" className="text-xl font-bold">
            {t("listTitle")}
          </h2>
          {incidents.length === 0 ? (
            <p className="mt-2">{t("empty")}</p>
          ) : (
            <ul className="mt-3 flex flex-col gap-4">
              {incidents.map((i) => (
                <li key={i.id} className="border-l-4 border-stone-300 pl-4">
                  <p className="text-sm text-stone-700">
                    {t("dates", { occurred: date(i.occurredAt), discovered: date(i.discoveredAt) })}
                    {i.demarche ? ` · ${i.demarche.name}` : ""}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{i.description}</p>
                  {i.peopleConcerned ? <p className="mt-1 text-sm">{i.peopleConcerned}</p> : null}
                  {i.measures ? <p className="mt-1 text-sm whitespace-pre-line">{i.measures}</p> : null}
                  <p className="mt-1 text-sm font-semibold">
                    {i.riskOfSeriousInjury ? `${t("riskYes")} · ` : ""}
                    {i.reportedToCai ? t("reportedYes") : t("notReported")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="incident-add">
          <h2 id="incident-add" className="mb-4 text-xl font-bold">
            {t("addTitle")}
          </h2>
          <IncidentForm demarches={demarches.map((d) => ({ id: d.id, name: d.name }))} today={toLocalYmd(new Date())} />
        </Card>
      </div>
    </ClientMessages>
  );
}
