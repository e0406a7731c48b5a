import { pageMetadata } from "@/app/_lib/page-metadata";
import { getTranslations } from "next-intl/server";
import { AccountInvitationForm } from "@/app/(site)/inscription/[token]/account-invitation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { describeAccountLink } from "@/server/facilitators/describe-account-link";

export const generateMetadata = pageMetadata("createAccount");

/** Opened from the link an administrateur.trice handed over (decision 020). */
export default async function AccountInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const token = decodeURIComponent((await params).token);
  const t = await getTranslations("accountInvitation");
  const state = await describeAccountLink("invitation", token);
  return (
    <ClientMessages namespaces={["accountInvitation"]}>
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        {state === "valid" ? (
          <>
            <p>{t("intro")}</p>
            <Card>
              <AccountInvitationForm token={token} />
            </Card>
          </>
        ) : (
          <Alert tone="error">{t("unusable")}</Alert>
        )}
      </div>
    </ClientMessages>
  );
}
