import "server-only";
import { formatShortCode } from "@/domain/short-code";
import { EMPTY_ANSWERS } from "@/lib/schemas/workshop";
import { createExplorationRow } from "./create-exploration-row";

/**
 * A few colleagues explore together: one of them creates a shared code and
 * gives it to the others; each answers on their own phone. The creator's
 * device is the first colleague (its device key is returned with the code).
 */
export async function createSharedExploration(
  input: { ip: string },
  now: Date = new Date(),
): Promise<{ code: string; memberKey: string; expiresAt: Date }> {
  const created = await createExplorationRow(
    { kind: "shared", answersJson: JSON.stringify(EMPTY_ANSWERS), ip: input.ip },
    now,
  );
  return { code: formatShortCode(created.code), memberKey: created.memberKey!, expiresAt: created.expiresAt };
}
