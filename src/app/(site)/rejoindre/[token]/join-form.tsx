"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { joinDemarcheAction } from "@/app/(site)/rejoindre/[token]/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, FieldShell, TextInput } from "@/components/ui/field";
import { DISPLAY_NAME_MAX, type JoinFormInput, joinSchema } from "@/lib/schemas/auth";

export function JoinForm({ token, engagementTextId }: { token: string; engagementTextId: string }) {
  const t = useTranslations("join");
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [returnCode, setReturnCode] = useState<string | null>(null);
  const welcomeRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<JoinFormInput>({
    resolver: zodResolver(joinSchema),
    defaultValues: { token, engagementTextId, displayName: "", consent: false as unknown as true },
  });
  const { errors } = form.formState;

  useEffect(() => {
    if (returnCode) welcomeRef.current?.focus();
  }, [returnCode]);

  if (returnCode) {
    return (
      <div className="flex flex-col gap-4">
        <h2 ref={welcomeRef} tabIndex={-1} className="text-2xl font-bold text-brand-800">
          {t("welcomeTitle")}
        </h2>
        <p>{t("returnCodeIntro")}</p>
        <p className="flex flex-col gap-1">
          <span className="font-semibold">{t("returnCodeLabel")}</span>
          <span
            data-testid="return-code"
            className="w-fit rounded-md border-2 border-dashed border-brand-700 bg-brand-50 px-4 py-2 font-mono text-3xl tracking-widest"
          >
            {`${returnCode.slice(0, 4)}-${returnCode.slice(4)}`}
          </span>
        </p>
        <p className="text-sm text-stone-700">{t("returnCodeWarning")}</p>
        <div>
          <Button onClick={() => router.push("/atelier")}>{t("enterSpace")}</Button>
        </div>
      </div>
    );
  }

  const consentError = errorText(errors.consent?.message);
  const nameError = errorText(errors.displayName?.message, { max: DISPLAY_NAME_MAX });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await joinDemarcheAction(values);
    if (result.ok) {
      setReturnCode(result.data.returnCode);
      return;
    }
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register("token")} />
      <input type="hidden" {...form.register("engagementTextId")} />
      <FieldShell id="displayName" label={t("displayName")} help={t("displayNameHelp")} error={nameError}>
        <TextInput
          id="displayName"
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX}
          help={t("displayNameHelp")}
          error={nameError}
          {...form.register("displayName")}
        />
      </FieldShell>
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-3">
          <input
            id="consent"
            type="checkbox"
            className="mt-1 size-6 shrink-0 accent-brand-700"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={describedBy("consent", undefined, consentError)}
            {...form.register("consent")}
          />
          <label htmlFor="consent" className="text-base">
            {t("consent")}
          </label>
        </div>
        {consentError ? (
          <p id="consent-error" className="text-sm font-semibold text-red-800">
            {consentError}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
