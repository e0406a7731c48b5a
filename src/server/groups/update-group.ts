import "server-only";
import { defaultTextByLanguage, defaultsIn } from "@/i18n/default-texts";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireGroupOfFacilitator } from "@/server/demarches/demarche-access";

/**
 * Renames a group or changes its minimum size (never below three: the schema
 * refuses it). An atelier still titled after the old name follows the new one:
 * a default title of either language (decision 024: a démarche keeps the
 * titles it was created with when its output language changes), of an
 * intra or an inter démarche, rewritten in its own language.
 */
export async function updateGroup(
  viewer: Viewer,
  input: { groupId: string; label: string; minSize: number },
): Promise<{ groupId: string }> {
  return db.$transaction(async (tx) => {
    const { group } = await requireGroupOfFacilitator(viewer, input.groupId, tx);
    await tx.group.update({ where: { id: group.id }, data: { label: input.label, minSize: input.minSize } });
    if (input.label !== group.label) {
      for (const key of ["meetingTitles.atelier", "interMeetingTitles.atelier"]) {
        for (const { locale, text } of defaultTextByLanguage(key, { group: group.label })) {
          await tx.meeting.updateMany({
            where: { groupId: group.id, kind: "atelier", title: text },
            data: { title: defaultsIn(locale)(key, { group: input.label }) },
          });
        }
      }
    }
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "group.update",
        entityType: "Group",
        entityId: group.id,
        detail: { labelChanged: input.label !== group.label, minSize: { from: group.minSize, to: input.minSize } },
      },
      tx,
    );
    return { groupId: group.id };
  });
}
