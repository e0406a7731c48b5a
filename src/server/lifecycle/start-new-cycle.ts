import "server-only";
import { isReadOnlyPhase } from "@/domain/phases";
import type { Phase } from "@/domain/vocabulary";
import { addDaysYmd, daysBetween, localDateTime, toLocalHm, toLocalYmd } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { invitationExpiryFor } from "@/server/demarches/create-demarche";
import { assertIntraContext, requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";

export type StartNewCycleInput = {
  demarcheId: string;
  name: string;
  /** Local dates, "YYYY-MM-DD". */
  startDate: string;
  endDate: string;
};

/**
 * « Nouveau cycle » (decision 021): from a closed démarche, a new one in
 * préparation for the same organisation, linked to it (previousDemarcheId)
 * so its report compares each group with this cycle. Copied: the groups,
 * the mandate descriptions, the latest conditions d'engagement (as version
 * 1), the meeting sequence (dates moved by the same number of days as the
 * start), the person in charge of personal information, the retention
 * period, the output language (decision 024: the copied texts are in the
 * words the last cycle ended with, default or not, never translated) and the team (the caller responsible). Never copied: participants,
 * answers, pistes, the CA's report, minutes, attendance.
 */
export async function startNewCycle(viewer: Viewer, input: StartNewCycleInput): Promise<{ demarcheId: string }> {
  return db.$transaction(async (tx) => {
    const { facilitator, demarche } = await requireDemarcheForRead(viewer, input.demarcheId, tx);
    // The next cycle is an intra-organisme démarche: copying an inter one's workshops and its
    // engagement text (« no individual answer is recorded ») would collect answers under it.
    assertIntraContext(demarche);
    if (!isReadOnlyPhase(demarche.phase as Phase)) throw new AppError("INVALID_STATE", "lifecycle.notClosed");
    const old = await tx.demarche.findUniqueOrThrow({
      where: { id: demarche.id },
      select: {
        organisationId: true,
        startDate: true,
        mandateExpertiseText: true,
        mandateRepresentationText: true,
        mandateParticipationText: true,
        privacyOfficerName: true,
        privacyOfficerContact: true,
        retentionMonths: true,
        withdrawalPolicy: true,
        outputLocale: true,
        isDemo: true,
        _count: { select: { laterCycles: true } },
        facilitators: { select: { facilitatorId: true } },
        engagementTexts: { orderBy: { version: "desc" }, take: 1, select: { body: true } },
        groups: {
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: { id: true, kind: true, label: true, minSize: true, sortOrder: true },
        },
        meetings: {
          orderBy: { sortOrder: "asc" },
          select: {
            kind: true,
            groupId: true,
            sortOrder: true,
            title: true,
            startsAt: true,
            durationMinutes: true,
            place: true,
            agenda: true,
          },
        },
      },
    });
    // One next cycle per démarche: a second would split the comparison.
    if (old._count.laterCycles > 0) throw new AppError("CONFLICT", "lifecycle.cycleExists");

    const team = old.facilitators.map((f) => ({
      facilitatorId: f.facilitatorId,
      role: f.facilitatorId === facilitator.facilitatorId ? "responsable" : "co",
    }));
    const created = await tx.demarche.create({
      data: {
        organisationId: old.organisationId,
        previousDemarcheId: demarche.id,
        name: input.name,
        startDate: localDateTime(input.startDate),
        endDate: localDateTime(input.endDate),
        mandateExpertiseText: old.mandateExpertiseText,
        mandateRepresentationText: old.mandateRepresentationText,
        mandateParticipationText: old.mandateParticipationText,
        privacyOfficerName: old.privacyOfficerName,
        privacyOfficerContact: old.privacyOfficerContact,
        retentionMonths: old.retentionMonths,
        withdrawalPolicy: old.withdrawalPolicy,
        outputLocale: old.outputLocale,
        isDemo: old.isDemo,
        facilitators: { create: team },
        engagementTexts: {
          create: { version: 1, body: old.engagementTexts[0]?.body ?? "", createdById: facilitator.facilitatorId },
        },
      },
      select: { id: true },
    });

    const groupIds = new Map<string, string>();
    for (const group of old.groups) {
      const copy = await tx.group.create({
        data: {
          demarcheId: created.id,
          kind: group.kind,
          label: group.label,
          minSize: group.minSize,
          sortOrder: group.sortOrder,
        },
        select: { id: true },
      });
      groupIds.set(group.id, copy.id);
      await createGroupInvitation(
        viewer,
        { demarcheId: created.id, groupId: copy.id, expiresAt: invitationExpiryFor(input.endDate) },
        tx,
      );
    }

    // The sequence keeps its rhythm: every meeting moves as much as the start did.
    const shift = daysBetween(toLocalYmd(old.startDate), input.startDate);
    for (const meeting of old.meetings) {
      await tx.meeting.create({
        data: {
          demarcheId: created.id,
          kind: meeting.kind,
          groupId: meeting.groupId ? (groupIds.get(meeting.groupId) ?? null) : null,
          sortOrder: meeting.sortOrder,
          title: meeting.title,
          startsAt: meeting.startsAt
            ? localDateTime(addDaysYmd(toLocalYmd(meeting.startsAt), shift), toLocalHm(meeting.startsAt))
            : null,
          durationMinutes: meeting.durationMinutes,
          place: meeting.place,
          agenda: meeting.agenda,
        },
      });
    }

    await recordAudit(
      viewer,
      {
        demarcheId: created.id,
        action: "demarche.new-cycle",
        entityType: "Demarche",
        entityId: created.id,
        detail: { previousDemarcheId: demarche.id, groups: old.groups.length, meetings: old.meetings.length },
      },
      tx,
    );
    return { demarcheId: created.id };
  });
}
