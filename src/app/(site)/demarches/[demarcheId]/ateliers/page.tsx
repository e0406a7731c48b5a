import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isAppError } from "@/server/errors";
import { listWorkshopGroups } from "@/server/workshops/list-workshop-groups";
import { labelled } from "@/i18n/locales";

export const generateMetadata = pageMetadata("workshops");

/** The facilitator's entry to the ateliers: each group's progress, and where to run or print its workshop. */
export default async function WorkshopsPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const { demarcheId } = await params;
  const viewer = await facilitatorPageViewer();
  const data = await listWorkshopGroups(viewer, demarcheId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("facilitatorWorkshop");
  const tp = await getTranslations("phases");
  const locale = await getLocale();
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="mt-2">{t("intro", { demarche: data.name })}</p>
        <p className="mt-1">
          {labelled(locale, t("phase"), "")}
          <strong>{tp(data.phase)}</strong>
        </p>
        {data.phase !== "ateliers" ? <p className="mt-2 text-amber-900">{t("notInAteliers")}</p> : null}
      </div>
      <ul className="grid gap-4 md:grid-cols-2">
        {data.groups.map((group) => (
          <li key={group.id}>
            <Card as="article" aria-labelledby={`group-${group.id}`} className="flex h-full flex-col gap-3">
              <h2 id={`group-${group.id}`} className="text-xl font-bold">
                {group.label}
              </h2>
              <ul className="text-sm" data-testid={`group-summary-${group.id}`}>
                <li>{t("members", { n: group.members })}</li>
                <li>{t("submitted", { n: group.submitted, min: group.minSize })}</li>
                <li>{t("drafts", { n: group.drafts })}</li>
                <li>
                  {group.hasAgreement ? t("hasAgreement") : t("noAgreement")} ·{" "}
                  {t("conditionsCount", { n: group.conditions })} · {t("pistesCount", { n: group.pistes })}
                </li>
                <li>{group.workshopClosedAt ? t("closedOn", { date: date(group.workshopClosedAt) }) : t("open")}</li>
                <li>{group.releasedAt ? t("releasedOn", { date: date(group.releasedAt) }) : t("notReleased")}</li>
              </ul>
              <div className="mt-auto flex flex-wrap gap-2">
                <Link href={`/demarches/${demarcheId}/ateliers/${group.id}`} className={buttonClasses("primary")}>
                  {t("manage")}
                  <span className="sr-only">{labelled(locale, "", group.label)}</span>
                </Link>
                <Link href={`/projection/${group.id}`} className={buttonClasses("secondary")}>
                  {t("project")}
                  <span className="sr-only">{labelled(locale, "", group.label)}</span>
                </Link>
              </div>
            </Card>
          </li>
        ))}
      </ul>
      <Card aria-labelledby="paper">
        <h2 id="paper" className="text-xl font-bold">
          {t("paperTitle")}
        </h2>
        <p className="mt-2">{t("paperIntro")}</p>
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <a href={`/demarches/${demarcheId}/ateliers/fiche`} className={buttonClasses("secondary")}>
              {t("worksheetBlank")}
            </a>
          </li>
          {data.groups.map((group) => (
            <li key={group.id}>
              <a
                href={`/demarches/${demarcheId}/ateliers/fiche?groupe=${encodeURIComponent(group.id)}`}
                className={buttonClasses("secondary")}
              >
                {t("worksheetFor", { group: group.label })}
              </a>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
