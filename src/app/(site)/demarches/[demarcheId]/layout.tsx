import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { DemarcheTabs } from "@/app/(site)/demarches/[demarcheId]/demarche-tabs";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Alert } from "@/components/ui/alert";
import { getDemarcheHeader } from "@/server/demarches/get-demarche-header";

/** Every facilitator page of a démarche: its name, its phase, and the sections. */
export default async function DemarcheLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ demarcheId: string }>;
}) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId } = await params;
  const header = await orNotFound(getDemarcheHeader(viewer, demarcheId));
  const t = await getTranslations("demarcheNav");
  const tp = await getTranslations("phases");
  // An inter-organismes démarche has its own sections (decision 023).
  const inter = header.context === "inter-organismes";

  return (
    <div className="flex flex-col gap-6">
      <div className="no-print flex flex-col gap-3">
        <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-stone-700">
          <span className="font-semibold text-ink">{header.name}</span>
          <span>{inter ? header.interOrganisations.map((o) => o.name).join(" · ") : header.organisation.name}</span>
          {inter ? (
            <span className="rounded bg-brand-50 px-2 py-0.5 font-semibold text-brand-800">{t("interContext")}</span>
          ) : (
            <span className="rounded bg-brand-50 px-2 py-0.5 font-semibold text-brand-800">
              {t("phase", { phase: tp(header.phase as never) })}
            </span>
          )}
          {header.archivedAt ? (
            <span className="rounded bg-stone-200 px-2 py-0.5 font-semibold text-stone-800">{t("archived")}</span>
          ) : null}
        </p>
        <DemarcheTabs
          demarcheId={header.id}
          inter={inter}
          labels={{
            inter: t("interWorkshops"),
            bilan: t("interBilan"),
            label: t("label"),
            dashboard: t("dashboard"),
            groups: t("groups"),
            calendar: t("calendar"),
            ateliers: t("ateliers"),
            plenary: t("plenary"),
            report: t("report"),
            engagement: t("engagement"),
            settings: t("settings"),
          }}
        />
        {header.phase === "cloturee" ? (
          <Alert tone="info">{header.archivedAt ? `${t("closed")} ${t("archivedNote")}` : t("closed")}</Alert>
        ) : null}
      </div>
      {children}
    </div>
  );
}
