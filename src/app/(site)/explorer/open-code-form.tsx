"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { useErrorText } from "@/components/forms/use-error-text";
import { writeShared, writeSolo } from "@/components/exploration/exploration-storage";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldShell, TextInput } from "@/components/ui/field";
import { formatShortCode } from "@/domain/short-code";
import { type ExplorationCodeInput, explorationCodeSchema } from "@/lib/schemas/exploration";
import { openExplorationAction } from "./actions";

/**
 * A personal return code brings its answers back onto this device; a shared
 * code makes this device one of the colleagues. Wrong codes count against
 * the address on the server (like the home page's codes).
 */
export function OpenCodeForm() {
  const t = useTranslations("exploration");
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ExplorationCodeInput>({
    resolver: zodResolver(explorationCodeSchema),
    defaultValues: { code: "" },
  });
  const error = errorText(form.formState.errors.code?.message);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await openExplorationAction(values);
    const message = applyActionResult(result, form.setError);
    if (!result.ok) {
      if (Object.keys(result.fieldErrors).length === 0) setFormError(message);
      return;
    }
    const code = formatShortCode(explorationCodeSchema.parse(values).code);
    const opened = result.data;
    if (opened.kind === "solo") {
      writeSolo({
        v: 1,
        answers: opened.answers,
        status: "submitted",
        submittedAt: new Date().toISOString(),
        savedAt: new Date().toISOString(),
        kept: { code, expiresAt: new Date(opened.expiresAt).toISOString() },
      });
      router.push("/explorer/seul/resume");
      return;
    }
    // No device key once the answering has ended: this device may only read the shared view.
    writeShared({ v: 1, code, memberKey: opened.memberKey ?? "", expiresAt: new Date(opened.expiresAt).toISOString() });
    router.push("/explorer/collegues");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FieldShell id="exploration-code" label={t("codeLabel")} help={t("codeHelp")} error={error}>
        <TextInput
          id="exploration-code"
          help={t("codeHelp")}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="max-w-xs font-mono text-xl tracking-widest uppercase"
          {...form.register("code")}
        />
      </FieldShell>
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("codeSubmit")}
        </Button>
      </div>
    </form>
  );
}
