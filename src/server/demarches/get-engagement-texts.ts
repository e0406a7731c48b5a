import "server-only";
import { isReadOnlyPhase } from "@/domain/phases";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";

/**
 * Every version of the conditions d'engagement, newest first, with how many
 * people currently taking part accepted each (on screen or orally).
 */
export async function getEngagementTexts(viewer: Viewer, demarcheId: string) {
  const { demarche } = await requireDemarcheForRead(viewer, demarcheId, db);
  const versions = await db.engagementText.findMany({
    where: { demarcheId: demarche.id },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      body: true,
      createdAt: true,
      _count: {
        select: {
          consents: { where: { purpose: "participation", withdrawnAt: null, participant: { withdrawnAt: null } } },
        },
      },
    },
  });
  return {
    readOnly: isReadOnlyPhase(demarche.phase),
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      body: v.body,
      createdAt: v.createdAt,
      acceptedCount: v._count.consents,
    })),
  };
}
