import "server-only";
import { canChangeGroups } from "@/domain/phases";
import { defaultsIn } from "@/i18n/default-texts";
import { toLocalYmd } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { invitationExpiryFor } from "@/server/demarches/create-demarche";
import { assertIntraContext, requireOpenDemarche } from "@/server/demarches/demarche-access";
import { demarcheOutputLocale } from "@/server/demarches/output-locale";
import { AppError } from "@/server/errors";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";

/**
 * Adds a homogeneous group (e.g. coordonnateur.trice.s) with its invitation
 * and its own atelier, placed just before the mise en commun and left
 * without a date for the facilitator to set. Its title and agenda are the
 * defaults in the démarche's output language.
 */
export async function addGroup(
  viewer: Viewer,
  input: { demarcheId: string; label: string; minSize: number },
): Promise<{ groupId: string }> {
  return db.$transaction(async (tx) => {
    const { demarche } = await requireOpenDemarche(viewer, input.demarcheId, tx);
    // The atelier's title and agenda in the démarche's output language (decision 024).
    const t = defaultsIn(await demarcheOutputLocale(demarche.id, tx));
    assertIntraContext(demarche);
    if (!canChangeGroups(demarche.phase)) throw new AppError("INVALID_STATE", "setup.groupsLocked");

    const last = await tx.group.findFirst({
      where: { demarcheId: demarche.id },
      orderBy: { sortOrder: "desc" },
      select: { sortOrder: true },
    });
    const group = await tx.group.create({
      data: {
        demarcheId: demarche.id,
        kind: "autre",
        label: input.label,
        minSize: input.minSize,
        sortOrder: (last?.sortOrder ?? -1) + 1,
      },
      select: { id: true },
    });

    // The atelier goes before the first mise en commun, or last when there is none.
    const plenary = await tx.meeting.findFirst({
      where: { demarcheId: demarche.id, kind: "mise_en_commun" },
      orderBy: { sortOrder: "asc" },
      select: { sortOrder: true },
    });
    let sortOrder: number;
    if (plenary) {
      await tx.meeting.updateMany({
        where: { demarcheId: demarche.id, sortOrder: { gte: plenary.sortOrder } },
        data: { sortOrder: { increment: 1 } },
      });
      sortOrder = plenary.sortOrder;
    } else {
      const lastMeeting = await tx.meeting.findFirst({
        where: { demarcheId: demarche.id },
        orderBy: { sortOrder: "desc" },
        select: { sortOrder: true },
      });
      sortOrder = (lastMeeting?.sortOrder ?? -1) + 1;
    }
    await tx.meeting.create({
      data: {
        demarcheId: demarche.id,
        kind: "atelier",
        groupId: group.id,
        sortOrder,
        title: t("meetingTitles.atelier", { group: input.label }),
        agenda: t("meetingAgendas.atelier"),
      },
    });

    const endYmd = toLocalYmd(demarche.endDate);
    await createGroupInvitation(
      viewer,
      { demarcheId: demarche.id, groupId: group.id, expiresAt: invitationExpiryFor(endYmd) },
      tx,
    );
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "group.add",
        entityType: "Group",
        entityId: group.id,
        detail: { minSize: input.minSize },
      },
      tx,
    );
    return { groupId: group.id };
  });
}
