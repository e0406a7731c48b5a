"use client";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { type ReactNode, useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { NextSteps } from "@/components/exploration/NextSteps";
import { Prompt } from "@/components/exploration/Prompt";
import {
  eraseShared,
  readShared,
  SHARED_FORM_KEY,
  type SharedMembership,
  writeShared,
} from "@/components/exploration/exploration-storage";
import { chartLabelsFrom } from "@/components/report/chart-labels";
import { TriangleChart } from "@/components/triangle";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { PositioningForm } from "@/components/workshop/PositioningForm";
import { VISIBLE_TABLE_CLASS } from "@/components/workshop/table-style";
import { EXPLORATION_KEEP_DAYS, SHARED_FIGURES_MIN, SHARED_MEMBERS_MAX } from "@/domain/exploration";
import type { Mandate } from "@/domain/mandates";
import { dispersionReading, gapReading } from "@/domain/plain-readings";
import type { SharedExplorationView } from "@/server/explorations/get-shared-exploration";
import {
  closeSharedExplorationAction,
  createSharedExplorationAction,
  eraseExplorationAction,
  getSharedExplorationAction,
  saveSharedDraftAction,
  submitSharedAnswersAction,
} from "../actions";
import { OpenCodeForm } from "../open-code-form";

const noSubscription = () => () => {};

type Props = { names: Record<Mandate, string>; descriptions: Record<Mandate, string> };

/**
 * One colleague's page in a shared exploration: the shared code, their own
 * three steps (saved on the server under this device's key), and the shared
 * view, which shows figures only under the ateliers' small-group rule.
 */
export function SharedExploration(props: Props): ReactNode {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const t = useTranslations("exploration");
  if (!inBrowser) return <p role="status">{t("loading")}</p>;
  return <SharedInBrowser {...props} />;
}

function SharedInBrowser({ names, descriptions }: Props): ReactNode {
  const t = useTranslations("exploration");
  const format = useFormatter();
  const [membership, setMembership] = useState<SharedMembership | null>(() => readShared());
  const [view, setView] = useState<SharedExplorationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [left, setLeft] = useState(false);
  const [busy, setBusy] = useState(false);

  const memberKey = membership?.memberKey ? membership.memberKey : undefined;
  const load = useCallback(async () => {
    if (!membership) return;
    const result = await getSharedExplorationAction({ code: membership.code, memberKey });
    if (result.ok) {
      setView(result.data);
      setError(null);
    } else setError(result.message);
  }, [membership, memberKey]);

  useEffect(() => {
    // Loading the shared view when the page opens (an external system: the server).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  if (!membership) {
    return (
      <div className="flex flex-col gap-6">
        {left ? <Alert tone="success">{t("left")}</Alert> : null}
        <section
          aria-labelledby="create-title"
          className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5"
        >
          <h2 id="create-title" className="text-xl font-bold">
            {t("createShared")}
          </h2>
          <p>{t("createSharedText", { max: SHARED_MEMBERS_MAX, days: EXPLORATION_KEEP_DAYS })}</p>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div>
            <Button
              busy={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  const result = await createSharedExplorationAction({});
                  if (!result.ok) return setError(result.message);
                  const next: SharedMembership = {
                    v: 1,
                    code: result.data.code,
                    memberKey: result.data.memberKey,
                    expiresAt: new Date(result.data.expiresAt).toISOString(),
                  };
                  writeShared(next);
                  setLeft(false);
                  setMembership(next);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t("createShared")}
            </Button>
          </div>
        </section>
        <section
          aria-labelledby="join-title"
          className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5"
        >
          <h2 id="join-title" className="text-xl font-bold">
            {t("joinShared")}
          </h2>
          <OpenCodeForm />
        </section>
      </div>
    );
  }

  const leave = async (): Promise<string | null> => {
    if (memberKey) {
      const result = await eraseExplorationAction({ code: membership.code, memberKey });
      // Already gone (past its date, or this device's answers erased): nothing left on the server.
      if (!result.ok && result.code !== "VALIDATION" && result.code !== "NOT_FOUND") return result.message;
    }
    eraseShared();
    setMembership(null);
    setView(null);
    setLeft(true);
    return null;
  };

  return (
    <div className="flex flex-col gap-6">
      <section
        aria-labelledby="code-title"
        className="flex flex-col gap-2 rounded-lg border-2 border-brand-700 bg-white p-5"
      >
        <h2 id="code-title" className="text-xl font-bold">
          {t("sharedCode")}
        </h2>
        <p className="font-mono text-3xl font-bold tracking-widest" data-testid="shared-code">
          {membership.code}
        </p>
        <p>{t("sharedCodeHelp")}</p>
        <p className="text-stone-700">
          {t("sharedUntil", { date: format.dateTime(new Date(membership.expiresAt), { dateStyle: "long" }) })}
        </p>
      </section>

      {error ? <Alert tone="error">{error}</Alert> : null}

      {view?.mine && memberKey ? (
        <section aria-labelledby="mine-title" className="flex flex-col gap-4">
          <h2 id="mine-title" className="text-2xl font-bold text-brand-800">
            {t("myAnswersTitle")}
          </h2>
          <PositioningForm
            mode="participant"
            backupKey={SHARED_FORM_KEY}
            initial={{
              answers: view.mine.answers,
              status: view.mine.status,
              submittedAt: view.mine.submittedAt ? new Date(view.mine.submittedAt) : null,
            }}
            names={names}
            descriptions={descriptions}
            readOnlyReason={view.closed ? t("closedNote") : null}
            saveDraft={(answers) => saveSharedDraftAction({ code: membership.code, memberKey, answers })}
            submit={async (answers) => {
              const result = await submitSharedAnswersAction({ code: membership.code, memberKey, answers });
              if (result.ok) void load();
              return result;
            }}
            exploration={{
              confirmHelp: t("confirmHelpShared"),
              confirmLabel: t("confirmLabelShared"),
              prompts: {
                1: <Prompt title={t("promptTitle")}>{t("prompt1")}</Prompt>,
                2: <Prompt title={t("promptTitle")}>{t("prompt2")}</Prompt>,
                3: <Prompt title={t("promptTitle")}>{t("prompt3")}</Prompt>,
              },
              afterConfirm: null,
            }}
          />
        </section>
      ) : null}

      {view ? <CommonResults view={view} membership={membership} memberKey={memberKey} reload={load} /> : null}

      <NextSteps />

      <div className="flex flex-wrap gap-3">
        <ConfirmDialog
          triggerLabel={t("leave")}
          title={t("leaveTitle")}
          description={t("leaveText")}
          confirmLabel={t("leave")}
          onConfirm={leave}
        />
        <Link href="/explorer" className={buttonClasses("ghost")}>
          {t("back")}
        </Link>
      </div>
    </div>
  );
}

function CommonResults({
  view,
  membership,
  memberKey,
  reload,
}: {
  view: SharedExplorationView;
  membership: SharedMembership;
  memberKey: string | undefined;
  reload: () => Promise<void>;
}): ReactNode {
  const t = useTranslations("exploration");
  const plain = useTranslations("plainReadings");
  const format = useFormatter();
  const chartLabels = chartLabelsFrom(useTranslations("chart"));
  const figures = view.figures;
  const number = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const waiting = view.figuresWithdrawn
    ? t("withdrawn")
    : view.closed
      ? t("waitingFew", { min: SHARED_FIGURES_MIN })
      : t("waitingOpen", { min: SHARED_FIGURES_MIN });

  return (
    <section
      aria-labelledby="common-title"
      className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5"
    >
      <h2 id="common-title" className="text-2xl font-bold text-brand-800">
        {t("commonTitle")}
      </h2>
      <p data-testid="shared-counts">{t("counts", { members: view.members, confirmed: view.confirmed })}</p>
      <p className="text-stone-700">{t("countsCheck")}</p>
      {figures?.current && figures.desired && figures.gap !== null && figures.dispersion ? (
        <>
          <TriangleChart
            id="exploration-shared"
            labels={chartLabels}
            title={t("commonChartTitle")}
            series={[{ id: "group", label: t("commonSeries"), current: figures.current, desired: figures.desired }]}
            tableClassName={`${VISIBLE_TABLE_CLASS} text-sm`}
          />
          <p className="text-lg font-semibold">
            {t("gap", { gap: number(figures.gap) })} — {plain(`gap.${gapReading(figures.gap)}`)}
          </p>
          <p>
            {t("spread", {
              current: plain(`dispersion.${dispersionReading(figures.dispersion.current)}`),
              desired: plain(`dispersion.${dispersionReading(figures.dispersion.desired)}`),
            })}
          </p>
        </>
      ) : (
        <Alert tone="info">{waiting}</Alert>
      )}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void reload()}>
          {t("refresh")}
        </Button>
        {!view.closed && memberKey ? (
          <ConfirmDialog
            triggerLabel={t("close")}
            title={t("closeTitle")}
            description={t("closeText", { min: SHARED_FIGURES_MIN })}
            confirmLabel={t("close")}
            confirmVariant="primary"
            onConfirm={async () => {
              const result = await closeSharedExplorationAction({ code: membership.code, memberKey });
              if (!result.ok) return result.message;
              await reload();
              return null;
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
