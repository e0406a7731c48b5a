import "../../support/mock-next";
import { describe, expect, it } from "vitest";
import { renewInvitationAction } from "@/app/(site)/demarches/[demarcheId]/groupes/actions";
import { addMeetingAction } from "@/app/(site)/demarches/[demarcheId]/calendrier/actions";
import { actAs } from "../../support/acting-as";
import { dbFingerprint } from "../../support/db-fingerprint";
import { makeDemarche, makeFacilitatorViewer } from "../../support/factories";

/**
 * Inputs the fuzzing (tests/fuzz/) found answered with an internal error,
 * kept here so the ordinary integration run guards them.
 */
describe("inputs found by fuzzing", () => {
  it("an invitation renewed until 31 December 9999 is a field error, and nothing is written", async () => {
    // 23:59 in Québec on that day is already the year 10000 in UTC, which no database date holds.
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    actAs(viewer);
    const before = await dbFingerprint();
    const result = await renewInvitationAction({ groupId: d.groups[0]!.id, expiresOn: "9999-12-31" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { expiresOn: expect.anything() } });
    expect(await dbFingerprint()).toBe(before);
  });

  it("a meeting on 31 December 9999 in the evening is a field error too", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    actAs(viewer);
    const before = await dbFingerprint();
    const result = await addMeetingAction({
      demarcheId: d.demarcheId,
      kind: "autre",
      groupId: "",
      title: "Rencontre",
      date: "9999-12-31",
      time: "20:00",
      durationMinutes: 60,
      place: "",
      agenda: "",
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { date: expect.anything() } });
    expect(await dbFingerprint()).toBe(before);
  });
});
