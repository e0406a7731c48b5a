"use client";
import { useTranslations } from "next-intl";
import { type ComponentProps, useState } from "react";
import { PositioningForm } from "@/components/workshop/PositioningForm";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/dialog";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { savePositionOnBehalfAction, submitPositionOnBehalfAction } from "../../../actions";

type Props = Omit<ComponentProps<typeof PositioningForm>, "mode" | "backupKey" | "saveDraft" | "submit"> & {
  participantId: string;
  personName: string;
  viewerId: string;
  /** The person confirmed these answers themself, on their own device (decision 014). */
  confirmedByPerson: boolean;
  /** When they confirmed them, already formatted. */
  confirmedOn: string;
};

/**
 * The positioning form, sending what the facilitator types as this person's
 * answers. Over answers the person confirmed themself, the form stays
 * read-only until the facilitator says, in a dialog, that they know the
 * person will see it; then every save carries `overrideOwnAnswers`, which
 * the server requires.
 */
export function OnBehalfForm({ participantId, viewerId, confirmedByPerson, confirmedOn, ...props }: Props) {
  const t = useTranslations("onBehalfEntry");
  const [override, setOverride] = useState(false);
  const locked = confirmedByPerson && !override && props.readOnlyReason === null;
  const name = props.personName;
  return (
    <div className="flex flex-col gap-4">
      {confirmedByPerson && props.readOnlyReason === null ? (
        <Alert tone="warning">
          <div className="flex flex-col gap-3" data-testid="confirmed-by-person">
            <p>{t("confirmedByPerson", { name, date: confirmedOn })}</p>
            {override ? (
              <p className="font-semibold">{t("overriding", { name })}</p>
            ) : (
              <div>
                <ConfirmDialog
                  triggerLabel={t("override")}
                  triggerVariant="primary"
                  title={t("overrideTitle", { name })}
                  description={t("overrideText", { name })}
                  confirmLabel={t("overrideConfirm")}
                  confirmVariant="primary"
                  onConfirm={async () => {
                    setOverride(true);
                    return null;
                  }}
                />
              </div>
            )}
          </div>
        </Alert>
      ) : null}
      <PositioningForm
        {...props}
        // A new form once the facilitator chose to change the answers: editable from its start.
        key={locked ? "locked" : "open"}
        mode="facilitator"
        readOnlyReason={locked ? t("locked", { name }) : props.readOnlyReason}
        // Per facilitator and person: two people typing on one shared laptop never mix backups.
        backupKey={`on-behalf:${viewerId}:${participantId}`}
        saveDraft={(answers: PositionAnswers) =>
          savePositionOnBehalfAction({ ...answers, participantId, overrideOwnAnswers: override })
        }
        submit={(answers: PositionAnswers) =>
          submitPositionOnBehalfAction({ ...answers, participantId, overrideOwnAnswers: override })
        }
      />
    </div>
  );
}
