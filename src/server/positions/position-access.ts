import "server-only";
import type { PerMille } from "@/domain/position";
import type { Phase } from "@/domain/vocabulary";
import { positionEditRefusal } from "@/domain/workshop";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import type { Tx } from "@/server/db";
import { AppError, notFound } from "@/server/errors";

/**
 * Shared by the position use cases (the participant's own and the
 * facilitator's on someone's behalf): load the person with the state of their
 * group and démarche, check that positions may change, and write the answers.
 */

/** Everything a person answered, as their data export and the position use cases read it. */
export const POSITION_ANSWERS_SELECT = {
  currentExpertise: true,
  currentRepresentation: true,
  currentParticipation: true,
  currentWhy: true,
  currentExamples: true,
  desiredExpertise: true,
  desiredRepresentation: true,
  desiredParticipation: true,
  desiredWhy: true,
  desiredExamples: true,
  conditionsHinder: true,
  conditionsSupport: true,
  status: true,
  submittedAt: true,
  enteredById: true,
  editedOnBehalfAt: true,
  updatedAt: true,
} as const;

const POSITION_SELECT = { id: true, ...POSITION_ANSWERS_SELECT } as const;

/**
 * The person, their group and démarche, and their stored position (null
 * before the first save), in one query: one query plan for Prisma to compile
 * instead of two, on the path of every autosave and confirmation.
 */
export async function loadPositionOwner(client: Tx, participantId: string) {
  const row = await client.participant.findUnique({
    where: { id: participantId },
    select: {
      id: true,
      displayName: true,
      addedByFacilitator: true,
      withdrawnAt: true,
      admittedAt: true,
      demarcheId: true,
      group: { select: { id: true, label: true, kind: true, minSize: true, workshopClosedAt: true, releasedAt: true } },
      demarche: {
        select: {
          phase: true,
          name: true,
          mandateExpertiseText: true,
          mandateRepresentationText: true,
          mandateParticipationText: true,
        },
      },
      position: { select: POSITION_SELECT },
    },
  });
  // A withdrawn person's answers are no longer theirs to change, nor anyone's.
  if (!row || row.withdrawnAt) throw notFound();
  // Someone « en attente » has no answers of the group's, whoever types them (decision 013).
  if (!row.admittedAt) throw new AppError("FORBIDDEN", "participants.notAdmitted");
  return row;
}

export type PositionOwner = Awaited<ReturnType<typeof loadPositionOwner>>;

export function assertPositionEditable(owner: PositionOwner): void {
  const refusal = positionEditRefusal({
    phase: owner.demarche.phase as Phase,
    workshopClosedAt: owner.group.workshopClosedAt,
    releasedAt: owner.group.releasedAt,
  });
  if (refusal) throw new AppError("INVALID_STATE", `workshop.${refusal}`);
}

type PositionRow = {
  currentExpertise: number | null;
  currentRepresentation: number | null;
  currentParticipation: number | null;
  currentWhy: string;
  currentExamples: string;
  desiredExpertise: number | null;
  desiredRepresentation: number | null;
  desiredParticipation: number | null;
  desiredWhy: string;
  desiredExamples: string;
  conditionsHinder: string;
  conditionsSupport: string;
};

function triple(e: number | null, r: number | null, p: number | null): PerMille | null {
  return e === null || r === null || p === null ? null : { expertise: e, representation: r, participation: p };
}

export function answersOf(row: PositionRow): PositionAnswers {
  return {
    current: triple(row.currentExpertise, row.currentRepresentation, row.currentParticipation),
    currentWhy: row.currentWhy,
    currentExamples: row.currentExamples,
    desired: triple(row.desiredExpertise, row.desiredRepresentation, row.desiredParticipation),
    desiredWhy: row.desiredWhy,
    desiredExamples: row.desiredExamples,
    conditionsHinder: row.conditionsHinder,
    conditionsSupport: row.conditionsSupport,
  };
}

function columnsOf(answers: PositionAnswers) {
  return {
    currentExpertise: answers.current?.expertise ?? null,
    currentRepresentation: answers.current?.representation ?? null,
    currentParticipation: answers.current?.participation ?? null,
    currentWhy: answers.currentWhy,
    currentExamples: answers.currentExamples,
    desiredExpertise: answers.desired?.expertise ?? null,
    desiredRepresentation: answers.desired?.representation ?? null,
    desiredParticipation: answers.desired?.participation ?? null,
    desiredWhy: answers.desiredWhy,
    desiredExamples: answers.desiredExamples,
    conditionsHinder: answers.conditionsHinder,
    conditionsSupport: answers.conditionsSupport,
  };
}

function sameAnswers(a: PositionAnswers, b: PositionAnswers): boolean {
  return JSON.stringify(columnsOf(a)) === JSON.stringify(columnsOf(b));
}

/**
 * Answers the person confirmed themself, on their own device: the
 * facilitator may change them only knowingly (decision 014), and the person
 * is told on their own page.
 */
export function confirmedByThePerson(position: { status: string; enteredById: string | null } | null): boolean {
  return position !== null && position.status === "submitted" && position.enteredById === null;
}

/**
 * The facilitator is about to change answers the person confirmed themself
 * without having said they know: refused as data, nothing written. The form
 * asks first, in a dialog, then sends `overrideOwnAnswers`.
 */
export function ownAnswersProtected(): AppError {
  return new AppError("CONFLICT", "workshop.confirmedByPerson");
}

export type SavedPosition = {
  positionId: string;
  status: "draft" | "submitted";
  submittedAt: Date | null;
  updatedAt: Date;
  /** Whether anything stored changed (an identical autosave changes nothing). */
  changed: boolean;
  /** A confirmed position was edited and must be confirmed again to count. */
  unconfirmed: boolean;
  /** The facilitator changed answers the person had confirmed themself. */
  overrodeOwnAnswers: boolean;
};

/**
 * Writes a person's answers. Submitting confirms them. Changing confirmed
 * answers without submitting turns them back into a draft: only confirmed
 * answers enter the group's figures, and a half-edited position is not one
 * the person has confirmed. Saving identical answers changes nothing, so a
 * repeated autosave never un-confirms anything.
 */
export async function writeAnswers(
  client: Tx,
  input: {
    owner: PositionOwner;
    answers: PositionAnswers;
    submit: boolean;
    /** The facilitator who typed it, or null when the person did. */
    enteredById: string | null;
    /** The facilitator said they know they are changing answers the person confirmed themself. */
    overrideOwnAnswers?: boolean;
    now: Date;
  },
): Promise<SavedPosition> {
  const { owner, answers, submit, enteredById, now } = input;
  // Read with the owner, in the same transaction as this write.
  const existing = owner.position;
  const changed = !existing || !sameAnswers(answersOf(existing), answers);
  const wasSubmitted = existing?.status === "submitted";
  const status = submit ? "submitted" : changed ? "draft" : ((existing?.status ?? "draft") as "draft" | "submitted");
  const submittedAt = submit ? now : status === "submitted" ? (existing?.submittedAt ?? now) : null;
  // Confirming again, on someone's behalf, the very answers they confirmed themself changes nothing.
  const reconfirmsOwn = !changed && submit && enteredById !== null && confirmedByThePerson(existing);
  if (existing && !changed && (!submit || reconfirmsOwn)) {
    return {
      positionId: existing.id,
      status,
      submittedAt: reconfirmsOwn ? existing.submittedAt : submittedAt,
      updatedAt: existing.updatedAt,
      changed: false,
      unconfirmed: false,
      overrodeOwnAnswers: false,
    };
  }
  // On someone's behalf, over answers they confirmed themself: only knowingly, and
  // stamped. Once stamped, each later change by a facilitator moves the stamp: the
  // person's page says when their answers were last changed by someone else.
  const overridesOwn = enteredById !== null && confirmedByThePerson(existing);
  if (overridesOwn && !input.overrideOwnAnswers) throw ownAnswersProtected();
  const stamp =
    enteredById !== null && (overridesOwn || existing?.editedOnBehalfAt != null)
      ? { editedOnBehalfAt: now, editedOnBehalfById: enteredById }
      : {};
  const data = { ...columnsOf(answers), status, submittedAt, enteredById, ...stamp };
  const saved = existing
    ? await client.position.update({ where: { participantId: owner.id }, data, select: { id: true, updatedAt: true } })
    : await client.position.create({
        data: { ...data, participantId: owner.id, groupId: owner.group.id, demarcheId: owner.demarcheId },
        select: { id: true, updatedAt: true },
      });
  return {
    positionId: saved.id,
    status,
    submittedAt,
    updatedAt: saved.updatedAt,
    changed,
    unconfirmed: wasSubmitted && status === "draft",
    overrodeOwnAnswers: overridesOwn,
  };
}

/** Confirming needs both positions (the schema says so too; the server does not rely on it). */
export function positionsMissing(answers: PositionAnswers): AppError {
  const fieldErrors: Record<string, string> = {};
  if (answers.current === null) fieldErrors.current = "workshop.currentMissing";
  if (answers.desired === null) fieldErrors.desired = "workshop.desiredMissing";
  return new AppError("VALIDATION", "workshop.positionsMissing", { fieldErrors });
}
