import "server-only";
import { effectiveMinSize } from "@/domain/group-disclosure";
import type { ReportSource, ReportSourceGroup } from "@/domain/report-model";
import type { GroupKind } from "@/domain/synthesis";
import {
  authorRole,
  type CaDecision,
  type ConditionKind,
  type DecisionMode,
  type Phase,
  type PisteOrientation,
} from "@/domain/vocabulary";
import { toLocalYmd } from "@/lib/local-time";
import type { Tx } from "@/server/db";
import { COUNTED_ANSWER_OWNER, COUNTED_MEMBER } from "@/server/workshops/group-figures";
import { TRIANGLE_COLUMNS, trianglesOf } from "@/server/positions/triangle-columns";

/**
 * Loads what the report model needs for one démarche. The selection is the
 * confidentiality boundary: no display name and no individual text (why,
 * examples, conditions of a person) is ever read here; individual positions
 * are read as bare numbers, only for groups that released their results, and
 * only to be averaged by the synthesis. No authorisation here: callers check.
 */
export async function loadReportSource(demarcheId: string, now: Date, client: Tx): Promise<ReportSource | null> {
  const current = await loadOne(demarcheId, now, client);
  if (current === null) return null;
  const { organisationId, previousDemarcheId, source } = current;
  let previous: ReportSource["previous"] = null;
  if (previousDemarcheId !== null) {
    const earlier = await loadOne(previousDemarcheId, now, client);
    // Cycles are compared within one organisation only.
    if (earlier !== null && earlier.organisationId === organisationId) previous = earlier.source;
  }
  return { ...source, previous };
}

async function loadOne(demarcheId: string, now: Date, client: Tx) {
  const row = await client.demarche.findUnique({
    where: { id: demarcheId },
    select: {
      id: true,
      name: true,
      phase: true,
      startDate: true,
      endDate: true,
      closedAt: true,
      organisationId: true,
      previousDemarcheId: true,
      organisation: { select: { name: true } },
      meetings: {
        orderBy: [{ sortOrder: "asc" }],
        select: { kind: true, title: true, startsAt: true, heldAt: true },
      },
      groups: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          kind: true,
          label: true,
          minSize: true,
          releasedAt: true,
          // Admitted people only, everywhere a group is counted (decision 013).
          _count: { select: { participants: { where: COUNTED_MEMBER } } },
          positions: {
            where: { status: "submitted", participant: COUNTED_ANSWER_OWNER },
            select: {
              id: true,
              ...TRIANGLE_COLUMNS,
            },
          },
          agreement: {
            select: {
              ...TRIANGLE_COLUMNS,
              decisionMode: true,
              justification: true,
              examples: true,
              participantCount: true,
            },
          },
          conditions: {
            orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
            select: { kind: true, theme: true, text: true },
          },
          pistes: {
            orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
            select: { id: true, orientation: true, title: true, description: true },
          },
          reaction: { select: { text: true, updatedAt: true } },
        },
      },
      pistes: {
        where: { groupId: null },
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          orientation: true,
          title: true,
          description: true,
          needsArbitrage: true,
          arbitrageNote: true,
          supports: { select: { groupId: true } },
          answer: {
            select: {
              decision: true,
              reasons: true,
              responsible: true,
              dueDate: true,
              adoptedOn: true,
              resolution: true,
              answeredBy: true,
              updatedAt: true,
            },
          },
        },
      },
      caReport: { select: { summary: true, publishedAt: true, publishedBy: true } },
    },
  });
  if (row === null) return null;

  const groups: ReportSourceGroup[] = row.groups.map((group) => {
    const isReleased = group.releasedAt !== null;
    const agreement = group.agreement;
    return {
      id: group.id,
      kind: group.kind as GroupKind,
      label: group.label,
      minSize: effectiveMinSize(group.minSize),
      releasedAt: group.releasedAt,
      participantCount: group._count.participants,
      // Before release nothing of the group's work leaves the loader.
      responses: isReleased
        ? group.positions.flatMap((position) => {
            const { current, desired } = trianglesOf(position);
            return current && desired ? [{ id: position.id, current, desired }] : [];
          })
        : [],
      agreement:
        isReleased && agreement
          ? {
              ...trianglesOf(agreement),
              decisionMode: agreement.decisionMode as DecisionMode,
              justification: agreement.justification,
              examples: agreement.examples,
              participantCount: agreement.participantCount,
            }
          : null,
      conditions: isReleased
        ? group.conditions.map((c) => ({ kind: c.kind as ConditionKind, theme: c.theme, text: c.text }))
        : [],
      pistes: isReleased
        ? group.pistes.map((p) => ({
            id: p.id,
            orientation: p.orientation as PisteOrientation,
            title: p.title,
            description: p.description,
          }))
        : [],
    };
  });

  const source: Omit<ReportSource, "previous"> = {
    demarche: {
      id: row.id,
      name: row.name,
      organisationName: row.organisation.name,
      phase: row.phase as Phase,
      startDate: toLocalYmd(row.startDate),
      endDate: toLocalYmd(row.endDate),
      closedAt: row.closedAt,
    },
    meetings: row.meetings,
    groups,
    plenaryPistes: row.pistes.map((piste) => ({
      id: piste.id,
      orientation: piste.orientation as PisteOrientation,
      title: piste.title,
      description: piste.description,
      needsArbitrage: piste.needsArbitrage,
      arbitrageNote: piste.arbitrageNote,
      supportGroupIds: piste.supports.map((s) => s.groupId),
      answer: piste.answer
        ? {
            decision: piste.answer.decision as CaDecision,
            reasons: piste.answer.reasons,
            responsible: piste.answer.responsible,
            dueDate: piste.answer.dueDate ? toLocalYmd(piste.answer.dueDate) : null,
            adoptedOn: piste.answer.adoptedOn ? toLocalYmd(piste.answer.adoptedOn) : null,
            resolution: piste.answer.resolution,
            // Only the role leaves the loader, never who.
            writtenBy: authorRole(piste.answer.answeredBy, "ca-delegate"),
            updatedAt: piste.answer.updatedAt,
          }
        : null,
    })),
    caReport: row.caReport && {
      summary: row.caReport.summary,
      publishedAt: row.caReport.publishedAt,
      publishedBy: row.caReport.publishedAt ? authorRole(row.caReport.publishedBy, "ca-delegate") : null,
    },
    reactions: row.groups.flatMap((group) =>
      group.reaction ? [{ groupId: group.id, text: group.reaction.text, updatedAt: group.reaction.updatedAt }] : [],
    ),
    generatedAt: now,
  };
  return { organisationId: row.organisationId, previousDemarcheId: row.previousDemarcheId, source };
}
