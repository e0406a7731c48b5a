import { describe, expect, it } from "vitest";
import { createSessionRecord, findLiveSession, revokeSessionRecord } from "@/server/auth/session-records";
import { viewerFromSessionId } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { sha256 } from "@/server/secrets";
import { joinAs, makeDemarche, makeFacilitator, makeFacilitatorViewer } from "../../support/factories";

/**
 * findLiveSession is one raw SELECT with LEFT JOINs (decision 019, addendum on
 * raw SQL). These pin, on whichever database runs the suite, that it returns
 * exactly what Prisma's nested findUnique returned (the reference query
 * below), with real Dates and booleans, and that each validity rule still
 * refuses.
 */
function prismaReference(sid: string) {
  return db.authSession.findUnique({
    where: { id: sha256(sid) },
    select: {
      id: true,
      kind: true,
      expiresAt: true,
      revokedAt: true,
      facilitator: { select: { id: true, name: true, email: true, isDemo: true, disabledAt: true, locale: true } },
      participant: {
        select: {
          id: true,
          displayName: true,
          withdrawnAt: true,
          admittedAt: true,
          groupId: true,
          demarcheId: true,
          group: { select: { kind: true } },
        },
      },
    },
  });
}

async function participantSession(options: { admitted?: boolean } = {}) {
  const facilitator = await makeFacilitatorViewer();
  const d = await makeDemarche(facilitator);
  const invitation = d.invitations[0]!;
  const viewer = await joinAs(invitation.token, d.demarcheId, "Léa", options);
  return { viewer, d, invitation };
}

describe("the session lookup, one raw statement", () => {
  it("gives a facilitator's session in the shape and types Prisma gave, with real booleans and dates", async () => {
    const f = await makeFacilitator({ isDemo: true, name: "Anne-Marie" });
    await db.facilitator.update({ where: { id: f.id }, data: { locale: "en" } });
    const sid = await createSessionRecord("facilitator", f.id);

    const live = await findLiveSession(sid);
    expect(live).toStrictEqual(await prismaReference(sid));
    expect(live).toStrictEqual({
      id: sha256(sid),
      kind: "facilitator",
      expiresAt: expect.any(Date),
      revokedAt: null,
      facilitator: { id: f.id, name: "Anne-Marie", email: f.email, isDemo: true, disabledAt: null, locale: "en" },
      participant: null,
    });
    expect(live!.expiresAt.getTime()).toBeGreaterThan(Date.now());

    const other = await makeFacilitator();
    const otherSid = await createSessionRecord("facilitator", other.id);
    const otherLive = await findLiveSession(otherSid);
    expect(otherLive).toStrictEqual(await prismaReference(otherSid));
    expect(otherLive!.facilitator).toMatchObject({ isDemo: false, locale: null });
  });

  it("gives a participant's session with their group's kind, the same as Prisma's", async () => {
    const { viewer, d, invitation } = await participantSession();
    const live = await findLiveSession(viewer.sessionId);
    expect(live).toStrictEqual(await prismaReference(viewer.sessionId));
    expect(live).toStrictEqual({
      id: sha256(viewer.sessionId),
      kind: "participant",
      expiresAt: expect.any(Date),
      revokedAt: null,
      facilitator: null,
      participant: {
        id: viewer.participantId,
        displayName: "Léa",
        withdrawnAt: null,
        admittedAt: expect.any(Date),
        groupId: invitation.group.id,
        demarcheId: d.demarcheId,
        group: { kind: invitation.group.kind },
      },
    });
  });

  it("keeps a session of someone « en attente » live, as not admitted", async () => {
    const { viewer } = await participantSession({ admitted: false });
    const live = await findLiveSession(viewer.sessionId);
    expect(live).toStrictEqual(await prismaReference(viewer.sessionId));
    expect(live!.participant!.admittedAt).toBeNull();
    expect(await viewerFromSessionId(viewer.sessionId)).toMatchObject({ kind: "participant", admitted: false });
  });

  it("refuses a revoked session", async () => {
    const f = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", f.id);
    await revokeSessionRecord(sid);
    expect(await findLiveSession(sid)).toBeNull();
  });

  it("refuses a session from the moment it expires, not a millisecond later", async () => {
    const f = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", f.id);
    const { expiresAt } = await db.authSession.findUniqueOrThrow({ where: { id: sha256(sid) } });
    expect(await findLiveSession(sid, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(await findLiveSession(sid, expiresAt)).toBeNull();
  });

  it("refuses the session of a disabled facilitator", async () => {
    const f = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", f.id);
    await db.facilitator.update({ where: { id: f.id }, data: { disabledAt: new Date() } });
    expect(await findLiveSession(sid)).toBeNull();
  });

  it("refuses the session of a withdrawn participant", async () => {
    const { viewer } = await participantSession();
    await db.participant.update({ where: { id: viewer.participantId }, data: { withdrawnAt: new Date() } });
    expect(await findLiveSession(viewer.sessionId)).toBeNull();
  });

  it("refuses a session whose kind names an owner it does not have", async () => {
    const f = await makeFacilitator();
    const sid = "session-sans-personne";
    await db.authSession.create({
      data: { id: sha256(sid), kind: "participant", facilitatorId: f.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    expect(await findLiveSession(sid)).toBeNull();
  });

  it("refuses an unknown id, and never matches the raw id instead of its hash", async () => {
    expect(await findLiveSession("nimporte-quoi")).toBeNull();
    const f = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", f.id);
    expect(await findLiveSession(sha256(sid))).toBeNull();
    expect(await findLiveSession("' OR '1'='1")).toBeNull();
  });
});
