import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";

export const metadata: Metadata = { title: "Mes démarches" };

export default async function FacilitatorHomePage() {
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("facilitatorHome");
  const tn = await getTranslations("newDemarche");
  const tp = await getTranslations("phases");
  const format = await getFormatter();
  const demarches = await listFacilitatorDemarches(viewer);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2">{t("intro")}</p>
        </div>
        {demarches.length > 0 ? (
          <Link href="/demarches/nouvelle" className={buttonClasses("primary")}>
            {tn("newButton")}
          </Link>
        ) : null}
      </div>
      {demarches.length === 0 ? (
        <Card className="flex flex-col items-start gap-4">
          <p>{t("empty")}</p>
          <Link href="/demarches/nouvelle" className={buttonClasses("primary")}>
            {tn("startFirst")}
          </Link>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {demarches.map((d) => (
            <li key={d.id}>
              <Card as="article" className="flex h-full flex-col gap-2">
                <h2 className="text-xl font-bold">
                  <Link href={`/demarches/${d.id}`} className="text-brand-700 underline-offset-4 hover:underline">
                    {d.name}
                  </Link>
                  {d.isDemo ? (
                    <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">
                      {t("demo")}
                    </span>
                  ) : null}
                </h2>
                <p>{d.organisation.name}</p>
                <p className="text-sm text-stone-700">
                  {t("dates", { start: date(d.startDate), end: date(d.endDate) })}
                </p>
                <p className="text-sm">
                  {t("phase")} : <strong>{tp(d.phase as never)}</strong> ·{" "}
                  {t("participants", { count: d._count.participants })}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
