import "server-only";
import {
  interComparisons,
  interReadings,
  missingCells,
  type InterAgreedPosition,
  type InterSide,
  type InterWorkshop,
} from "@/domain/inter-organisations";
import { fromPerMille, type PerMille } from "@/domain/position";
import type { Position } from "@/domain/synthesis";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { demarcheOutputLocale } from "@/server/demarches/output-locale";
import { AppError, notFound } from "@/server/errors";
import { TRIANGLE_COLUMNS, trianglesOf } from "@/server/positions/triangle-columns";

export type InterAgreementView = {
  workshop: InterWorkshop;
  side: InterSide;
  groupId: string;
  current: PerMille;
  desired: PerMille;
  why: string;
  examples: string;
  updatedAt: Date;
};

/**
 * Everything the inter page and the bilan show of an inter-organismes
 * démarche (decision 023), for the facilitators who run it: the two
 * organisations, the two workshops, each workshop's agreed position per
 * organisation (never a person's: none is stored), the comparisons and the
 * readings. Another facilitator's démarche is NOT_FOUND; an intra démarche
 * is INVALID_STATE.
 */
export async function getInterDemarche(viewer: Viewer, demarcheId: string) {
  await requireDemarcheFacilitator(viewer, demarcheId, db);
  const demarche = await db.demarche.findUnique({
    where: { id: demarcheId },
    select: {
      id: true,
      name: true,
      context: true,
      phase: true,
      startDate: true,
      endDate: true,
      mandateExpertiseText: true,
      mandateRepresentationText: true,
      mandateParticipationText: true,
      interOrganisations: {
        orderBy: { side: "asc" },
        select: { id: true, side: true, name: true, namingConsentAt: true },
      },
      groups: { orderBy: { sortOrder: "asc" }, select: { id: true, kind: true, label: true } },
      meetings: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, kind: true, title: true, startsAt: true, heldAt: true },
      },
    },
  });
  if (!demarche) throw notFound();
  if (demarche.context !== "inter-organismes") throw new AppError("INVALID_STATE", "inter.notInter");

  const rows = await db.interAgreement.findMany({
    where: { group: { demarcheId }, interOrganisation: { demarcheId } },
    select: {
      groupId: true,
      group: { select: { kind: true } },
      interOrganisation: { select: { side: true } },
      ...TRIANGLE_COLUMNS,
      why: true,
      examples: true,
      updatedAt: true,
    },
  });
  const agreements: InterAgreementView[] = rows
    .filter((r) => r.group.kind === "intervenants" || r.group.kind === "destinataires")
    .map((r) => ({
      workshop: r.group.kind as InterWorkshop,
      side: r.interOrganisation.side as InterSide,
      groupId: r.groupId,
      ...trianglesOf(r),
      why: r.why,
      examples: r.examples,
      updatedAt: r.updatedAt,
    }));
  const positions: InterAgreedPosition[] = agreements.map((a) => ({
    workshop: a.workshop,
    side: a.side,
    current: fromPerMille(a.current) satisfies Position,
    desired: fromPerMille(a.desired),
  }));
  return {
    id: demarche.id,
    name: demarche.name,
    phase: demarche.phase,
    startDate: demarche.startDate,
    endDate: demarche.endDate,
    mandateTexts: {
      expertise: demarche.mandateExpertiseText,
      representation: demarche.mandateRepresentationText,
      participation: demarche.mandateParticipationText,
    },
    organisations: demarche.interOrganisations.map((o) => ({ ...o, side: o.side as InterSide })),
    workshops: demarche.groups
      .filter((g) => g.kind === "intervenants" || g.kind === "destinataires")
      .map((g) => ({ ...g, kind: g.kind as InterWorkshop })),
    meetings: demarche.meetings,
    agreements,
    positions,
    comparisons: interComparisons(positions),
    readings: interReadings(positions),
    missing: missingCells(agreements),
    /** The language of the bilan (decision 024). */
    outputLocale: await demarcheOutputLocale(demarcheId, db),
  };
}

export type InterDemarcheView = Awaited<ReturnType<typeof getInterDemarche>>;
