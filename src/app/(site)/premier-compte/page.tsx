import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FirstAccountForm } from "@/app/(site)/premier-compte/first-account-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { hasAnyFacilitator } from "@/server/facilitators/create-first-facilitator";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("firstAccount");

export default async function FirstAccountPage() {
  const t = await getTranslations("firstRun");
  const done = await hasAnyFacilitator();
  return (
    <ClientMessages namespaces={["firstRun"]}>
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        {done ? (
          <>
            <p>{t("alreadyDone")}</p>
            <p>
              <Link href="/connexion" className={buttonClasses("primary")}>
                {t("signInInstead")}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>{t("intro")}</p>
            <Card>
              <FirstAccountForm />
            </Card>
          </>
        )}
      </div>
    </ClientMessages>
  );
}
