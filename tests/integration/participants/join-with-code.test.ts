import { beforeEach, describe, expect, it } from "vitest";
import { formatShortCode } from "@/domain/short-code";
import { redeemLoginTicket } from "@/server/auth/login-tickets";
import { db } from "@/server/db";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { joinDemarche } from "@/server/participants/join-demarche";
import { resolveCode } from "@/server/participants/resolve-code";
import { resetRateLimits } from "@/server/rate-limit";
import { currentEngagementTextId, makeDemarche, makeFacilitatorViewer } from "../../support/factories";

describe("joining with a code", () => {
  beforeEach(() => resetRateLimits());

  it("turns a group code (typed loosely) into the group's invitation, then a participant with consent to the text read", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const inv = d.invitations[1]!;
    const typed = ` ${formatShortCode(inv.code).toLowerCase()} `;
    const resolution = await resolveCode({ code: typed, ip: "10.1.0.1" });
    expect(resolution).toEqual({ kind: "invitation", token: inv.token });

    const textId = await currentEngagementTextId(d.demarcheId);
    const joined = await joinDemarche({ token: inv.token, displayName: "Jocelyne", acceptedEngagementTextId: textId });
    const participant = await db.participant.findUniqueOrThrow({
      where: { id: joined.participantId },
      include: { consents: { include: { engagementText: true } } },
    });
    expect(participant.groupId).toBe(inv.group.id);
    expect(participant.displayName).toBe("Jocelyne");
    expect(participant.consents).toHaveLength(1);
    expect(participant.consents[0]?.engagementText.version).toBe(1);
    expect(participant.consents[0]?.purpose).toBe("participation");
    expect(await redeemLoginTicket(joined.ticket)).toEqual({
      kind: "participant",
      participantId: joined.participantId,
    });

    // The personal return code signs the same person in again, from anywhere.
    const back = await resolveCode({ code: joined.returnCode, ip: "10.1.0.1" });
    expect(back.kind).toBe("return");
    if (back.kind === "return")
      expect(await redeemLoginTicket(back.ticket)).toEqual({
        kind: "participant",
        participantId: joined.participantId,
      });
  });

  it("refuses consent to a text that changed while the person was reading", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const oldText = await currentEngagementTextId(d.demarcheId);
    await db.engagementText.create({ data: { demarcheId: d.demarcheId, version: 2, body: "Nouvelle version" } });
    await expect(
      joinDemarche({ token: d.invitations[0]!.token, displayName: "X", acceptedEngagementTextId: oldText }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.participant.count({ where: { demarcheId: d.demarcheId } })).toBe(0);
  });

  it("refuses a wrong, malformed, revoked or expired code without creating anything", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    await expect(resolveCode({ code: "ZZZZ-ZZZZ", ip: "10.1.0.2" })).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "codeUnknown",
    });
    await expect(resolveCode({ code: "O0O0-1111", ip: "10.1.0.2" })).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "codeMalformed",
    });

    const first = d.invitations[0]!;
    // A new invitation for the group revokes the old one.
    await createGroupInvitation(
      facilitator,
      {
        demarcheId: d.demarcheId,
        groupId: first.group.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
      db,
    );
    await expect(resolveCode({ code: first.code, ip: "10.1.0.2" })).rejects.toMatchObject({
      messageKey: "invitation.revoked",
    });

    const second = d.invitations[1]!;
    await db.invitation.update({
      where: { id: second.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(resolveCode({ code: second.code, ip: "10.1.0.2" })).rejects.toMatchObject({
      messageKey: "invitation.expired",
    });
    expect(await db.participant.count({ where: { demarcheId: d.demarcheId } })).toBe(0);
  });

  it("stops answering an address after 10 failures, even for a right code", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    for (let i = 0; i < 10; i++)
      await expect(resolveCode({ code: "ZZZZ-ZZZZ", ip: "10.1.0.3" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(resolveCode({ code: d.invitations[0]!.code, ip: "10.1.0.3" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(resolveCode({ code: d.invitations[0]!.code, ip: "10.1.0.4" })).resolves.toMatchObject({
      kind: "invitation",
    });
  });

  it("stores codes only as keyed digests", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: d.invitations[0]!.invitationId } });
    expect(JSON.stringify(row)).not.toContain(d.invitations[0]!.code);
    expect(JSON.stringify(row)).not.toContain(d.invitations[0]!.token);
  });
});
