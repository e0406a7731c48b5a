"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { acceptAccountInvitationAction } from "@/app/(site)/inscription/[token]/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { NewAccountFields } from "@/components/forms/new-account-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type AcceptAccountInvitationInput, acceptAccountInvitationSchema } from "@/lib/schemas/accounts";
import { PASSWORD_MIN } from "@/lib/schemas/auth";

export function AccountInvitationForm({ token }: { token: string }) {
  const t = useTranslations("accountInvitation");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AcceptAccountInvitationInput>({
    resolver: zodResolver(acceptAccountInvitationSchema),
    defaultValues: { token, name: "", email: "", password: "", passwordConfirm: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await acceptAccountInvitationAction(values);
    setFormError(applyActionResult(result, form.setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register("token")} />
      <NewAccountFields
        form={form}
        labels={{
          name: t("name"),
          email: t("email"),
          password: t("password"),
          passwordConfirm: t("passwordConfirm"),
          passwordHelp: t("passwordHelp", { min: PASSWORD_MIN }),
        }}
      />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
