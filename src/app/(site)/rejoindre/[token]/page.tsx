import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { JoinForm } from "@/app/(site)/rejoindre/[token]/join-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { findInvitationByToken } from "@/server/participants/find-invitation";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("join");

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("join");
  const te = await getTranslations("errors");
  const format = await getFormatter();
  const found = await findInvitationByToken(decodeURIComponent(token));

  if (!found.ok) {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("invalidTitle")}</h1>
        <Alert tone="error">{te(`invitation.${found.reason}`)}</Alert>
        <p>
          <Link href="/" className={buttonClasses("secondary")}>
            {t("backHome")}
          </Link>
        </p>
      </div>
    );
  }

  const inv = found.invitation;
  const dateOpts = { dateStyle: "long" } as const;
  return (
    <ClientMessages namespaces={["join"]}>
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <Card>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("organisation")}</dt>
            <dd>{inv.organisationName}</dd>
            <dt className="font-semibold">{t("demarche")}</dt>
            <dd>
              {inv.demarcheName} —{" "}
              {t("dates", {
                start: format.dateTime(inv.startDate, dateOpts),
                end: format.dateTime(inv.endDate, dateOpts),
              })}
            </dd>
            <dt className="font-semibold">{t("group")}</dt>
            <dd>{inv.groupLabel}</dd>
          </dl>
        </Card>
        {inv.engagementText ? (
          <>
            <Card aria-labelledby="conditions-title">
              <h2 id="conditions-title" className="text-xl font-bold">
                {t("conditionsTitle")}{" "}
                <span className="text-sm font-normal text-stone-600">
                  ({t("conditionsVersion", { version: inv.engagementText.version })})
                </span>
              </h2>
              <div className="mt-3 whitespace-pre-line leading-relaxed">{inv.engagementText.body}</div>
            </Card>
            <Card aria-labelledby="privacy-title">
              <h2 id="privacy-title" className="text-xl font-bold">
                {t("privacyTitle")}
              </h2>
              <p className="mt-2">{t("privacyText")}</p>
              <p className="mt-2">{t("retention", { months: inv.retentionMonths })}</p>
              {inv.privacyOfficerName ? (
                <p className="mt-2 text-sm">
                  {t("privacyOfficer", { name: inv.privacyOfficerName, contact: inv.privacyOfficerContact })}
                </p>
              ) : null}
              <p className="mt-2">
                <Link href="/confidentialite" className="font-semibold text-brand-700 underline underline-offset-4">
                  {t("privacyLink")}
                </Link>
              </p>
            </Card>
            <Card>
              <JoinForm token={decodeURIComponent(token)} engagementTextId={inv.engagementText.id} />
            </Card>
          </>
        ) : (
          <Alert tone="warning">{t("noConditions")}</Alert>
        )}
      </div>
    </ClientMessages>
  );
}
