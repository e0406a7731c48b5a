import { pageMetadata } from "@/app/_lib/page-metadata";
import { getTranslations } from "next-intl/server";
import { TeamManager } from "@/app/(site)/equipe/team-manager";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getTeam } from "@/server/facilitators/get-team";

export const generateMetadata = pageMetadata("team");

/** The administrateur.trice's page (decision 020); anyone else gets a 404. */
export default async function TeamPage() {
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("team");
  const team = await orNotFound(getTeam(viewer));
  return (
    <ClientMessages namespaces={["team"]}>
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2">{t("intro")}</p>
        </div>
        <Alert tone="info">{t("privacyNote")}</Alert>
        <Card>
          <TeamManager
            accounts={team.accounts.map((a) => ({
              id: a.id,
              name: a.name,
              email: a.email,
              isAdministrator: a.isAdministrator,
              isMe: a.isMe,
              isDemo: a.isDemo,
              disabled: a.disabledAt !== null,
            }))}
            invitations={team.invitations.map((i) => ({
              id: i.id,
              label: i.label ?? "",
              expiresAt: i.expiresAt.toISOString(),
            }))}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
