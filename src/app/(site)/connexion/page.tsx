import { pageMetadata } from "@/app/_lib/page-metadata";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/app/(site)/connexion/sign-in-form";
import { Card } from "@/components/ui/card";
import { getViewer } from "@/server/auth/current-viewer";
import { hasAnyFacilitator } from "@/server/facilitators/create-first-facilitator";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("signIn");

export default async function SignInPage() {
  const t = await getTranslations("signIn");
  if ((await getViewer()).kind === "facilitator") redirect("/demarches");
  if (!(await hasAnyFacilitator())) redirect("/premier-compte");
  return (
    <ClientMessages namespaces={["signIn"]}>
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("intro")}</p>
        <Card>
          <SignInForm />
        </Card>
        <p className="text-sm text-stone-700">{t("participantsHint")}</p>
      </div>
    </ClientMessages>
  );
}
