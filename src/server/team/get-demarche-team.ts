import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { isReadOnlyPhase } from "@/domain/phases";
import type { TeamRole } from "@/server/team/team-access";

export type TeamMember = { facilitatorId: string; name: string; email: string; role: TeamRole; isMe: boolean };

/**
 * Who runs the démarche, for its facilitators; and, for the responsible one,
 * the colleagues of the instance who could be added (active accounts only).
 */
export async function getDemarcheTeam(viewer: Viewer, demarcheId: string) {
  const { facilitator, demarche } = await requireDemarcheForRead(viewer, demarcheId, db);
  const rows = await db.demarcheFacilitator.findMany({
    where: { demarcheId: demarche.id },
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
    select: { role: true, facilitator: { select: { id: true, name: true, email: true } } },
  });
  const members: TeamMember[] = rows.map((r) => ({
    facilitatorId: r.facilitator.id,
    name: r.facilitator.name,
    email: r.facilitator.email,
    role: r.role === "responsable" ? "responsable" : "co",
    isMe: r.facilitator.id === facilitator.facilitatorId,
  }));
  const myRole = members.find((m) => m.isMe)?.role ?? "co";
  const canManage = myRole === "responsable" && !isReadOnlyPhase(demarche.phase);
  const colleagues = canManage
    ? await db.facilitator.findMany({
        where: { disabledAt: null, id: { notIn: members.map((m) => m.facilitatorId) } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, email: true },
      })
    : [];
  return { demarcheId: demarche.id, members, myRole, canManage, colleagues };
}
