import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getDemarcheStamp, getParticipantStamp } from "@/server/live/get-live-stamp";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { answers, makeFacilitatorViewer, makeWorkshop } from "../../support/factories";

describe("the stamps that keep the room's open pages current", () => {
  it("change for the projector when a participant confirms, not while they type a draft", async () => {
    const { facilitator, demarcheId, groupA } = await makeWorkshop();
    const before = await getDemarcheStamp(facilitator, demarcheId);
    await saveMyPositionDraft(groupA.people[0]!, answers([600, 200, 200], [300, 300, 400]));
    expect(await getDemarcheStamp(facilitator, demarcheId)).toBe(before);
    await submitMyPosition(groupA.people[0]!, answers([600, 200, 200], [300, 300, 400]));
    expect(await getDemarcheStamp(facilitator, demarcheId)).not.toBe(before);
  });

  it("change for participants when the facilitator closes a workshop or changes the phase", async () => {
    const { facilitator, demarcheId, groupA, groupB } = await makeWorkshop();
    const reader = groupB.people[0]!;
    const first = await getParticipantStamp(reader);
    expect(await getParticipantStamp(reader)).toBe(first);
    await closeWorkshop(facilitator, { groupId: groupA.id });
    const second = await getParticipantStamp(reader);
    expect(second).not.toBe(first);
    await db.demarche.update({ where: { id: demarcheId }, data: { phase: "mise_en_commun" } });
    expect(await getParticipantStamp(reader)).not.toBe(second);
  });

  it("are the facilitator's own démarche's only", async () => {
    const { demarcheId } = await makeWorkshop();
    await expect(getDemarcheStamp(await makeFacilitatorViewer(), demarcheId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
