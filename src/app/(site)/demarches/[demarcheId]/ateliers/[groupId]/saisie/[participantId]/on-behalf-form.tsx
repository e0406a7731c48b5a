"use client";
import type { ComponentProps } from "react";
import { PositioningForm } from "@/components/workshop/PositioningForm";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { savePositionOnBehalfAction, submitPositionOnBehalfAction } from "../../../actions";

type Props = Omit<ComponentProps<typeof PositioningForm>, "mode" | "backupKey" | "saveDraft" | "submit"> & {
  participantId: string;
  personName: string;
  viewerId: string;
};

/** The positioning form, sending what the facilitator types as this person's answers. */
export function OnBehalfForm({ participantId, viewerId, ...props }: Props) {
  return (
    <PositioningForm
      {...props}
      mode="facilitator"
      // Per facilitator and person: two people typing on one shared laptop never mix backups.
      backupKey={`on-behalf:${viewerId}:${participantId}`}
      saveDraft={(answers: PositionAnswers) => savePositionOnBehalfAction({ ...answers, participantId })}
      submit={(answers: PositionAnswers) => submitPositionOnBehalfAction({ ...answers, participantId })}
    />
  );
}
