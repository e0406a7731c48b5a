import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/server/auth/viewer";
import { getDemarcheHeader } from "@/server/demarches/get-demarche-header";
import { listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";
import { getParticipantSpace } from "@/server/participants/get-participant-space";
import { joinAs, makeDemarche, makeFacilitatorViewer } from "../../support/factories";

describe("who may read a démarche", () => {
  it("a facilitator sees only the démarches they run", async () => {
    const alice = await makeFacilitatorViewer();
    const bob = await makeFacilitatorViewer();
    const mine = await makeDemarche(alice, "Celle d'Alice");
    await makeDemarche(bob, "Celle de Bob");

    expect((await listFacilitatorDemarches(alice)).map((d) => d.name)).toEqual(["Celle d'Alice"]);
    await expect(getDemarcheHeader(alice, mine.demarcheId)).resolves.toMatchObject({ name: "Celle d'Alice" });
    // Another facilitator cannot even tell it exists.
    await expect(getDemarcheHeader(bob, mine.demarcheId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a participant sees only their own group's démarche", async () => {
    const facilitator = await makeFacilitatorViewer();
    const one = await makeDemarche(facilitator, "Une");
    const two = await makeDemarche(facilitator, "Deux");
    const inOne = await joinAs(one.invitations[0]!.token, one.demarcheId, "Karim");
    const inTwo = await joinAs(two.invitations[2]!.token, two.demarcheId, "Louise");

    await expect(getDemarcheHeader(inOne, one.demarcheId)).resolves.toMatchObject({ name: "Une" });
    await expect(getDemarcheHeader(inTwo, one.demarcheId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const space = await getParticipantSpace(inOne);
    expect(space.group.id).toBe(one.invitations[0]!.group.id);
    expect(space.demarche.id).toBe(one.demarcheId);
  });

  it("refuses facilitator reads to participants and everything to anonymous callers", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const participant = await joinAs(d.invitations[0]!.token, d.demarcheId);
    await expect(listFacilitatorDemarches(participant)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listFacilitatorDemarches(ANONYMOUS)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getDemarcheHeader(ANONYMOUS, d.demarcheId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getParticipantSpace(facilitator)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
