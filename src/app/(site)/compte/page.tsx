import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, SignOutEverywhereButton } from "@/app/(site)/compte/account-forms";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { db } from "@/server/db";
import { isAdministrator } from "@/server/facilitators/account-access";

export const generateMetadata = pageMetadata("myAccount");

export default async function AccountPage() {
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("account");
  const admin = await isAdministrator(viewer, db);
  return (
    <ClientMessages namespaces={["account"]}>
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2">
            {viewer.name} · {viewer.email}
          </p>
        </div>
        {admin ? (
          <p>
            <Link href="/equipe" className={buttonClasses("secondary")}>
              {t("manageTeam")}
            </Link>
          </p>
        ) : null}
        <Card aria-labelledby="password-title">
          <h2 id="password-title" className="mb-4 text-xl font-bold">
            {t("passwordTitle")}
          </h2>
          {viewer.isDemo ? <p>{t("demoPassword")}</p> : <ChangePasswordForm />}
        </Card>
        <Card aria-labelledby="everywhere-title">
          <h2 id="everywhere-title" className="text-xl font-bold">
            {t("everywhereTitle")}
          </h2>
          <p className="my-3">{t("everywhereHelp")}</p>
          <SignOutEverywhereButton />
        </Card>
      </div>
    </ClientMessages>
  );
}
