import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db, sql } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadPositionOwner, POSITION_ANSWERS_SELECT } from "@/server/positions/position-access";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { prismaSqlSession, type SqlSession } from "@/server/sql-session";
import { answers, joinAs, makeWorkshop } from "../../support/factories";

/**
 * loadPositionOwner is one raw SELECT joining the person, their group and
 * démarche and their position (decision 019, addendum on raw SQL), on the
 * path of every autosave and confirmation. These pin, on whichever database
 * runs the suite, that it returns exactly what Prisma's nested findUnique
 * returned (the reference query below), with real Dates, booleans and
 * numbers, that it reads inside the caller's transaction, and each refusal,
 * whether it runs on the driver adapter (the participant's own saves and
 * pages, decision 025) or through Prisma's raw queries (the facilitator's
 * saves on someone's behalf, inside a Prisma transaction).
 */
function prismaReference(participantId: string) {
  return db.participant.findUnique({
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
      position: { select: { id: true, ...POSITION_ANSWERS_SELECT } },
    },
  });
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, messageKey: (error as AppError).messageKey };
}

const SESSIONS: [string, SqlSession][] = [
  ["driver adapter", sql],
  ["Prisma's raw queries", prismaSqlSession(db)],
];

describe.each(SESSIONS)(
  "loading a person's position with their group and démarche, one raw statement (%s)",
  (path, session) => {
    it("gives the person with no position yet, in the shape and types Prisma gave", async () => {
      const { groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
      const me = groupA.people[0]!;
      const owner = await loadPositionOwner(session, me.participantId);
      expect(owner).toStrictEqual(await prismaReference(me.participantId));
      expect(owner).toStrictEqual({
        id: me.participantId,
        displayName: "A1",
        addedByFacilitator: false,
        withdrawnAt: null,
        admittedAt: expect.any(Date),
        demarcheId,
        group: {
          id: groupA.id,
          label: expect.any(String),
          kind: me.groupKind,
          minSize: 3,
          workshopClosedAt: null,
          releasedAt: null,
        },
        demarche: {
          phase: "ateliers",
          name: "Démarche en ateliers",
          mandateExpertiseText: expect.any(String),
          mandateRepresentationText: expect.any(String),
          mandateParticipationText: expect.any(String),
        },
        position: null,
      });
    });

    it("gives the stored position with numbers, dates and nulls as Prisma gave them", async () => {
      const { groupA, facilitator } = await makeWorkshop({ perGroup: 1 });
      const me = groupA.people[0]!;
      await saveMyPositionDraft(me, answers([400, 300, 300], null, { currentWhy: "Parce que « oui »." }));
      const closedAt = new Date("2026-11-30T15:04:05.678Z");
      await db.group.update({ where: { id: groupA.id }, data: { workshopClosedAt: closedAt, minSize: 4 } });
      await db.participant.update({ where: { id: me.participantId }, data: { addedByFacilitator: true } });
      await db.position.update({
        where: { participantId: me.participantId },
        data: { editedOnBehalfAt: closedAt, editedOnBehalfById: facilitator.facilitatorId },
      });

      const owner = await loadPositionOwner(session, me.participantId);
      expect(owner).toStrictEqual(await prismaReference(me.participantId));
      expect(owner.addedByFacilitator).toBe(true);
      expect(owner.group).toMatchObject({ minSize: 4, workshopClosedAt: closedAt });
      expect(owner.position).toStrictEqual({
        id: expect.any(String),
        currentExpertise: 400,
        currentRepresentation: 300,
        currentParticipation: 300,
        currentWhy: "Parce que « oui ».",
        currentExamples: "",
        desiredExpertise: null,
        desiredRepresentation: null,
        desiredParticipation: null,
        desiredWhy: "",
        desiredExamples: "",
        conditionsHinder: "",
        conditionsSupport: "",
        status: "draft",
        submittedAt: null,
        enteredById: null,
        editedOnBehalfAt: closedAt,
        updatedAt: expect.any(Date),
      });
    });

    it("reads inside the caller's transaction, what it has written and not yet committed", async () => {
      const { groupA } = await makeWorkshop({ perGroup: 1 });
      const me = groupA.people[0]!;
      await saveMyPositionDraft(me, answers([400, 300, 300], null));
      const seen =
        path === "driver adapter"
          ? await sql.transaction(async (tx) => {
              await tx.execute(
                Prisma.sql`UPDATE "Position" SET "currentWhy" = ${"pas encore validé"} WHERE "participantId" = ${me.participantId}`,
              );
              return (await loadPositionOwner(tx, me.participantId)).position?.currentWhy;
            })
          : await db.$transaction(async (tx) => {
              await tx.position.update({
                where: { participantId: me.participantId },
                data: { currentWhy: "pas encore validé" },
              });
              return (await loadPositionOwner(prismaSqlSession(tx), me.participantId)).position?.currentWhy;
            });
      expect(seen).toBe("pas encore validé");
    });

    it("refuses an unknown person as not found", async () => {
      expect(await refusal(loadPositionOwner(session, "inconnu"))).toMatchObject({ code: "NOT_FOUND" });
      expect(await refusal(loadPositionOwner(session, "' OR '1'='1"))).toMatchObject({ code: "NOT_FOUND" });
    });

    it("refuses a withdrawn person as not found, their position kept", async () => {
      const { groupA } = await makeWorkshop({ perGroup: 1 });
      const me = groupA.people[0]!;
      await saveMyPositionDraft(me, answers([400, 300, 300], null));
      await db.participant.update({ where: { id: me.participantId }, data: { withdrawnAt: new Date() } });
      expect(await refusal(loadPositionOwner(session, me.participantId))).toMatchObject({ code: "NOT_FOUND" });
    });

    it("refuses someone « en attente », not admitted", async () => {
      const { demarche } = await makeWorkshop({ perGroup: 1 });
      const waiting = await joinAs(demarche.invitations[0]!.token, demarche.demarcheId, "En attente", {
        admitted: false,
      });
      expect(await refusal(loadPositionOwner(session, waiting.participantId))).toEqual({
        code: "FORBIDDEN",
        messageKey: "participants.notAdmitted",
      });
    });
  },
);

describe("writing a saved position again, one raw UPDATE", () => {
  it("stores every answer, nulls included, and the time it gives back, as Prisma reads them", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 2 });
    const [me, other] = groupA.people as [(typeof groupA.people)[number], (typeof groupA.people)[number]];
    await saveMyPositionDraft(me, answers([400, 300, 300], [200, 300, 500], { desiredWhy: "d'abord" }));
    await saveMyPositionDraft(other, answers([100, 100, 800], null));
    const otherBefore = await db.position.findUniqueOrThrow({ where: { participantId: other.participantId } });
    const first = await db.position.findUniqueOrThrow({ where: { participantId: me.participantId } });

    const next = answers(null, [1000, 0, 0], {
      currentExamples: "Exemple « entre guillemets » ; DROP TABLE x; --",
      conditionsHinder: "le temps",
      conditionsSupport: "l'équipe",
    });
    const saved = await saveMyPositionDraft(me, next);
    const stored = await db.position.findUniqueOrThrow({ where: { participantId: me.participantId } });
    expect(stored).toMatchObject({
      id: first.id,
      currentExpertise: null,
      currentRepresentation: null,
      currentParticipation: null,
      currentExamples: "Exemple « entre guillemets » ; DROP TABLE x; --",
      desiredExpertise: 1000,
      desiredRepresentation: 0,
      desiredParticipation: 0,
      desiredWhy: "",
      conditionsHinder: "le temps",
      conditionsSupport: "l'équipe",
      status: "draft",
      submittedAt: null,
      enteredById: null,
      editedOnBehalfAt: null,
      createdAt: first.createdAt,
    });
    expect(saved.savedAt).toEqual(stored.updatedAt);
    expect(stored.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    expect(await db.position.findUniqueOrThrow({ where: { participantId: other.participantId } })).toEqual(otherBefore);
  });
});
