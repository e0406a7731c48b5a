"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  addCoFacilitatorAction,
  handOverResponsibilityAction,
  removeCoFacilitatorAction,
} from "@/app/(site)/demarches/[demarcheId]/parametres/actions";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";

export type TeamView = {
  demarcheId: string;
  members: { facilitatorId: string; name: string; email: string; role: "responsable" | "co"; isMe: boolean }[];
  canManage: boolean;
  colleagues: { id: string; name: string; email: string }[];
};

/** Who runs the démarche; the responsible facilitator adds, removes and hands over (decision 021). */
export function TeamSection({ team }: { team: TeamView }) {
  const t = useTranslations("teamSection");
  const router = useRouter();
  const [chosen, setChosen] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const chosenColleague = team.colleagues.find((c) => c.id === chosen);

  const run = async (
    action: (input: { demarcheId: string; facilitatorId: string }) => Promise<{ ok: boolean; message?: string }>,
    facilitatorId: string,
    success?: string,
  ): Promise<string | null> => {
    const result = await action({ demarcheId: team.demarcheId, facilitatorId });
    if (!result.ok) return result.message ?? null;
    setMessage(success ? { tone: "success", text: success } : null);
    setChosen("");
    router.refresh();
    return null;
  };

  return (
    <Card as="section" aria-labelledby="team-title">
      <div className="flex flex-col gap-4">
        <h2 id="team-title" className="text-xl font-bold">
          {t("title")}
        </h2>
        <p className="max-w-3xl">{t("intro")}</p>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <ul className="flex flex-col divide-y divide-stone-200">
          {team.members.map((m) => (
            <li key={m.facilitatorId} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-semibold">
                  {m.name} {m.isMe ? <span className="font-normal">{t("you")}</span> : null}
                </p>
                <p className="break-all text-sm text-stone-700">{m.email}</p>
                <p className="text-sm">{m.role === "responsable" ? t("roleResponsable") : t("roleCo")}</p>
              </div>
              {team.canManage && m.role === "co" ? (
                <div className="flex flex-wrap gap-2">
                  <ConfirmDialog
                    triggerLabel={t("handOver")}
                    triggerAriaLabel={t("handOverAria", { name: m.name })}
                    title={t("handOverConfirmTitle", { name: m.name })}
                    description={t("handOverConfirmText", { name: m.name })}
                    confirmLabel={t("handOverConfirm")}
                    confirmVariant="primary"
                    onConfirm={() => run(handOverResponsibilityAction, m.facilitatorId)}
                  />
                  <ConfirmDialog
                    triggerLabel={t("remove")}
                    triggerAriaLabel={t("removeAria", { name: m.name })}
                    title={t("removeConfirmTitle", { name: m.name })}
                    description={t("removeConfirmText", { name: m.name })}
                    confirmLabel={t("removeConfirm")}
                    onConfirm={() => run(removeCoFacilitatorAction, m.facilitatorId)}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        {team.canManage ? (
          team.colleagues.length === 0 ? (
            <p className="text-stone-700">{t("noColleague")}</p>
          ) : (
            <div className="flex flex-col gap-2">
              <label htmlFor="team-colleague" className="font-semibold">
                {t("colleague")}
              </label>
              <select
                id="team-colleague"
                value={chosen}
                onChange={(e) => setChosen(e.target.value)}
                className="min-h-11 w-full max-w-md rounded-md border border-stone-400 bg-white px-3 py-2"
              >
                <option value="">{t("chooseColleague")}</option>
                {team.colleagues.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.email})
                  </option>
                ))}
              </select>
              <div>
                <ConfirmDialog
                  triggerLabel={t("add")}
                  triggerVariant="primary"
                  disabled={!chosenColleague}
                  title={t("addConfirmTitle", { name: chosenColleague?.name ?? "" })}
                  description={t("addConfirmText", { name: chosenColleague?.name ?? "" })}
                  confirmLabel={t("addConfirm")}
                  confirmVariant="primary"
                  onConfirm={() =>
                    run(addCoFacilitatorAction, chosen, t("added", { name: chosenColleague?.name ?? "" }))
                  }
                />
              </div>
            </div>
          )
        ) : (
          <p className="text-sm text-stone-700">{t("readOnlyNote")}</p>
        )}
      </div>
    </Card>
  );
}
