import "server-only";
import { SHARED_MEMBERS_MAX } from "@/domain/exploration";
import { EMPTY_ANSWERS, type PositionAnswers } from "@/lib/schemas/workshop";
import { db, inSerializableTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import { randomToken, sha256 } from "@/server/secrets";
import { openByCode, readAnswers } from "./exploration-access";

export type OpenedExploration =
  | { kind: "solo"; answers: PositionAnswers; expiresAt: Date }
  | { kind: "shared"; memberKey: string | null; expiresAt: Date; closed: boolean };

/**
 * A code typed on the exploration page. A personal return code gives back
 * the answers it keeps. A shared code makes this device one more colleague
 * (a new device key, kept on the phone), up to SHARED_MEMBERS_MAX; once the
 * answering has ended it only opens the shared view.
 */
export async function openExploration(
  input: { code: string; ip: string },
  now: Date = new Date(),
): Promise<OpenedExploration> {
  const exploration = await openByCode(input, null, now);
  if (exploration.kind === "solo") {
    const row = await db.explorationAnswer.findFirst({
      where: { explorationId: exploration.id },
      select: { answersJson: true },
    });
    const answers = row ? readAnswers(row.answersJson) : null;
    return { kind: "solo", answers: answers ?? EMPTY_ANSWERS, expiresAt: exploration.expiresAt };
  }
  if (exploration.closedAt) return { kind: "shared", memberKey: null, expiresAt: exploration.expiresAt, closed: true };
  const memberKey = randomToken();
  await inSerializableTransaction(async (tx) => {
    const members = await tx.explorationAnswer.count({ where: { explorationId: exploration.id } });
    if (members >= SHARED_MEMBERS_MAX)
      throw new AppError("INVALID_STATE", "explorationFull", { params: { max: SHARED_MEMBERS_MAX } });
    await tx.explorationAnswer.create({
      data: {
        explorationId: exploration.id,
        memberKeyHash: sha256(memberKey),
        answersJson: JSON.stringify(EMPTY_ANSWERS),
        createdAt: now,
      },
    });
  });
  return { kind: "shared", memberKey, expiresAt: exploration.expiresAt, closed: false };
}
