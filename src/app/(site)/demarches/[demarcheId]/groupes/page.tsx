import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  AddGroupForm,
  AddParticipantByHandForm,
  GroupSettingsForm,
  RenewInvitationDialog,
  RevokeInvitationButton,
} from "@/app/(site)/demarches/[demarcheId]/groupes/group-forms";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { groupHeadcount } from "@/lib/group-headcount";
import { addDaysYmd, toLocalYmd } from "@/lib/local-time";
import { getGroupsOverview } from "@/server/groups/get-groups-overview";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdmissionCard } from "./admission-card";

export const generateMetadata = pageMetadata("groups");

export default async function GroupsPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const viewer = await facilitatorPageViewer();
  const { demarcheId } = await params;
  const data = await orNotFound(getGroupsOverview(viewer, demarcheId));
  const t = await getTranslations("groupsPage");
  const format = await getFormatter();
  const longDate = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const { demarche, currentEngagementText } = data;
  const today = toLocalYmd(new Date());
  const endYmd = toLocalYmd(demarche.endDate);
  // A renewed invitation lasts until the end of the démarche, or a month when the end is near or past.
  const defaultExpiresOn = endYmd > today ? endYmd : addDaysYmd(today, 30);

  return (
    <ClientMessages namespaces={["groupsPage", "admission"]}>
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2 max-w-3xl">{t("intro")}</p>
        </div>

        {data.groups.map((group) => {
          const headcount = groupHeadcount(group, {
            closed: demarche.readOnly,
            anonymisedAt: demarche.anonymisedAt,
          });
          const headingId = `group-${group.id}`;
          return (
            <Card key={group.id} aria-labelledby={headingId} className="flex flex-col gap-5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={headingId} className="text-2xl font-bold">
                  {group.label}
                </h2>
                <p
                  className={
                    headcount.kind === "missing" ? "font-semibold text-amber-900" : "font-semibold text-brand-800"
                  }
                >
                  {headcount.kind === "anonymised"
                    ? t("statusAnonymised")
                    : headcount.kind === "closed"
                      ? t("statusClosed", { count: headcount.count })
                      : `${t("status", { count: headcount.count, min: headcount.min })} · ${
                          headcount.kind === "missing"
                            ? t("statusMissing", { missing: headcount.missing })
                            : t("statusReady")
                        }`}
                </p>
              </div>

              <section aria-labelledby={`${headingId}-invitation`} className="flex flex-col gap-3">
                <h3 id={`${headingId}-invitation`} className="text-lg font-bold">
                  {t("invitationTitle")}
                </h3>
                {group.invitation?.status === "active" ? (
                  <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                    <dt className="font-semibold">{t("code")}</dt>
                    <dd className="font-mono text-2xl tracking-widest" data-testid="invitation-code">
                      {group.invitation.code}
                    </dd>
                    <dt className="font-semibold">{t("link")}</dt>
                    <dd className="break-all font-mono text-sm">{group.invitation.link}</dd>
                    <dt className="sr-only">{t("expiresOn")}</dt>
                    <dd className="text-sm text-stone-700 sm:col-span-2">
                      {t("expires", { date: longDate(group.invitation.expiresAt) })}
                    </dd>
                  </dl>
                ) : group.invitation?.status === "expired" ? (
                  <Alert tone="warning">{t("expired", { date: longDate(group.invitation.expiresAt) })}</Alert>
                ) : (
                  <Alert tone="warning">{t("noInvitation")}</Alert>
                )}
                <div className="flex flex-wrap gap-3">
                  {group.invitation?.status === "active" ? (
                    <Link
                      href={`/demarches/${demarche.id}/groupes/${group.id}/invitation`}
                      className={buttonClasses("primary")}
                    >
                      {t("printSheet")}
                    </Link>
                  ) : null}
                  {demarche.readOnly ? null : (
                    <>
                      <RenewInvitationDialog
                        groupId={group.id}
                        groupLabel={group.label}
                        defaultExpiresOn={defaultExpiresOn}
                        hasInvitation={group.invitation !== null}
                      />
                      {group.invitation ? <RevokeInvitationButton groupId={group.id} groupLabel={group.label} /> : null}
                    </>
                  )}
                </div>
              </section>

              {demarche.readOnly ? null : <AdmissionCard viewer={viewer} groupId={group.id} />}

              <section aria-labelledby={`${headingId}-people`} className="flex flex-col gap-3">
                <h3 id={`${headingId}-people`} className="text-lg font-bold">
                  {t("participantsTitle")}
                </h3>
                {group.participants.length === 0 ? (
                  <p className="text-stone-700">{t("noParticipants")}</p>
                ) : (
                  <ul className="flex flex-col divide-y divide-stone-200" data-testid={`participants-${group.id}`}>
                    {group.participants.map((p) => (
                      <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
                        <span className={`font-semibold ${p.withdrawn ? "text-stone-500 line-through" : ""}`}>
                          {p.displayName.trim() || t("anonymisedPerson")}
                        </span>
                        <span className="text-sm text-stone-700">
                          {p.withdrawn
                            ? t("withdrawn")
                            : p.consent
                              ? p.consent.oral
                                ? t("consentOral", { version: p.consent.version })
                                : t("consentScreen", { version: p.consent.version })
                              : t("noConsent")}
                          {" · "}
                          {t("joined", { date: format.dateTime(p.joinedAt, { dateStyle: "medium" }) })}
                          {p.addedByFacilitator ? ` · ${t("addedByHand")}` : ""}
                          {!p.withdrawn && !p.admitted ? ` · ${t("waitingAdmission")}` : ""}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {demarche.canAddParticipants && !group.workshopClosed && currentEngagementText ? (
                  <details className="rounded-md border border-stone-300 p-4">
                    <summary className="cursor-pointer font-semibold text-brand-700">{t("addByHandTitle")}</summary>
                    <div className="mt-3">
                      <AddParticipantByHandForm
                        groupId={group.id}
                        engagementTextId={currentEngagementText.id}
                        version={currentEngagementText.version}
                      />
                    </div>
                  </details>
                ) : demarche.readOnly ? null : (
                  <p className="text-sm text-stone-700">{t("cannotAdd")}</p>
                )}
              </section>

              {demarche.readOnly ? null : (
                <details className="rounded-md border border-stone-300 p-4">
                  <summary className="cursor-pointer font-semibold text-brand-700">{t("settingsTitle")}</summary>
                  <div className="mt-3">
                    <GroupSettingsForm
                      groupId={group.id}
                      label={group.label}
                      minSize={group.minSize}
                      removable={group.removable}
                      canRemove={demarche.canChangeGroups}
                    />
                  </div>
                </details>
              )}
            </Card>
          );
        })}

        {demarche.readOnly ? null : (
          <Card aria-labelledby="add-group-title">
            <h2 id="add-group-title" className="mb-3 text-xl font-bold">
              {t("addGroupTitle")}
            </h2>
            {demarche.canChangeGroups ? <AddGroupForm demarcheId={demarche.id} /> : <p>{t("groupsLocked")}</p>}
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}
