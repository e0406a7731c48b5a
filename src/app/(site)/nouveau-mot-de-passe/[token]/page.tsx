import { pageMetadata } from "@/app/_lib/page-metadata";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/app/(site)/nouveau-mot-de-passe/[token]/reset-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { describeAccountLink } from "@/server/facilitators/describe-account-link";

export const generateMetadata = pageMetadata("newPassword");

/** Opened from the reset link an administrateur.trice handed over (decision 020). */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const token = decodeURIComponent((await params).token);
  const t = await getTranslations("passwordReset");
  const state = await describeAccountLink("reset", token);
  return (
    <ClientMessages namespaces={["passwordReset"]}>
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        {state === "valid" ? (
          <>
            <p>{t("intro")}</p>
            <Card>
              <ResetPasswordForm token={token} />
            </Card>
          </>
        ) : (
          <Alert tone="error">{t("unusable")}</Alert>
        )}
      </div>
    </ClientMessages>
  );
}
