import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CodeForm } from "@/app/(site)/code-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getViewer } from "@/server/auth/current-viewer";
import { hasAnyFacilitator } from "@/server/facilitators/create-first-facilitator";
import { ClientMessages } from "@/components/i18n/client-messages";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ retrait?: string }> }) {
  const t = await getTranslations("home");
  const tm = await getTranslations("myData");
  const tx = await getTranslations("exploration");
  const withdrawn = (await searchParams).retrait === "1";
  const viewer = await getViewer();
  const firstRun = !(await hasAnyFacilitator());
  const space = viewer.kind === "facilitator" ? "/demarches" : viewer.kind === "participant" ? "/atelier" : null;

  return (
    <ClientMessages namespaces={["home"]}>
      <div className="flex flex-col gap-8">
        {withdrawn ? <Alert tone="success">{tm("withdrawn")}</Alert> : null}
        <div className="flex flex-col gap-3">
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="max-w-3xl text-lg">{t("intro")}</p>
          {space ? (
            <p>
              <Link href={space} className={buttonClasses("primary")}>
                {t("goToSpace")}
              </Link>
            </p>
          ) : null}
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          <Card aria-labelledby="code-title">
            <h2 id="code-title" className="mb-4 text-xl font-bold">
              {t("codeTitle")}
            </h2>
            <CodeForm />
          </Card>
          <Card aria-labelledby="facilitator-title">
            <h2 id="facilitator-title" className="mb-4 text-xl font-bold">
              {t("facilitatorTitle")}
            </h2>
            <div className="flex flex-col items-start gap-3">
              {firstRun ? (
                <Link href="/premier-compte" className={buttonClasses("primary")}>
                  {t("firstRun")}
                </Link>
              ) : (
                <Link href="/connexion" className={buttonClasses("secondary")}>
                  {t("facilitatorSignIn")}
                </Link>
              )}
            </div>
          </Card>
          <Card aria-labelledby="explore-title" className="md:col-span-2">
            <h2 id="explore-title" className="mb-2 text-xl font-bold">
              {tx("homeTitle")}
            </h2>
            <p className="mb-4">{tx("homeText")}</p>
            <Link href="/explorer" className={buttonClasses("secondary")}>
              {tx("homeLink")}
            </Link>
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}
