import { describe, expect, it } from "vitest";
import { createSessionRecord } from "@/server/auth/session-records";
import { type ParticipantViewer, viewerFromSessionId } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { getGroupsOverview } from "@/server/groups/get-groups-overview";
import { admitParticipant } from "@/server/participants/admit-participant";
import { getParticipantSpace } from "@/server/participants/get-participant-space";
import { joinDemarche } from "@/server/participants/join-demarche";
import { listGroupAdmissions } from "@/server/participants/list-group-admissions";
import { mergeParticipants } from "@/server/participants/merge-participants";
import { moveParticipant } from "@/server/participants/move-participant";
import { refuseParticipant } from "@/server/participants/refuse-participant";
import { removeParticipant } from "@/server/participants/remove-participant";
import { renameParticipantEntry } from "@/server/participants/rename-participant-entry";
import { resolveCode } from "@/server/participants/resolve-code";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { getGroupView } from "@/server/workshops/get-group-view";
import {
  answers,
  currentEngagementTextId,
  joinAs,
  makeDemarche,
  makeFacilitatorViewer,
  setPhase,
} from "../../support/factories";

async function setUp() {
  const facilitator = await makeFacilitatorViewer();
  const demarche = await makeDemarche(facilitator, "Démarche avec accueil");
  await setPhase(demarche.demarcheId, "ateliers");
  const [first, second] = demarche.invitations;
  return { facilitator, demarche, demarcheId: demarche.demarcheId, invitation: first!, other: second! };
}

async function join(token: string, demarcheId: string, name: string, deviceId?: string) {
  const joined = await joinDemarche({
    token,
    displayName: name,
    acceptedEngagementTextId: await currentEngagementTextId(demarcheId),
    ...(deviceId ? { deviceId } : {}),
  });
  return { ...joined, viewer: await signedIn(joined.participantId) };
}

async function signedIn(participantId: string): Promise<ParticipantViewer> {
  const viewer = await viewerFromSessionId(await createSessionRecord("participant", participantId));
  if (viewer.kind !== "participant") throw new Error("expected a participant session");
  return viewer;
}

async function auditActions(demarcheId: string) {
  const rows = await db.auditEvent.findMany({ where: { demarcheId }, select: { action: true, entityId: true } });
  return rows;
}

describe("joining with a group's code", () => {
  it("leaves the person « en attente »: their space says so and shows nothing of the group", async () => {
    const { demarcheId, invitation, facilitator } = await setUp();
    const waiting = await join(invitation.token, demarcheId, "Nouvelle");
    expect(waiting.viewer.admitted).toBe(false);
    const space = await getParticipantSpace(waiting.viewer);
    expect(space.admitted).toBe(false);
    expect(space.nextMeeting).toBeNull();
    await expect(saveMyPositionDraft(waiting.viewer, answers([500, 300, 200], null))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Not counted towards the minimum either.
    const overview = await getGroupsOverview(facilitator, demarcheId);
    const group = overview.groups.find((g) => g.id === invitation.group.id)!;
    expect(group.consentingCount).toBe(0);
    expect(group.waitingCount).toBe(1);
  });

  it("a personal return code signs the person back in as they were; added by hand means admitted", async () => {
    const { demarcheId, invitation, facilitator } = await setUp();
    const waiting = await join(invitation.token, demarcheId, "Revient");
    const back = await resolveCode({ code: waiting.returnCode, ip: "192.0.2.50" });
    expect(back.kind).toBe("return");
    const byHand = await addParticipantByHand(facilitator, {
      groupId: invitation.group.id,
      engagementTextId: await currentEngagementTextId(demarcheId),
      displayName: "Sans appareil",
    });
    const row = await db.participant.findUniqueOrThrow({ where: { id: byHand.participantId } });
    expect(row.admittedAt).not.toBeNull();
  });
});

describe("the facilitator's admission list", () => {
  it("shows who waits with the time they joined, and warns of the same name or the same browser", async () => {
    const { demarcheId, invitation, facilitator } = await setUp();
    const member = await joinAs(invitation.token, demarcheId, "Marie Tremblay");
    await join(invitation.token, demarcheId, "marie  tremblay", "device-aaaaaaaaaaaaaaaa");
    const second = await join(invitation.token, demarcheId, "Autre nom", "device-aaaaaaaaaaaaaaaa");
    const third = await join(invitation.token, demarcheId, "Sans lien", "device-bbbbbbbbbbbbbbbb");

    const list = await listGroupAdmissions(facilitator, invitation.group.id);
    expect(list.admitted.map((e) => e.id)).toEqual([member.participantId]);
    expect(list.waiting).toHaveLength(3);
    const byName = new Map(list.waiting.map((e) => [e.displayName, e]));
    expect(byName.get("marie  tremblay")!.sameName.map((o) => o.id)).toEqual([member.participantId]);
    expect(byName.get("marie  tremblay")!.sameBrowser.map((o) => o.id)).toEqual([second.participantId]);
    expect(byName.get("Sans lien")!.sameName).toEqual([]);
    expect(byName.get("Sans lien")!.sameBrowser).toEqual([]);
    expect(byName.get("Autre nom")!.joinedAt).toBeInstanceOf(Date);
    // Only a hash of the browser's id is stored.
    const stored = await db.participant.findUniqueOrThrow({ where: { id: third.participantId } });
    expect(stored.deviceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.deviceHash).not.toContain("bbbb");
  });

  it("is the démarche's facilitator's only", async () => {
    const { invitation } = await setUp();
    const stranger = await makeFacilitatorViewer();
    await expect(listGroupAdmissions(stranger, invitation.group.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("admitting, refusing, removing, moving, merging, renaming", () => {
  it("admits: the person then sees their group and answers count; audited", async () => {
    const { demarcheId, invitation, facilitator } = await setUp();
    const waiting = await join(invitation.token, demarcheId, "Accueillie");
    await admitParticipant(facilitator, { participantId: waiting.participantId });
    const now = await signedIn(waiting.participantId);
    expect(now.admitted).toBe(true);
    await submitMyPosition(now, answers([500, 300, 200], [200, 300, 500]));
    expect((await getGroupView(facilitator, invitation.group.id)).figures.submitted).toBe(1);
    await expect(admitParticipant(facilitator, { participantId: waiting.participantId })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    expect(await auditActions(demarcheId)).toContainEqual({ action: "participant.admit", entityId: waiting.participantId });
  });

  it("refuses someone waiting: their entry is erased and their session ends; audited", async () => {
    const { demarcheId, invitation, facilitator } = await setUp();
    const waiting = await join(invitation.token, demarcheId, "Inconnu");
    await refuseParticipant(facilitator, { participantId: waiting.participantId });
    const row = await db.participant.findUniqueOrThrow({ where: { id: waiting.participantId } });
    expect(row.withdrawnAt).not.toBeNull();
    expect(row.displayName).toBe("");
    expect(await db.authSession.count({ where: { participantId: waiting.participantId } })).toBe(0);
    expect(await auditActions(demarcheId)).toContainEqual({ action: "participant.refuse", entityId: waiting.participantId });
  });

  it("removes an admitted person: their confirmed answers leave the group's figures; audited", async () => {
    const { demarcheId, invitation, facilitator } = await setUp();
    const person = await joinAs(invitation.token, demarcheId, "Retirée");
    await submitMyPosition(person, answers([500, 300, 200], [200, 300, 500]));
    await removeParticipant(facilitator, { participantId: person.participantId });
    expect((await getGroupView(facilitator, invitation.group.id)).figures.submitted).toBe(0);
    expect(await db.position.count({ where: { participantId: person.participantId } })).toBe(0);
    expect(await auditActions(demarcheId)).toContainEqual({ action: "participant.remove", entityId: person.participantId });
  });

  it("moves a person to another group before they confirm, not after", async () => {
    const { demarcheId, invitation, other, facilitator } = await setUp();
    const person = await joinAs(invitation.token, demarcheId, "Mauvais code");
    await saveMyPositionDraft(person, answers([500, 300, 200], null));
    await moveParticipant(facilitator, { participantId: person.participantId, toGroupId: other.group.id });
    const row = await db.participant.findUniqueOrThrow({ where: { id: person.participantId }, include: { position: true } });
    expect(row.groupId).toBe(other.group.id);
    expect(row.position?.groupId).toBe(other.group.id);

    const confirmed = await joinAs(invitation.token, demarcheId, "A confirmé");
    await submitMyPosition(confirmed, answers([500, 300, 200], [200, 300, 500]));
    await expect(
      moveParticipant(facilitator, { participantId: confirmed.participantId, toGroupId: other.group.id }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "participants.alreadyConfirmed" });
    // Another démarche's group is not a destination.
    const elsewhere = await makeDemarche(await makeFacilitatorViewer(), "Ailleurs");
    await expect(
      moveParticipant(facilitator, { participantId: person.participantId, toGroupId: elsewhere.groups[0]!.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditActions(demarcheId)).toContainEqual({ action: "participant.move", entityId: person.participantId });
  });

  it("merges two entries of one person: one counts, and both browsers stay signed in as it", async () => {
    const { demarcheId, invitation, facilitator } = await setUp();
    const phone = await joinAs(invitation.token, demarcheId, "Lucie");
    await submitMyPosition(phone, answers([500, 300, 200], [200, 300, 500]));
    const tablet = await join(invitation.token, demarcheId, "Lucie");
    await mergeParticipants(facilitator, { keepId: phone.participantId, mergeId: tablet.participantId });
    const fromTablet = await viewerFromSessionId(tablet.viewer.sessionId);
    expect(fromTablet.kind === "participant" && fromTablet.participantId).toBe(phone.participantId);
    const list = await listGroupAdmissions(facilitator, invitation.group.id);
    expect([...list.waiting, ...list.admitted].map((e) => e.id)).toEqual([phone.participantId]);
    expect(await auditActions(demarcheId)).toContainEqual({ action: "participant.merge", entityId: phone.participantId });
  });

  it("renames an entry; audited without the names", async () => {
    const { demarcheId, invitation, facilitator } = await setUp();
    const person = await join(invitation.token, demarcheId, "Mari");
    await renameParticipantEntry(facilitator, { participantId: person.participantId, displayName: "Marie" });
    expect((await db.participant.findUniqueOrThrow({ where: { id: person.participantId } })).displayName).toBe("Marie");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "participant.rename-by-facilitator" } });
    expect(audit.detail).not.toContain("Mari");
  });

  it("another démarche's facilitator and participants can do none of it", async () => {
    const { demarcheId, invitation } = await setUp();
    const waiting = await join(invitation.token, demarcheId, "Cible");
    const member = await joinAs(invitation.token, demarcheId, "Membre");
    const stranger = await makeFacilitatorViewer();
    const id = { participantId: waiting.participantId };
    for (const viewer of [stranger, member]) {
      await expect(admitParticipant(viewer, id)).rejects.toMatchObject({ code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) });
      await expect(refuseParticipant(viewer, id)).rejects.toMatchObject({ code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) });
    }
    expect((await db.participant.findUniqueOrThrow({ where: { id: waiting.participantId } })).admittedAt).toBeNull();
  });
});
