import type { Phase } from "@/domain/vocabulary";
import type { FacilitatorViewer, ParticipantViewer } from "@/server/auth/viewer";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { advancePhase } from "@/server/phases/advance-phase";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { releaseGroupResults } from "@/server/workshops/release-group-results";
import { saveGroupAgreement } from "@/server/workshops/save-group-agreement";
import { saveGroupCondition } from "@/server/workshops/save-group-condition";
import { saveGroupPiste } from "@/server/workshops/save-group-piste";
import { answers } from "./factories";

/**
 * Walks a démarche from its préparation to a later phase through the real
 * server functions, as its facilitator and participants would: the phase
 * rules (src/domain/phases.ts) are met, never bypassed, so a fixture in the
 * suivi is one the application itself could have produced.
 *
 * - ateliers: entered with a reason when a group is short (the override the
 *   dashboard offers); every person confirms their positions; the facilitator
 *   records each working group's agreement, one condition and one piste.
 * - mise en commun: every group releases its results; two pistes are
 *   retained for the CA (one flagged for arbitrage), or one when the
 *   démarche has a single working group.
 * - transmission au CA: nothing more (the CA has not answered yet).
 * - suivi: each piste answered (the first by a board member when there is
 *   one), the CA's report published.
 */

export type DemarcheToWalk = {
  facilitator: FacilitatorViewer;
  demarcheId: string;
  /** Every group of the démarche: all of them must release before the mise en commun. */
  groupIds: string[];
  /** Groups whose workshop produces an agreement, a condition and a piste (default: every group). */
  workGroupIds?: string[];
  /** People who confirm their positions during the ateliers. */
  people: ParticipantViewer[];
  /** A participant of the administrateur.trice.s group, who answers the first piste for the CA. */
  board: ParticipantViewer | null;
};

export type WalkedDemarche = {
  /** Keyed by group id: what each working group wrote in its workshop (from the ateliers on). */
  workshop: { conditionIds: Record<string, string>; pisteIds: Record<string, string> } | null;
  /** The pistes retained at the mise en commun (from the mise en commun on). */
  plenaryPisteIds: string[];
};

const ORDER: Phase[] = ["preparation", "ateliers", "mise_en_commun", "transmission_ca", "suivi"];

/** A varied, valid pair of positions for the n-th person (per mille, each summing to 1000). */
function positionsOf(n: number) {
  const e = 200 + ((n * 70) % 400);
  const r = 100 + ((n * 130) % (800 - e));
  const de = Math.max(0, e - 150);
  return answers([e, r, 1000 - e - r], [de, r, 1000 - de - r], {
    currentWhy: `Raison ${n + 1}`,
    currentExamples: `Exemple ${n + 1}`,
  });
}

export async function walkDemarche(to: Phase, d: DemarcheToWalk): Promise<WalkedDemarche> {
  const target = ORDER.indexOf(to);
  if (target < 0) throw new Error(`walkDemarche: cannot walk to ${to}`);
  const walked: WalkedDemarche = { workshop: null, plenaryPisteIds: [] };
  const { facilitator, demarcheId } = d;
  const workGroupIds = d.workGroupIds ?? d.groupIds;
  const reached = (phase: Phase) => target >= ORDER.indexOf(phase);
  const advance = (from: Phase) =>
    advancePhase(facilitator, {
      demarcheId,
      from,
      overrideReason: "Le groupe manquant se joindra en cours de route",
    });

  if (!reached("ateliers")) return walked;
  await advance("preparation");
  for (const [n, person] of d.people.entries()) await submitMyPosition(person, positionsOf(n));
  const workshop = { conditionIds: {} as Record<string, string>, pisteIds: {} as Record<string, string> };
  for (const [n, groupId] of workGroupIds.entries()) {
    const agreed = positionsOf(n * 3);
    await saveGroupAgreement(facilitator, {
      groupId,
      current: agreed.current!,
      desired: agreed.desired!,
      decisionMode: "consensus",
      justification: "Ce que le groupe a retenu ensemble.",
      examples: "Les activités de l'automne.",
      participantCount: null,
    });
    workshop.conditionIds[groupId] = (
      await saveGroupCondition(facilitator, {
        groupId,
        kind: n % 2 === 0 ? "entrave" : "favorise",
        theme: "Financement",
        text: "Le financement par projet laisse peu de temps.",
      })
    ).conditionId;
    workshop.pisteIds[groupId] = (
      await saveGroupPiste(facilitator, {
        groupId,
        orientation: n % 2 === 0 ? "changer-de-cap" : "consolider",
        title: `Piste du groupe ${n + 1}`,
        description: "Proposée en atelier.",
      })
    ).pisteId;
  }
  walked.workshop = workshop;

  if (!reached("mise_en_commun")) return walked;
  for (const groupId of d.groupIds) await releaseGroupResults(facilitator, { groupId });
  await advance("ateliers");
  const pistes = [
    {
      orientation: "consolider" as const,
      title: "Maintenir l'accueil sans rendez-vous",
      supportGroupIds: workGroupIds.filter((_id, i) => i !== 1),
      needsArbitrage: false,
      arbitrageNote: "",
    },
    {
      orientation: "changer-de-cap" as const,
      title: "Un comité de membres choisit la programmation",
      supportGroupIds: workGroupIds.slice(1, 2),
      needsArbitrage: true,
      arbitrageNote: "Le CA et les destinataires ne s'entendent pas sur le rythme.",
    },
  ].filter((p) => p.supportGroupIds.length > 0);
  for (const piste of pistes) {
    const saved = await savePlenaryPiste(facilitator, { demarcheId, description: "Retenue en plénière.", ...piste });
    walked.plenaryPisteIds.push(saved.pisteId);
  }

  if (!reached("transmission_ca")) return walked;
  await advance("mise_en_commun");

  if (!reached("suivi")) return walked;
  for (const [i, pisteId] of walked.plenaryPisteIds.entries()) {
    await recordCaAnswer(i === 0 && d.board ? d.board : facilitator, {
      pisteId,
      decision: i === 0 ? "retenue" : "a-l-etude",
      reasons: "Le CA en a discuté à sa séance.",
      responsible: i === 0 ? "La coordination" : "",
      dueDate: i === 0 ? "2027-06-30" : "",
    });
  }
  await publishCaReport(facilitator, { demarcheId });
  await advance("transmission_ca");
  return walked;
}
