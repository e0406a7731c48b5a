"use client";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { type ReactNode, useState, useSyncExternalStore } from "react";
import { NextSteps } from "@/components/exploration/NextSteps";
import { eraseSolo, readSolo, type SoloRecord, writeSolo } from "@/components/exploration/exploration-storage";
import { OutlineDocumentView } from "@/components/report/outline/OutlineDocumentView";
import { namespacedTranslate } from "@/components/report/outline/resolve-text";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { PrintButton } from "@/components/ui/print-button";
import { EXPLORATION_KEEP_DAYS } from "@/domain/exploration";
import { explorationSummaryOutline } from "@/domain/exploration-summary-outline";
import {
  eraseExplorationAction,
  keepSoloExplorationAction,
  soloSummaryPdfAction,
  updateSoloExplorationAction,
} from "../../actions";

const noSubscription = () => () => {};

/** The person's own triangle and answers, printable, with the choice to keep them behind a return code. */
export function SoloSummary(): ReactNode {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const t = useTranslations("exploration");
  if (!inBrowser) return <p role="status">{t("loading")}</p>;
  return <SummaryInBrowser />;
}

function SummaryInBrowser(): ReactNode {
  const t = useTranslations("exploration");
  // The outline's keys, from the namespaces this page hands its client components.
  const tr = namespacedTranslate({
    exploration: useTranslations("exploration"),
    positioning: useTranslations("positioning"),
    plainReadings: useTranslations("plainReadings"),
    chart: useTranslations("chart"),
  } as unknown as Parameters<typeof namespacedTranslate>[0]);
  const [record, setRecord] = useState<SoloRecord | null>(() => readSolo());
  const [erased, setErased] = useState(false);

  if (!record) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("summaryTitle")}</h1>
        <Alert tone={erased ? "success" : "info"}>{erased ? t("erased") : t("summaryEmpty")}</Alert>
        <p>
          <Link href="/explorer/seul" className={buttonClasses("primary")}>
            {t("summaryStart")}
          </Link>
        </p>
        <NextSteps />
      </div>
    );
  }

  // One outline for this page and the PDF (decision 016's rule, decision 024's addendum).
  const outline = explorationSummaryOutline(record);
  return (
    <div className="flex flex-col gap-6">
      <OutlineDocumentView
        outline={outline}
        t={tr}
        testId="exploration-summary"
        actions={
          <div className="flex flex-wrap gap-3">
            <PrintButton label={t("print")} />
            <PdfButton record={record} />
            <Link href="/explorer/seul" className={buttonClasses("secondary")}>
              {t("edit")}
            </Link>
          </div>
        }
      />

      <KeepCard record={record} onChange={setRecord} />

      <NextSteps />

      <div className="print:hidden">
        <ConfirmDialog
          triggerLabel={t("eraseDevice")}
          title={t("eraseDeviceTitle")}
          description={t("eraseDeviceText")}
          confirmLabel={t("eraseDevice")}
          onConfirm={async () => {
            eraseSolo();
            setRecord(null);
            setErased(true);
            return null;
          }}
        />
      </div>
    </div>
  );
}

/**
 * The summary as a PDF: the server renders the answers this device sends and
 * keeps nothing; the file is handed to the browser as a download.
 */
function PdfButton({ record }: { record: SoloRecord }): ReactNode {
  const t = useTranslations("exploration");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await soloSummaryPdfAction({ answers: record.answers, savedAt: record.savedAt });
      if (!result.ok) return setError(result.message);
      const bytes = Uint8Array.from(atob(result.data.pdf), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = result.data.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setError(t("pdfFailed"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="secondary" busy={busy} onClick={download}>
        {t("pdf")}
      </Button>
      {error ? (
        <p role="alert" className="w-full font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Keeping the answers behind a personal return code: created, updated, erased at once. */
function KeepCard({ record, onChange }: { record: SoloRecord; onChange: (r: SoloRecord) => void }): ReactNode {
  const t = useTranslations("exploration");
  const format = useFormatter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [fresh, setFresh] = useState(false);
  const kept = record.kept;
  const save = (next: SoloRecord) => {
    writeSolo(next);
    onChange(next);
  };

  const create = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await keepSoloExplorationAction({ answers: record.answers });
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      save({ ...record, kept: { code: result.data.code, expiresAt: new Date(result.data.expiresAt).toISOString() } });
      setFresh(true);
    } finally {
      setBusy(false);
    }
  };

  const update = async () => {
    if (!kept) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await updateSoloExplorationAction({ code: kept.code, answers: record.answers });
      setMessage(result.ok ? { tone: "success", text: t("keptUpdated") } : { tone: "error", text: result.message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      aria-labelledby="keep-title"
      className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5 print:hidden"
    >
      <h2 id="keep-title" className="text-xl font-bold text-brand-800">
        {kept ? t("keptTitle") : t("keepTitle")}
      </h2>
      {message ? (
        <div role="status">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
      {kept ? (
        <>
          <p className="font-mono text-3xl font-bold tracking-widest" data-testid="return-code">
            {kept.code}
          </p>
          {fresh ? <p className="font-semibold">{t("keptCode")}</p> : null}
          <p>{t("keptUntil", { date: format.dateTime(new Date(kept.expiresAt), { dateStyle: "long" }) })}</p>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" busy={busy} onClick={update}>
              {t("keptUpdate")}
            </Button>
            <ConfirmDialog
              triggerLabel={t("eraseServer")}
              title={t("eraseServerTitle")}
              description={t("eraseServerText")}
              confirmLabel={t("eraseServer")}
              onConfirm={async () => {
                const result = await eraseExplorationAction({ code: kept.code });
                // Already gone (erased elsewhere, or past its date): nothing left to erase.
                if (!result.ok && result.code !== "VALIDATION") return result.message;
                save({ ...record, kept: null });
                setFresh(false);
                setMessage({ tone: "success", text: t("eraseServerDone") });
                return null;
              }}
            />
          </div>
        </>
      ) : (
        <>
          <p>{t("keepText", { days: EXPLORATION_KEEP_DAYS })}</p>
          <div>
            <Button busy={busy} onClick={create}>
              {t("keepButton")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
