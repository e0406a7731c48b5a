"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import {
  handOverAdministrationAction,
  inviteColleagueAction,
  issuePasswordResetAction,
  revokeAccountLinkAction,
  setAccountDisabledAction,
} from "@/app/(site)/equipe/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { FieldShell, TextInput } from "@/components/ui/field";
import { type InviteColleagueInput, inviteColleagueSchema } from "@/lib/schemas/accounts";

export type TeamAccount = {
  id: string;
  name: string;
  email: string;
  isAdministrator: boolean;
  isMe: boolean;
  isDemo: boolean;
  disabled: boolean;
};
export type PendingInvitation = { id: string; label: string; expiresAt: string };
type Issued = { title: string; link: string; qrSvg: string; expiresAt: string };

/** A date and time in the instance's time zone (the one next-intl is configured with). */
function useDateText() {
  const format = useFormatter();
  return (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" });
}

/** A link shown once: to copy, or to scan from the screen. */
function IssuedLink({ issued, onClose }: { issued: Issued; onClose: () => void }) {
  const t = useTranslations("team");
  const dateText = useDateText();
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the new link, shown once.
  useEffect(() => heading.current?.focus(), [issued.link]);
  return (
    <section aria-labelledby="issued-title" className="flex flex-col gap-3 rounded-md border-2 border-brand-600 p-4">
      <h2 id="issued-title" ref={heading} tabIndex={-1} className="text-lg font-bold">
        {issued.title}
      </h2>
      <p>{t("linkOnce", { date: dateText(issued.expiresAt) })}</p>
      <label htmlFor="issued-link" className="sr-only">
        {issued.title}
      </label>
      <TextInput
        id="issued-link"
        readOnly
        value={issued.link}
        onFocus={(e) => e.currentTarget.select()}
        className="font-mono text-sm"
      />
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(issued.link).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL drawn on the server */}
      <img
        src={`data:image/svg+xml;base64,${btoa(issued.qrSvg)}`}
        alt={t("qrAlt")}
        className="h-48 w-48 self-start bg-white p-2"
      />
    </section>
  );
}

export function TeamManager({ accounts, invitations }: { accounts: TeamAccount[]; invitations: PendingInvitation[] }) {
  const t = useTranslations("team");
  const dateText = useDateText();
  const errorText = useErrorText();
  const [issued, setIssued] = useState<Issued | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const form = useForm<InviteColleagueInput>({
    resolver: zodResolver(inviteColleagueSchema),
    defaultValues: { label: "" },
  });
  const labelError = errorText(form.formState.errors.label?.message, { max: 100 });

  const onInvite = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await inviteColleagueAction(values);
    if (result.ok) {
      setIssued({ title: t("linkTitleInvitation", { label: values.label }), ...result.data });
      form.reset({ label: "" });
    } else setFormError(applyActionResult(result, form.setError));
  });

  const onReset = async (account: TeamAccount) => {
    setRowError(null);
    const result = await issuePasswordResetAction({ facilitatorId: account.id });
    if (result.ok) setIssued({ title: t("linkTitleReset", { name: account.name }), ...result.data });
    else setRowError(result.message);
  };

  return (
    <div className="flex flex-col gap-6">
      {issued ? <IssuedLink issued={issued} onClose={() => setIssued(null)} /> : null}

      <section aria-labelledby="members-title" className="flex flex-col gap-3">
        <h2 id="members-title" className="text-xl font-bold">
          {t("membersTitle")}
        </h2>
        {rowError ? <Alert tone="error">{rowError}</Alert> : null}
        <ul className="flex flex-col gap-4">
          {accounts.map((a) => (
            <li key={a.id} className="flex flex-col gap-2 border-l-4 border-stone-300 pl-4">
              <p>
                <span className="font-semibold">{a.name}</span>
                {a.isMe ? ` (${t("you")})` : ""} · <span className="break-all">{a.email}</span>
              </p>
              <p className="text-sm text-stone-700">
                {a.isAdministrator ? t("administrator") : t("facilitator")}
                {a.disabled ? ` · ${t("disabled")}` : ""}
                {a.isDemo ? ` · ${t("demo")}` : ""}
              </p>
              {a.isMe ? null : (
                <div className="flex flex-wrap gap-2">
                  {a.disabled ? (
                    <Button
                      variant="secondary"
                      onClick={async () => {
                        setRowError(null);
                        const r = await setAccountDisabledAction({ facilitatorId: a.id, disabled: false });
                        if (!r.ok) setRowError(r.message);
                      }}
                    >
                      {t("enable")}
                    </Button>
                  ) : (
                    <>
                      <ConfirmDialog
                        triggerLabel={t("disable")}
                        title={t("disableConfirmTitle", { name: a.name })}
                        description={t("disableConfirmBody")}
                        confirmLabel={t("disable")}
                        onConfirm={async () => {
                          const r = await setAccountDisabledAction({ facilitatorId: a.id, disabled: true });
                          return r.ok ? null : r.message;
                        }}
                      />
                      {a.isDemo ? null : (
                        <>
                          <Button variant="secondary" onClick={() => onReset(a)}>
                            {t("resetLink")}
                          </Button>
                          {a.isAdministrator ? null : (
                            <ConfirmDialog
                              triggerLabel={t("handOver")}
                              title={t("handOverConfirmTitle", { name: a.name })}
                              description={t("handOverConfirmBody")}
                              confirmLabel={t("confirm")}
                              confirmVariant="primary"
                              onConfirm={async () => {
                                const r = await handOverAdministrationAction({ facilitatorId: a.id });
                                return r.ok ? null : r.message;
                              }}
                            />
                          )}
                        </>
                      )}
                    </>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="invite-title" className="flex flex-col gap-3">
        <h2 id="invite-title" className="text-xl font-bold">
          {t("inviteTitle")}
        </h2>
        <p>{t("inviteHelp")}</p>
        <form onSubmit={onInvite} noValidate className="flex flex-col gap-4">
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <FieldShell id="invite-label" label={t("inviteLabel")} error={labelError}>
            <TextInput id="invite-label" maxLength={100} error={labelError} {...form.register("label")} />
          </FieldShell>
          <div>
            <Button type="submit" busy={form.formState.isSubmitting}>
              {t("inviteSubmit")}
            </Button>
          </div>
        </form>
      </section>

      <section aria-labelledby="pending-title" className="flex flex-col gap-3">
        <h2 id="pending-title" className="text-xl font-bold">
          {t("pendingTitle")}
        </h2>
        {invitations.length === 0 ? (
          <p>{t("pendingNone")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-3">
                <span>{t("pendingItem", { label: i.label, date: dateText(i.expiresAt) })}</span>
                <ConfirmDialog
                  triggerLabel={t("revoke")}
                  title={t("revoke")}
                  description={i.label}
                  confirmLabel={t("revoke")}
                  onConfirm={async () => {
                    const r = await revokeAccountLinkAction({ linkId: i.id });
                    return r.ok ? null : r.message;
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
