"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { readSolo, SOLO_FORM_KEY, writeSolo } from "@/components/exploration/exploration-storage";
import { Prompt } from "@/components/exploration/Prompt";
import { buttonClasses } from "@/components/ui/button";
import { PositioningForm, type PositionSaveResult } from "@/components/workshop/PositioningForm";
import type { Mandate } from "@/domain/mandates";
import type { ActionResult } from "@/lib/action-result";
import { EMPTY_ANSWERS, type PositionAnswers } from "@/lib/schemas/workshop";

/**
 * The three steps alone, with the atelier's own form: « saving » writes to
 * this device only (localStorage); nothing goes to the server unless the
 * person asks for a return code on the summary.
 */
export function SoloExploration({
  names,
  descriptions,
}: {
  names: Record<Mandate, string>;
  descriptions: Record<Mandate, string>;
}): ReactNode {
  const t = useTranslations("exploration");
  const router = useRouter();
  // Read once, in the browser (the form renders there only).
  const [initial] = useState(() => (typeof window === "undefined" ? null : readSolo()));

  const keep = (answers: PositionAnswers, submitted: boolean): ActionResult<PositionSaveResult> => {
    const now = new Date();
    const before = readSolo();
    writeSolo({
      v: 1,
      answers,
      status: submitted ? "submitted" : "draft",
      submittedAt: submitted ? now.toISOString() : null,
      savedAt: now.toISOString(),
      kept: before?.kept ?? null,
    });
    return {
      ok: true,
      data: { status: submitted ? "submitted" : "draft", submittedAt: submitted ? now : null, savedAt: now },
    };
  };

  return (
    <div className="flex flex-col gap-6">
      <PositioningForm
        mode="participant"
        backupKey={SOLO_FORM_KEY}
        initial={{
          answers: initial?.answers ?? EMPTY_ANSWERS,
          // Always starts as a draft: confirming here only leads to the summary.
          status: "draft",
          submittedAt: null,
        }}
        names={names}
        descriptions={descriptions}
        readOnlyReason={null}
        saveDraft={async (answers) => keep(answers, false)}
        submit={async (answers) => {
          const result = keep(answers, true);
          router.push("/explorer/seul/resume");
          return result;
        }}
        exploration={{
          confirmHelp: t("confirmHelpSolo"),
          confirmLabel: t("confirmLabelSolo"),
          prompts: {
            1: <Prompt title={t("promptTitle")}>{t("prompt1")}</Prompt>,
            2: <Prompt title={t("promptTitle")}>{t("prompt2")}</Prompt>,
            3: <Prompt title={t("promptTitle")}>{t("prompt3")}</Prompt>,
          },
          afterConfirm: (
            <p className="mt-3">
              <Link href="/explorer/seul/resume" className={buttonClasses("primary")}>
                {t("toSummary")}
              </Link>
            </p>
          ),
        }}
      />
      <p>
        <Link href="/explorer/seul/resume" className="font-semibold text-brand-700 underline underline-offset-4">
          {t("toSummary")}
        </Link>
      </p>
    </div>
  );
}
