import { describe, expect, it } from "vitest";
import { createSessionRecord, revokeSessionRecord, SESSION_LIFETIME_MS } from "@/server/auth/session-records";
import { viewerFromSessionId } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { joinAs, makeDemarche, makeFacilitator, makeFacilitatorViewer } from "../../support/factories";

describe("server-side sessions", () => {
  it("stores only a hash of the session id", async () => {
    const f = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", f.id);
    expect(await db.authSession.findUnique({ where: { id: sid } })).toBeNull();
    expect(await db.authSession.count({ where: { facilitatorId: f.id } })).toBe(1);
  });

  it("ends at once on sign-out", async () => {
    const f = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", f.id);
    expect((await viewerFromSessionId(sid)).kind).toBe("facilitator");
    await revokeSessionRecord(sid);
    expect(await viewerFromSessionId(sid)).toEqual({ kind: "anonymous" });
  });

  it("ends when it expires", async () => {
    const f = await makeFacilitator();
    const longAgo = new Date(Date.now() - SESSION_LIFETIME_MS.facilitator - 1000);
    const sid = await createSessionRecord("facilitator", f.id, longAgo);
    expect(await viewerFromSessionId(sid)).toEqual({ kind: "anonymous" });
  });

  it("ends when the account is disabled", async () => {
    const f = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", f.id);
    await db.facilitator.update({ where: { id: f.id }, data: { disabledAt: new Date() } });
    expect(await viewerFromSessionId(sid)).toEqual({ kind: "anonymous" });
  });

  it("ends when a participant withdraws", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const participant = await joinAs(d.invitations[0]!.token, d.demarcheId);
    expect((await viewerFromSessionId(participant.sessionId)).kind).toBe("participant");
    await db.participant.update({ where: { id: participant.participantId }, data: { withdrawnAt: new Date() } });
    expect(await viewerFromSessionId(participant.sessionId)).toEqual({ kind: "anonymous" });
  });

  it("treats an unknown or empty id as anonymous", async () => {
    expect(await viewerFromSessionId("")).toEqual({ kind: "anonymous" });
    expect(await viewerFromSessionId("nimporte-quoi")).toEqual({ kind: "anonymous" });
  });
});
