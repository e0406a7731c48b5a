"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createReportLinkAction, revokeReportLinkAction } from "@/app/(site)/demarches/[demarcheId]/rapport/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { useLanguageTag } from "@/components/i18n/use-language-tag";
import { instantText } from "@/components/report/format";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import {
  LINK_LABEL_MAX,
  REPORT_LINK_FORM_DEFAULT_DAYS,
  reportLinkSchema,
  type ReportLinkInput,
} from "@/lib/schemas/report";

export type LinkRow = {
  id: string;
  label: string;
  status: "active" | "expired" | "revoked";
  url: string | null;
  expiresAt: string;
  revokedAt: string | null;
};

function CopyField({ id, url, label }: { id: string; url: string; label: string }) {
  const t = useTranslations("reportLinks");
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <TextInput
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="font-mono text-sm"
        />
      </div>
      <Button
        variant="secondary"
        onClick={async () => {
          await navigator.clipboard?.writeText(url).catch(() => undefined);
          setCopied(true);
        }}
      >
        {copied ? t("copied") : t("copy")}
      </Button>
    </div>
  );
}

export function ReportLinks({
  demarcheId,
  links,
  createRefusal,
}: {
  demarcheId: string;
  links: LinkRow[];
  createRefusal: "closed" | "tooEarly" | "tooLate" | "published" | "notPublished" | null;
}) {
  const t = useTranslations("reportLinks");
  const tag = useLanguageTag();
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const form = useForm<ReportLinkInput>({
    resolver: zodResolver(reportLinkSchema),
    defaultValues: { demarcheId, label: "", expiresInDays: REPORT_LINK_FORM_DEFAULT_DAYS },
  });
  const { errors } = form.formState;
  const labelError = errorText(errors.label?.message, { max: LINK_LABEL_MAX });
  const daysError = errorText(errors.expiresInDays?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setCreated(null);
    const result = await createReportLinkAction(values);
    if (result.ok) {
      setCreated(result.data.url);
      form.reset({ demarcheId, label: "", expiresInDays: REPORT_LINK_FORM_DEFAULT_DAYS });
    } else setFormError(applyActionResult(result, form.setError));
  });

  return (
    <div className="flex flex-col gap-4">
      <p>{t("intro")}</p>
      {createRefusal === "closed" ? <Alert tone="info">{t("closedNote")}</Alert> : null}
      {createRefusal && createRefusal !== "closed" ? <Alert tone="info">{t("tooEarlyNote")}</Alert> : null}
      {createRefusal === null ? (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <input type="hidden" {...form.register("demarcheId")} />
          <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
            <FieldShell id="link-label" label={t("label")} help={t("labelHelp")} error={labelError}>
              <TextInput
                id="link-label"
                maxLength={LINK_LABEL_MAX}
                help={t("labelHelp")}
                error={labelError}
                {...form.register("label")}
              />
            </FieldShell>
            <FieldShell id="link-days" label={t("days")} help={t("daysHelp")} error={daysError}>
              <TextInput
                id="link-days"
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                help={t("daysHelp")}
                error={daysError}
                {...form.register("expiresInDays", { valueAsNumber: true })}
              />
            </FieldShell>
          </div>
          <div>
            <Button type="submit" busy={form.formState.isSubmitting}>
              {t("create")}
            </Button>
          </div>
        </form>
      ) : null}
      {created ? (
        <Alert tone="success" title={t("created")}>
          <CopyField id="new-link" url={created} label={t("linkFor", { label: t("unlabelled") })} />
        </Alert>
      ) : null}
      {revokeError ? <Alert tone="error">{revokeError}</Alert> : null}
      {links.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="report-links">
          {links.map((link) => {
            const name = link.label || t("unlabelled");
            return (
              <li key={link.id} className="flex flex-col gap-2 rounded-md border border-stone-300 p-4">
                <p className="font-semibold">{t("linkFor", { label: name })}</p>
                <p className="text-sm">
                  {link.status === "revoked" && link.revokedAt
                    ? t("revoked", { date: instantText(link.revokedAt, tag) })
                    : link.status === "expired"
                      ? t("expired", { date: instantText(link.expiresAt, tag) })
                      : t("expires", { date: instantText(link.expiresAt, tag) })}
                </p>
                {link.url ? (
                  <>
                    <CopyField id={`link-${link.id}`} url={link.url} label={t("linkFor", { label: name })} />
                    <div>
                      <ConfirmDialog
                        triggerLabel={t("revoke")}
                        triggerAriaLabel={`${t("revoke")} (${name})`}
                        title={t("revokeTitle")}
                        description={t("revokeText")}
                        confirmLabel={t("revokeConfirm")}
                        onConfirm={async () => {
                          const result = await revokeReportLinkAction({ linkId: link.id });
                          setRevokeError(result.ok ? null : result.message);
                          return null;
                        }}
                      />
                    </div>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
