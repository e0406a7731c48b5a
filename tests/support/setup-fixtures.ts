import type { FacilitatorViewer, ParticipantViewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { addGroup } from "@/server/groups/add-group";
import { currentEngagementTextId, joinAs, makeDemarche } from "./factories";
import type { SetupFixture } from "./security-entries";

/**
 * A démarche in préparation with the three default groups, an extra empty
 * group, and one participant who joined the first group.
 */
export async function makeSetupFixture(owner: FacilitatorViewer): Promise<{
  fixture: SetupFixture;
  participant: ParticipantViewer;
  demarche: Awaited<ReturnType<typeof makeDemarche>>;
}> {
  const demarche = await makeDemarche(owner);
  const participant = await joinAs(demarche.invitations[0]!.token, demarche.demarcheId, "Karim");
  const { groupId: emptyGroupId } = await addGroup(owner, {
    demarcheId: demarche.demarcheId,
    label: "Coordonnateur.trice.s",
    minSize: 3,
  });
  const meeting = await db.meeting.findFirstOrThrow({
    where: { demarcheId: demarche.demarcheId },
    orderBy: { sortOrder: "asc" },
  });
  const engagementTextId = await currentEngagementTextId(demarche.demarcheId);
  const text = await db.engagementText.findUniqueOrThrow({ where: { id: engagementTextId } });
  return {
    demarche,
    participant,
    fixture: {
      demarcheId: demarche.demarcheId,
      groupId: demarche.invitations[0]!.group.id,
      emptyGroupId,
      meetingId: meeting.id,
      participantId: participant.participantId,
      engagementTextId,
      engagementVersion: text.version,
    },
  };
}

/** Joins `count` people to a group through its invitation, as people would. */
export async function joinGroup(
  token: string,
  demarcheId: string,
  count: number,
  prefix = "Personne",
): Promise<ParticipantViewer[]> {
  const joined: ParticipantViewer[] = [];
  for (let i = 1; i <= count; i++) joined.push(await joinAs(token, demarcheId, `${prefix} ${i}`));
  return joined;
}
