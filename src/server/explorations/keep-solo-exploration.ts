import "server-only";
import { formatShortCode } from "@/domain/short-code";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { createExplorationRow } from "./create-exploration-row";

/**
 * Someone exploring alone chose to keep their answers behind a personal
 * return code: the answers go to the server for 30 days, the code is shown
 * once (only its keyed hash is stored).
 */
export async function keepSoloExploration(
  input: { answers: PositionAnswers; ip: string },
  now: Date = new Date(),
): Promise<{ code: string; expiresAt: Date }> {
  const created = await createExplorationRow(
    { kind: "solo", answersJson: JSON.stringify(input.answers), ip: input.ip },
    now,
  );
  return { code: formatShortCode(created.code), expiresAt: created.expiresAt };
}
