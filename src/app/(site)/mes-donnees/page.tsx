import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RenameForm } from "@/app/(site)/mes-donnees/rename-form";
import { WithdrawButton } from "@/app/(site)/mes-donnees/withdraw-button";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getMyData } from "@/server/privacy/get-my-data";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("myData");

type Triple = { expertise: number; representation: number; participation: number } | null;

export default async function MyDataPage() {
  const viewer = await participantPageViewer({ waitingAllowed: true });
  const t = await getTranslations("myData");
  const th = await getTranslations("participantHome");
  const format = await getFormatter();
  const data = await getMyData(viewer);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const weights = (w: Triple) =>
    w
      ? t("weights", {
          expertise: w.expertise / 10,
          representation: w.representation / 10,
          participation: w.participation / 10,
        })
      : t("notSet");
  const text = (label: string, value: string) =>
    value ? (
      <>
        <dt className="font-semibold">{label}</dt>
        <dd className="whitespace-pre-line">{value}</dd>
      </>
    ) : null;

  return (
    <ClientMessages namespaces={["myData"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <div>
          <Link href="/atelier" className="font-semibold text-brand-700 underline underline-offset-4">
            {th("backToSpace")}
          </Link>
          <h1 className="mt-3 text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2">{t("intro")}</p>
        </div>

        <Card aria-labelledby="identity">
          <h2 id="identity" className="text-xl font-bold">
            {t("identity")}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("displayName")}</dt>
            <dd>{data.displayName}</dd>
            <dt className="font-semibold">{t("organisation")}</dt>
            <dd>{data.organisation}</dd>
            <dt className="font-semibold">{t("demarche")}</dt>
            <dd>{data.demarche}</dd>
            <dt className="font-semibold">{t("group")}</dt>
            <dd>{data.group}</dd>
            <dt className="font-semibold">{t("joinedAt")}</dt>
            <dd>
              {date(data.joinedAt)}
              {data.addedByFacilitator ? ` — ${t("addedByFacilitator")}` : ""}
            </dd>
          </dl>
        </Card>

        <Card aria-labelledby="consents">
          <h2 id="consents" className="text-xl font-bold">
            {t("consentsTitle")}
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {data.consents.map((c) => (
              <li key={`${c.purpose}-${c.givenAt.toISOString()}`}>
                {t("consent", {
                  purpose: t(`purposes.${c.purpose}` as never),
                  date: date(c.givenAt),
                  version: c.textVersion,
                })}
                {c.withdrawnAt ? ` (${t("consentWithdrawn", { date: date(c.withdrawnAt) })})` : ""}
              </li>
            ))}
          </ul>
        </Card>

        <Card aria-labelledby="answers">
          <h2 id="answers" className="text-xl font-bold">
            {t("answersTitle")}
          </h2>
          {data.position ? (
            <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("current")}</dt>
              <dd>{weights(data.position.current)}</dd>
              {text(t("why"), data.position.currentWhy)}
              {text(t("examples"), data.position.currentExamples)}
              <dt className="font-semibold">{t("desired")}</dt>
              <dd>{weights(data.position.desired)}</dd>
              {text(t("why"), data.position.desiredWhy)}
              {text(t("examples"), data.position.desiredExamples)}
              {text(t("hinder"), data.position.conditionsHinder)}
              {text(t("support"), data.position.conditionsSupport)}
              <dt className="font-semibold">{t("statusLabel")}</dt>
              <dd>
                {t(`status.${data.position.status}` as never)}
                {data.position.enteredByFacilitator ? ` — ${t("enteredByFacilitator")}` : ""}
              </dd>
            </dl>
          ) : (
            <p className="mt-3">{t("noAnswers")}</p>
          )}
        </Card>

        <Card aria-labelledby="officer">
          <h2 id="officer" className="text-xl font-bold">
            {t("officerTitle")}
          </h2>
          <p className="mt-2">
            {data.privacyOfficer.name
              ? `${data.privacyOfficer.name} — ${data.privacyOfficer.contact}`
              : t("officerNone")}
          </p>
          <p className="mt-2">{t("retention", { months: data.retentionMonths })}</p>
        </Card>

        <Card aria-labelledby="download">
          <h2 id="download" className="text-xl font-bold">
            {t("downloadTitle")}
          </h2>
          <p className="mt-2">{t("downloadText")}</p>
          <p className="mt-3">
            <a href="/mes-donnees/export" download className={buttonClasses("secondary")}>
              {t("download")}
            </a>
          </p>
        </Card>

        <Card aria-labelledby="rename">
          <h2 id="rename" className="mb-3 text-xl font-bold">
            {t("renameTitle")}
          </h2>
          <RenameForm displayName={data.displayName} />
        </Card>

        <Card aria-labelledby="withdraw" className="border-red-200">
          <h2 id="withdraw" className="text-xl font-bold">
            {t("withdrawTitle")}
          </h2>
          <p className="mt-2">{t("withdrawText")}</p>
          <p className="mt-2">{data.withdrawalPolicy === "remove" ? t("withdrawRemove") : t("withdrawKeep")}</p>
          <div className="mt-4">
            <WithdrawButton keepsPositions={data.withdrawalPolicy !== "remove"} />
          </div>
        </Card>
      </div>
    </ClientMessages>
  );
}
