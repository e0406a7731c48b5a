import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { saveInterAgreementAction } from "@/app/(site)/demarches/[demarcheId]/inter/actions";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InterAgreementForm } from "@/components/inter/InterAgreementForm";
import { Card } from "@/components/ui/card";
import { getDemarcheHeader } from "@/server/demarches/get-demarche-header";
import { getInterDemarche } from "@/server/inter/get-inter-demarche";
import { pageMetadata } from "@/app/_lib/page-metadata";

export const generateMetadata = pageMetadata("interWorkshops");

/**
 * An inter-organismes démarche's workshops (decision 023): for each of the
 * two workshops, the position pair it agreed about each organisation, typed
 * in by the accompagnateur.trice, and the way to the two copies of the bilan.
 */
export default async function InterPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId } = await params;
  const header = await orNotFound(getDemarcheHeader(viewer, demarcheId));
  if (header.context !== "inter-organismes") redirect(`/demarches/${demarcheId}`);
  const inter = await orNotFound(getInterDemarche(viewer, demarcheId));
  const t = await getTranslations("interPage");
  const tChart = await getTranslations("chart");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const names = {
    expertise: tChart("mandates.expertise"),
    representation: tChart("mandates.representation"),
    participation: tChart("mandates.participation"),
  };
  const orgName = (side: string) => inter.organisations.find((o) => o.side === side)?.name ?? "";
  const workshopLabel = (kind: string) => inter.workshops.find((w) => w.kind === kind)?.label ?? kind;
  const done = 4 - inter.missing.length;

  return (
    <ClientMessages namespaces={["interPage", "positionInput", "chart"]}>
      <div className="mx-auto flex max-w-4xl flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2">{t("intro")}</p>
        </div>
        <Card as="section" aria-labelledby="inter-organisations">
          <h2 id="inter-organisations" className="text-xl font-bold">
            {t("organisations")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            {inter.organisations.map((o) => (
              <li key={o.side}>
                <span className="font-semibold">{o.name}</span> {t("consentGiven", { date: date(o.namingConsentAt) })}
              </li>
            ))}
          </ul>
          <p className="mt-3 font-semibold" role="status">
            {t("progress", { done })}
          </p>
          {inter.missing.length > 0 ? (
            <>
              <p className="mt-2">{t("missingTitle")}</p>
              <ul className="ml-5 list-disc">
                {inter.missing.map((m) => (
                  <li key={`${m.workshop}-${m.side}`}>
                    {t("missingItem", { workshop: workshopLabel(m.workshop), organisation: orgName(m.side) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
        {inter.workshops.map((workshop) => (
          <section key={workshop.id} aria-labelledby={`workshop-${workshop.kind}`} className="flex flex-col gap-4">
            <h2 id={`workshop-${workshop.kind}`} className="text-2xl font-bold text-brand-800">
              {workshop.label}
            </h2>
            {inter.organisations.map((o) => {
              const saved = inter.agreements.find((a) => a.workshop === workshop.kind && a.side === o.side) ?? null;
              return (
                <Card as="section" key={o.side} aria-labelledby={`agreement-${workshop.kind}-${o.side}`}>
                  <h3 id={`agreement-${workshop.kind}-${o.side}`} className="text-xl font-bold">
                    {t("aboutOrganisation", { organisation: o.name })}
                  </h3>
                  <p className="mb-4 text-sm text-stone-700">
                    {saved ? t("savedOn", { date: date(saved.updatedAt) }) : t("notYet")}
                  </p>
                  <InterAgreementForm
                    id={`inter-${workshop.kind}-${o.side}`}
                    groupId={workshop.id}
                    side={o.side}
                    saved={saved}
                    names={names}
                    descriptions={inter.mandateTexts}
                    save={saveInterAgreementAction}
                  />
                </Card>
              );
            })}
          </section>
        ))}
        <Card as="section" aria-labelledby="inter-bilan">
          <h2 id="inter-bilan" className="text-xl font-bold">
            {t("bilanTitle")}
          </h2>
          <p className="mt-2">{t("bilanIntro")}</p>
          <ul className="mt-3 flex flex-col gap-2">
            {inter.organisations.map((o) => (
              <li key={o.side}>
                <Link
                  href={`/demarches/${demarcheId}/bilan/${o.side}`}
                  className="font-semibold text-brand-800 underline underline-offset-2"
                >
                  {t("bilanFor", { organisation: o.name })}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </ClientMessages>
  );
}
