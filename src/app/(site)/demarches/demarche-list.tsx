import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { labelled } from "@/i18n/locales";

type Item = {
  id: string;
  name: string;
  phase: string;
  startDate: Date;
  endDate: Date;
  isDemo: boolean;
  archivedAt: Date | null;
  organisation: { name: string };
  _count: { participants: number };
};

/** The cards of the démarches a facilitator runs (the list and the archives). */
export async function DemarcheList({ demarches }: { demarches: Item[] }) {
  const t = await getTranslations("facilitatorHome");
  const tp = await getTranslations("phases");
  const locale = await getLocale();
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
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
            <p className="text-sm text-stone-700">{t("dates", { start: date(d.startDate), end: date(d.endDate) })}</p>
            <p className="text-sm">
              {labelled(locale, t("phase"), "")}
              <strong>{tp(d.phase as never)}</strong> ·{" "}
              {t("participants", { count: d._count.participants })}
            </p>
            {d.archivedAt ? (
              <p className="text-sm text-stone-700">{t("archivedOn", { date: date(d.archivedAt) })}</p>
            ) : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}
