"use client";
/**
 * Where the group's workshop stands and the facilitator's two switches:
 * closing the individual positions, and releasing the group's results to the
 * plenary (undone only before the mise en commun starts). Each asks for a
 * confirmation; the server checks the same rules again.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { Phase } from "@/domain/vocabulary";
import { transitionRefusal, type WorkshopTransition } from "@/domain/workshop";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/dialog";
import { run, type Action } from "./types";

export interface WorkshopControlsProps {
  groupId: string;
  groupLabel: string;
  phase: Phase;
  workshopClosedAt: Date | null;
  releasedAt: Date | null;
  actions: Record<WorkshopTransition, Action<{ groupId: string }>>;
  /** The group has fewer confirmed answers than its minimum: releasing shares only the count. */
  belowMinimum?: boolean;
  big?: boolean;
}

export function WorkshopControls({
  groupId,
  groupLabel,
  phase,
  workshopClosedAt,
  releasedAt,
  actions,
  belowMinimum = false,
  big = false,
}: WorkshopControlsProps): ReactNode {
  const t = useTranslations("groupStep");
  const format = useFormatter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const state = { phase, workshopClosedAt, releasedAt };
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const allowed = (transition: WorkshopTransition) => transitionRefusal(transition, state) === null;

  const act = async (transition: WorkshopTransition) => {
    setError(null);
    setDone(null);
    const result = await run(actions[transition], { groupId }, t("offline"));
    if (result.ok) setDone(t(`done.${transition}`));
    else setError(result.message);
  };

  const control = (transition: WorkshopTransition, tone: "primary" | "danger" = "primary") => (
    <ConfirmDialog
      triggerLabel={t(`transition.${transition}`)}
      triggerVariant={transition === "undoRelease" || transition === "reopen" ? "secondary" : "primary"}
      title={t(`confirmTitle.${transition}`, { group: groupLabel })}
      description={t(`confirmText.${transition === "release" && belowMinimum ? "releaseCountOnly" : transition}`)}
      confirmLabel={t(`transition.${transition}`)}
      confirmVariant={tone}
      onConfirm={async () => {
        await act(transition);
        return null;
      }}
    />
  );

  return (
    <div className={`flex flex-col gap-4 ${big ? "text-xl" : ""}`}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p role="status" className="font-semibold text-brand-800">
        {done ?? ""}
      </p>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="workshop-state">
        <dt className="font-semibold">{t("positionsLabel")}</dt>
        <dd>{workshopClosedAt ? t("closedOn", { date: date(workshopClosedAt) }) : t("open")}</dd>
        <dt className="font-semibold">{t("releaseLabel")}</dt>
        <dd>{releasedAt ? t("releasedOn", { date: date(releasedAt) }) : t("notReleased")}</dd>
      </dl>
      <div className="flex flex-wrap gap-3">
        {allowed("close") ? control("close") : null}
        {allowed("reopen") ? control("reopen") : null}
        {allowed("release") ? control("release") : null}
        {allowed("undoRelease") ? control("undoRelease", "danger") : null}
      </div>
      {releasedAt && !allowed("undoRelease") ? <p>{t("undoImpossible")}</p> : null}
    </div>
  );
}
