import { pageMetadata } from "@/app/_lib/page-metadata";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/app/(site)/demarches/[demarcheId]/parametres/settings-form";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { getDemarcheTeam } from "@/server/team/get-demarche-team";
import { getDemarcheLifecycle } from "@/server/lifecycle/get-demarche-lifecycle";
import { DeleteSection } from "@/app/(site)/demarches/[demarcheId]/parametres/delete-section";
import { RetentionSection } from "@/app/(site)/demarches/[demarcheId]/parametres/retention-section";
import { TeamSection } from "@/app/(site)/demarches/[demarcheId]/parametres/team-section";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("settings");

export default async function SettingsPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId } = await params;
  const data = await orNotFound(getDemarcheSettings(viewer, demarcheId));
  const team = await orNotFound(getDemarcheTeam(viewer, demarcheId));
  const lifecycle = await orNotFound(getDemarcheLifecycle(viewer, demarcheId));
  const t = await getTranslations("settingsPage");
  return (
    <ClientMessages
      namespaces={["newDemarche", "settingsPage", "mandateFields", "teamSection", "deleteSection", "retentionField"]}
    >
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2 max-w-3xl">{t("intro")}</p>
        </div>
        <SettingsForm values={data.values} readOnly={data.readOnly} />
        <RetentionSection
          demarcheId={lifecycle.demarcheId}
          current={lifecycle.retentionMonths}
          someoneJoined={lifecycle.someoneJoined}
          readOnly={lifecycle.readOnly}
        />
        <TeamSection team={team} />
        {lifecycle.phase === "preparation" || lifecycle.phase === "cloturee" ? (
          <DeleteSection
            demarcheId={lifecycle.demarcheId}
            name={lifecycle.name}
            refusal={lifecycle.deletionRefusal}
            closedWithPeople={lifecycle.phase === "cloturee" ? lifecycle.participantCount : null}
          />
        ) : null}
      </div>
    </ClientMessages>
  );
}
