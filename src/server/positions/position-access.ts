import "server-only";
import type { Phase } from "@/domain/vocabulary";
import { positionEditRefusal } from "@/domain/workshop";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { Prisma } from "@/generated/prisma/client";
import { cuid } from "@/server/cuid";
import { AppError, notFound } from "@/server/errors";
import {
  rawBoolean,
  rawDate,
  rawInt,
  rawNullableDate,
  rawNullableInt,
  rawNullableString,
  rawString,
} from "@/server/raw-sql";
import { triangleColumnsOf, trianglesOf } from "@/server/positions/triangle-columns";
import type { SqlSession } from "@/server/sql-session";

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

/** A stored position as the position use cases read it (POSITION_ANSWERS_SELECT and its id). */
export type StoredPosition = {
  id: string;
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
  status: string;
  submittedAt: Date | null;
  enteredById: string | null;
  editedOnBehalfAt: Date | null;
  updatedAt: Date;
};

/** The person, with their group, démarche and stored position, as loadPositionOwner returns them. */
export type PositionOwner = {
  id: string;
  displayName: string;
  addedByFacilitator: boolean;
  withdrawnAt: Date | null;
  admittedAt: Date | null;
  demarcheId: string;
  group: {
    id: string;
    label: string;
    kind: string;
    minSize: number;
    workshopClosedAt: Date | null;
    releasedAt: Date | null;
  };
  demarche: {
    phase: string;
    name: string;
    mandateExpertiseText: string;
    mandateRepresentationText: string;
    mandateParticipationText: string;
  };
  /** Null before the first save. */
  position: StoredPosition | null;
};

type OwnerRow = Record<string, unknown>;

function ownerOfRow(row: OwnerRow): PositionOwner {
  return {
    id: rawString(row.id),
    displayName: rawString(row.displayName),
    addedByFacilitator: rawBoolean(row.addedByFacilitator),
    withdrawnAt: rawNullableDate(row.withdrawnAt),
    admittedAt: rawNullableDate(row.admittedAt),
    demarcheId: rawString(row.demarcheId),
    group: {
      id: rawString(row.gId),
      label: rawString(row.gLabel),
      kind: rawString(row.gKind),
      minSize: rawInt(row.gMinSize),
      workshopClosedAt: rawNullableDate(row.gWorkshopClosedAt),
      releasedAt: rawNullableDate(row.gReleasedAt),
    },
    demarche: {
      phase: rawString(row.dPhase),
      name: rawString(row.dName),
      mandateExpertiseText: rawString(row.dMandateExpertiseText),
      mandateRepresentationText: rawString(row.dMandateRepresentationText),
      mandateParticipationText: rawString(row.dMandateParticipationText),
    },
    position:
      row.posId === null
        ? null
        : {
            id: rawString(row.posId),
            currentExpertise: rawNullableInt(row.currentExpertise),
            currentRepresentation: rawNullableInt(row.currentRepresentation),
            currentParticipation: rawNullableInt(row.currentParticipation),
            currentWhy: rawString(row.currentWhy),
            currentExamples: rawString(row.currentExamples),
            desiredExpertise: rawNullableInt(row.desiredExpertise),
            desiredRepresentation: rawNullableInt(row.desiredRepresentation),
            desiredParticipation: rawNullableInt(row.desiredParticipation),
            desiredWhy: rawString(row.desiredWhy),
            desiredExamples: rawString(row.desiredExamples),
            conditionsHinder: rawString(row.conditionsHinder),
            conditionsSupport: rawString(row.conditionsSupport),
            status: rawString(row.status),
            submittedAt: rawNullableDate(row.submittedAt),
            enteredById: rawNullableString(row.enteredById),
            editedOnBehalfAt: rawNullableDate(row.editedOnBehalfAt),
            updatedAt: rawDate(row.posUpdatedAt),
          },
  };
}

/**
 * The person, their group and démarche, and their stored position (null
 * before the first save), in ONE raw statement: on the path of every
 * autosave and confirmation, where Prisma 6.19 would split a nested
 * findUnique into one SELECT per relation, each compiled by its query
 * compiler (decision 019, addendum on raw SQL). Run on `client`, so inside
 * the caller's transaction: the driver adapter's for the participant's own
 * saves, Prisma's on someone's behalf (decision 025). The refusals below are
 * decided on the loaded row.
 */
export async function loadPositionOwner(client: SqlSession, participantId: string): Promise<PositionOwner> {
  const rows = (await client.query(Prisma.sql`
    SELECT p."id", p."displayName", p."addedByFacilitator", p."withdrawnAt", p."admittedAt", p."demarcheId",
      g."id" AS "gId", g."label" AS "gLabel", g."kind" AS "gKind", g."minSize" AS "gMinSize",
      g."workshopClosedAt" AS "gWorkshopClosedAt", g."releasedAt" AS "gReleasedAt",
      d."phase" AS "dPhase", d."name" AS "dName", d."mandateExpertiseText" AS "dMandateExpertiseText",
      d."mandateRepresentationText" AS "dMandateRepresentationText",
      d."mandateParticipationText" AS "dMandateParticipationText",
      pos."id" AS "posId", pos."currentExpertise", pos."currentRepresentation", pos."currentParticipation",
      pos."currentWhy", pos."currentExamples", pos."desiredExpertise", pos."desiredRepresentation",
      pos."desiredParticipation", pos."desiredWhy", pos."desiredExamples", pos."conditionsHinder",
      pos."conditionsSupport", pos."status", pos."submittedAt", pos."enteredById", pos."editedOnBehalfAt",
      pos."updatedAt" AS "posUpdatedAt"
    FROM "Participant" p
    JOIN "Group" g ON g."id" = p."groupId"
    JOIN "Demarche" d ON d."id" = p."demarcheId"
    LEFT JOIN "Position" pos ON pos."participantId" = p."id"
    WHERE p."id" = ${participantId}`)) as OwnerRow[];
  const row = rows[0];
  if (!row) throw notFound();
  const owner = ownerOfRow(row);
  // A withdrawn person's answers are no longer theirs to change, nor anyone's.
  if (owner.withdrawnAt) throw notFound();
  // Someone « en attente » has no answers of the group's, whoever types them (decision 013).
  if (!owner.admittedAt) throw new AppError("FORBIDDEN", "participants.notAdmitted");
  return owner;
}

export function assertPositionEditable(owner: PositionOwner): void {
  const refusal = positionEditRefusal({
    phase: owner.demarche.phase as Phase,
    workshopClosedAt: owner.group.workshopClosedAt,
    releasedAt: owner.group.releasedAt,
  });
  if (refusal) throw new AppError("INVALID_STATE", `workshop.${refusal}`);
}

/** What a person answered, as stored: a StoredPosition's answer columns. */
type PositionRow = Omit<
  StoredPosition,
  "id" | "status" | "submittedAt" | "enteredById" | "editedOnBehalfAt" | "updatedAt"
>;

export function answersOf(row: PositionRow): PositionAnswers {
  const { current, desired } = trianglesOf(row);
  return {
    current,
    currentWhy: row.currentWhy,
    currentExamples: row.currentExamples,
    desired,
    desiredWhy: row.desiredWhy,
    desiredExamples: row.desiredExamples,
    conditionsHinder: row.conditionsHinder,
    conditionsSupport: row.conditionsSupport,
  };
}

function columnsOf(answers: PositionAnswers) {
  return {
    ...triangleColumnsOf(answers),
    currentWhy: answers.currentWhy,
    currentExamples: answers.currentExamples,
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
  client: SqlSession,
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
  const stamped = enteredById !== null && (overridesOwn || existing?.editedOnBehalfAt != null);
  const stamp = stamped ? { editedOnBehalfAt: now, editedOnBehalfById: enteredById } : {};
  const data = { ...columnsOf(answers), status, submittedAt, enteredById, ...stamp };
  const saved = existing
    ? await updatePosition(client, owner.id, existing.id, data, stamped)
    : await insertPosition(client, owner, data);
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

/**
 * The UPDATE of every autosave and confirmation after the first, as one raw
 * statement (decision 019, addendum on raw SQL): the same columns Prisma's
 * update wrote, `updatedAt` set here as Prisma's @updatedAt would (the time
 * of the write). Raw Date parameters are stored in Prisma's own format on both
 * databases. The row was loaded in this transaction; it cannot have gone
 * (SQLite has one writer; on PostgreSQL a concurrent delete would have to
 * remove the participant), and if it had, nothing is written and the caller
 * is told, as Prisma's update would have thrown.
 */
type PositionData = ReturnType<typeof columnsOf> & {
  status: string;
  submittedAt: Date | null;
  enteredById: string | null;
  editedOnBehalfAt?: Date;
  editedOnBehalfById?: string | null;
};

async function updatePosition(
  client: SqlSession,
  participantId: string,
  positionId: string,
  data: PositionData,
  stamped: boolean,
): Promise<{ id: string; updatedAt: Date }> {
  const updatedAt = new Date();
  const stamp = stamped
    ? Prisma.sql`, "editedOnBehalfAt" = ${data.editedOnBehalfAt}, "editedOnBehalfById" = ${data.editedOnBehalfById}`
    : Prisma.empty;
  const count = await client.execute(Prisma.sql`
    UPDATE "Position" SET
      "currentExpertise" = ${data.currentExpertise}, "currentRepresentation" = ${data.currentRepresentation},
      "currentParticipation" = ${data.currentParticipation}, "currentWhy" = ${data.currentWhy},
      "currentExamples" = ${data.currentExamples}, "desiredExpertise" = ${data.desiredExpertise},
      "desiredRepresentation" = ${data.desiredRepresentation}, "desiredParticipation" = ${data.desiredParticipation},
      "desiredWhy" = ${data.desiredWhy}, "desiredExamples" = ${data.desiredExamples},
      "conditionsHinder" = ${data.conditionsHinder}, "conditionsSupport" = ${data.conditionsSupport},
      "status" = ${data.status}, "submittedAt" = ${data.submittedAt}, "enteredById" = ${data.enteredById},
      "updatedAt" = ${updatedAt}${stamp}
    WHERE "participantId" = ${participantId} AND "id" = ${positionId}`);
  if (count !== 1) throw notFound();
  return { id: positionId, updatedAt };
}

/**
 * A person's first save, as one raw INSERT: the row Prisma's create wrote,
 * with the id in the form `@default(cuid())` gives and both dates set as
 * `@default(now())` and `@updatedAt` would. Two first saves of the same
 * person at once (two tabs) meet the unique participantId: the second fails,
 * as Prisma's create did.
 */
async function insertPosition(
  client: SqlSession,
  owner: PositionOwner,
  data: PositionData,
): Promise<{ id: string; updatedAt: Date }> {
  const id = cuid();
  const now = new Date();
  const count = await client.execute(Prisma.sql`
    INSERT INTO "Position" ("id", "participantId", "groupId", "demarcheId",
      "currentExpertise", "currentRepresentation", "currentParticipation", "currentWhy", "currentExamples",
      "desiredExpertise", "desiredRepresentation", "desiredParticipation", "desiredWhy", "desiredExamples",
      "conditionsHinder", "conditionsSupport", "status", "submittedAt", "enteredById",
      "editedOnBehalfAt", "editedOnBehalfById", "createdAt", "updatedAt")
    VALUES (${id}, ${owner.id}, ${owner.group.id}, ${owner.demarcheId},
      ${data.currentExpertise}, ${data.currentRepresentation}, ${data.currentParticipation}, ${data.currentWhy},
      ${data.currentExamples}, ${data.desiredExpertise}, ${data.desiredRepresentation}, ${data.desiredParticipation},
      ${data.desiredWhy}, ${data.desiredExamples}, ${data.conditionsHinder}, ${data.conditionsSupport},
      ${data.status}, ${data.submittedAt}, ${data.enteredById},
      ${data.editedOnBehalfAt ?? null}, ${data.editedOnBehalfById ?? null}, ${now}, ${now})`);
  if (count !== 1) throw new Error(`position INSERT wrote ${count} rows`);
  return { id, updatedAt: now };
}

/** Confirming needs both positions (the schema says so too; the server does not rely on it). */
export function positionsMissing(answers: PositionAnswers): AppError {
  const fieldErrors: Record<string, string> = {};
  if (answers.current === null) fieldErrors.current = "workshop.currentMissing";
  if (answers.desired === null) fieldErrors.desired = "workshop.desiredMissing";
  return new AppError("VALIDATION", "workshop.positionsMissing", { fieldErrors });
}
