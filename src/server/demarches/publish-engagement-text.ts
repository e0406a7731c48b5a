import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireOpenDemarche } from "@/server/demarches/demarche-access";
import { AppError, isUniqueViolation } from "@/server/errors";

/**
 * Publishes a new version of the conditions d'engagement. Old versions are
 * never edited: each consent keeps pointing at the exact text the person
 * accepted, and people joining from now on read the new one.
 */
export async function publishEngagementText(
  viewer: Viewer,
  input: { demarcheId: string; basedOnVersion: number; body: string },
): Promise<{ version: number }> {
  try {
    return await db.$transaction(async (tx) => {
      const { demarche, facilitator } = await requireOpenDemarche(viewer, input.demarcheId, tx);
      const current = await tx.engagementText.findFirst({
        where: { demarcheId: demarche.id },
        orderBy: { version: "desc" },
        select: { version: true, body: true },
      });
      const currentVersion = current?.version ?? 0;
      // Someone published in between: show them the newer text rather than overwrite it.
      if (input.basedOnVersion !== currentVersion) throw new AppError("CONFLICT", "setup.engagementTextStale");
      if (current && current.body.trim() === input.body.trim()) {
        throw new AppError("VALIDATION", "invalidInput", { fieldErrors: { body: "setup.engagementTextUnchanged" } });
      }
      const created = await tx.engagementText.create({
        data: {
          demarcheId: demarche.id,
          version: currentVersion + 1,
          body: input.body,
          createdById: facilitator.facilitatorId,
        },
        select: { id: true, version: true },
      });
      await recordAudit(
        viewer,
        {
          demarcheId: demarche.id,
          action: "engagement-text.publish",
          entityType: "EngagementText",
          entityId: created.id,
          detail: { version: created.version },
        },
        tx,
      );
      return { version: created.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "setup.engagementTextStale");
    throw error;
  }
}
