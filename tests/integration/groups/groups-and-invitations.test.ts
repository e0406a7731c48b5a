import { describe, expect, it } from "vitest";
import { addGroupSchema } from "@/lib/schemas/groups";
import { db } from "@/server/db";
import { addGroup } from "@/server/groups/add-group";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { getGroupsOverview } from "@/server/groups/get-groups-overview";
import { removeGroup } from "@/server/groups/remove-group";
import { updateGroup } from "@/server/groups/update-group";
import { getInvitationSheet } from "@/server/invitations/get-invitation-sheet";
import { renewGroupInvitation } from "@/server/invitations/renew-group-invitation";
import { revokeGroupInvitation } from "@/server/invitations/revoke-group-invitation";
import { findInvitationByToken } from "@/server/participants/find-invitation";
import { resolveCode } from "@/server/participants/resolve-code";
import { resetRateLimits } from "@/server/rate-limit";
import { currentEngagementTextId, joinAs, makeDemarche, makeFacilitatorViewer } from "../../support/factories";

describe("groups", () => {
  it("adds a group with its own invitation and an atelier placed before the mise en commun", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const { groupId } = await addGroup(viewer, {
      demarcheId: d.demarcheId,
      label: "Coordonnateur.trice.s",
      minSize: 4,
    });

    const group = await db.group.findUniqueOrThrow({ where: { id: groupId } });
    expect(group).toMatchObject({ kind: "autre", label: "Coordonnateur.trice.s", minSize: 4, sortOrder: 3 });
    const meetings = await db.meeting.findMany({ where: { demarcheId: d.demarcheId }, orderBy: { sortOrder: "asc" } });
    expect(meetings.map((m) => m.kind)).toEqual([
      "lancement",
      "atelier",
      "atelier",
      "atelier",
      "atelier",
      "mise_en_commun",
      "retour_ca",
    ]);
    expect(meetings[4]).toMatchObject({ groupId, title: "Atelier des Coordonnateur.trice.s", startsAt: null });
    expect(await db.invitation.count({ where: { groupId, revokedAt: null } })).toBe(1);
  });

  it("renames a group, and its atelier follows while it still has the default title", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const groupId = d.groups[0]!.id;
    await updateGroup(viewer, { groupId, label: "Intervenant.e.s et bénévoles", minSize: 5 });
    expect(await db.group.findUniqueOrThrow({ where: { id: groupId } })).toMatchObject({
      label: "Intervenant.e.s et bénévoles",
      minSize: 5,
    });
    const atelier = await db.meeting.findFirstOrThrow({ where: { groupId } });
    expect(atelier.title).toBe("Atelier des Intervenant.e.s et bénévoles");
  });

  it("never accepts a minimum below three", () => {
    expect(addGroupSchema.safeParse({ demarcheId: "x", label: "Petit groupe", minSize: 2 }).success).toBe(false);
    expect(addGroupSchema.safeParse({ demarcheId: "x", label: "Groupe", minSize: 3 }).success).toBe(true);
  });

  it("removes only a group nobody joined, with its invitation and atelier", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await joinAs(d.invitations[0]!.token, d.demarcheId);
    await expect(removeGroup(viewer, { groupId: d.groups[0]!.id })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "setup.groupNotEmpty",
    });

    const empty = d.groups[1]!.id;
    await removeGroup(viewer, { groupId: empty });
    expect(await db.group.findUnique({ where: { id: empty } })).toBeNull();
    expect(await db.invitation.count({ where: { groupId: empty } })).toBe(0);
    expect(await db.meeting.count({ where: { demarcheId: d.demarcheId } })).toBe(5);
  });

  it("lists who joined, by display name, with the version they accepted", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await joinAs(d.invitations[1]!.token, d.demarcheId, "Jocelyne");
    const overview = await getGroupsOverview(viewer, d.demarcheId);
    const group = overview.groups[1]!;
    expect(group.participants).toMatchObject([
      { displayName: "Jocelyne", addedByFacilitator: false, consent: { version: 1, oral: false } },
    ]);
    expect(group.consentingCount).toBe(1);
    expect(group.invitation).toMatchObject({
      status: "active",
      code: d.invitations[1]!.code.replace(/^(.{4})/, "$1-"),
    });
  });
});

describe("adding someone without a device", () => {
  it("records the display name and the oral consent to the current version, by this facilitator", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const textId = await currentEngagementTextId(d.demarcheId);
    const { participantId } = await addParticipantByHand(viewer, {
      groupId: d.groups[1]!.id,
      displayName: "Gérard",
      engagementTextId: textId,
    });
    const participant = await db.participant.findUniqueOrThrow({
      where: { id: participantId },
      include: { consents: true, sessions: true },
    });
    expect(participant).toMatchObject({ displayName: "Gérard", addedByFacilitator: true, returnCodeHash: null });
    expect(participant.sessions).toEqual([]);
    expect(participant.consents).toMatchObject([
      { engagementTextId: textId, purpose: "participation", recordedById: viewer.facilitatorId },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "participant.add-by-hand", entityId: participantId },
    });
    expect(JSON.parse(audit.detail)).toMatchObject({ consent: "oral", engagementTextVersion: 1 });
  });

  it("asks to read the conditions again when they changed meanwhile", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await expect(
      addParticipantByHand(viewer, { groupId: d.groups[0]!.id, displayName: "Gérard", engagementTextId: "old" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("invitations", () => {
  it("renewing gives a new code and link and stops the old ones at once", async () => {
    await resetRateLimits();
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const old = d.invitations[0]!;
    await renewGroupInvitation(viewer, { groupId: old.group.id, expiresOn: "2099-12-31" });

    expect(await findInvitationByToken(old.token)).toEqual({ ok: false, reason: "revoked" });
    await expect(resolveCode({ code: old.code, ip: "198.51.100.7" })).rejects.toMatchObject({
      fieldErrors: { code: "invitation.revoked" },
    });
    const sheet = await getInvitationSheet(viewer, old.group.id);
    expect(sheet.access?.code).not.toBe(old.code);
    const token = new URL(sheet.access!.link).pathname.split("/").at(-1)!;
    expect(await findInvitationByToken(decodeURIComponent(token))).toMatchObject({ ok: true });
    expect(sheet.access?.expiresAt.toISOString()).toBe("2100-01-01T04:59:00.000Z");
  });

  it("refuses an expiry date in the past", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await expect(
      renewGroupInvitation(viewer, { groupId: d.groups[0]!.id, expiresOn: "2020-01-01" }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { expiresOn: "setup.expiryInPast" } });
  });

  it("revoking stops the link; the sheet then offers nothing to print", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const invitation = d.invitations[2]!;
    await revokeGroupInvitation(viewer, { groupId: invitation.group.id });
    expect(await findInvitationByToken(invitation.token)).toEqual({ ok: false, reason: "revoked" });
    expect((await getInvitationSheet(viewer, invitation.group.id)).access).toBeNull();
    await expect(revokeGroupInvitation(viewer, { groupId: invitation.group.id })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
  });

  it("the sheet shows the group's link, code, a QR code and the meetings this group attends", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const invitation = d.invitations[1]!;
    const sheet = await getInvitationSheet(viewer, invitation.group.id);
    expect(sheet.group.label).toBe("Destinataires");
    expect(sheet.access).toMatchObject({
      link: `http://localhost:3000/rejoindre/${invitation.token}`,
      code: `${invitation.code.slice(0, 4)}-${invitation.code.slice(4)}`,
      site: "localhost:3000",
    });
    expect(sheet.access?.qrSvg).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
    // The launch, this group's atelier, the mise en commun and the CA's answer; not the other ateliers.
    expect(sheet.meetings.map((m) => m.title)).toEqual([
      "Rencontre de lancement",
      "Atelier des Destinataires",
      "Réunion de mise en commun",
      "Retour du CA",
    ]);
  });
});
