import { describe, expect, it } from "vitest";
import { getFollowUp } from "@/server/ca/get-follow-up";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";
import { db } from "@/server/db";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { getReport } from "@/server/report/get-report";
import { makeFacilitatorViewer } from "../../support/factories";
import { makePlenaryDemarche, setPhase, signInParticipant } from "../../support/factories";

/**
 * Issue 15 §3: one CA member could publish the CA's official answer alone,
 * with nothing saying who did, and one member's text silently replaced their
 * whole group's reaction. Now the role (never the name) of who wrote and who
 * published is recorded and shown, each answer names the CA meeting that
 * adopted it, and a group's reaction keeps every version.
 */
async function transmitted() {
  const facilitator = await makeFacilitatorViewer();
  const d = await makePlenaryDemarche(facilitator);
  const { pisteId } = await savePlenaryPiste(facilitator, {
    demarcheId: d.demarcheId,
    orientation: "changer-de-cap",
    title: "Un comité de membres",
    description: "",
    supportGroupIds: [d.groupId("destinataires")],
    needsArbitrage: false,
    arbitrageNote: "",
  });
  await setPhase(d.demarcheId, "transmission_ca");
  return { facilitator, d, pisteId };
}

describe("the CA's official answer", () => {
  it("records the adopting meeting and shows who wrote and who published it by role, never by name", async () => {
    const { d, pisteId } = await transmitted();
    const member = await signInParticipant(d.participants.administrateurs[0]!);
    await recordCaAnswer(member, {
      pisteId,
      decision: "retenue",
      reasons: "Adopté à l'unanimité.",
      responsible: "La coordination",
      dueDate: "2027-06-30",
      adoptedOn: "2027-03-12",
      resolution: "CA-2027-14",
    });
    await publishCaReport(member, { demarcheId: d.demarcheId });

    const { model } = await getReport(member, d.demarcheId);
    expect(model.pistes[0]!.answer).toMatchObject({
      adoptedOn: "2027-03-12",
      resolution: "CA-2027-14",
      writtenBy: "ca-delegate",
    });
    expect(model.caReport).toMatchObject({ publishedBy: "ca-delegate" });
    // Roles only: no participant id, no name in what the board and the groups read.
    const json = JSON.stringify(model);
    expect(json).not.toContain(member.participantId);
  });

  it("says when the facilitator published on the CA's behalf", async () => {
    const { facilitator, d, pisteId } = await transmitted();
    await recordCaAnswer(facilitator, {
      pisteId,
      decision: "a-l-etude",
      reasons: "À revoir en juin.",
      responsible: "",
      dueDate: "",
      adoptedOn: "",
      resolution: "",
    });
    await publishCaReport(facilitator, { demarcheId: d.demarcheId });
    const { model } = await getReport(facilitator, d.demarcheId);
    expect(model.pistes[0]!.answer).toMatchObject({ adoptedOn: null, resolution: "", writtenBy: "facilitator" });
    expect(model.caReport).toMatchObject({ publishedBy: "facilitator" });
  });
});

describe("a group's reaction", () => {
  it("keeps every member's version with its date; the group sees the history, the others the latest", async () => {
    const { facilitator, d, pisteId } = await transmitted();
    await recordCaAnswer(facilitator, {
      pisteId,
      decision: "retenue",
      reasons: "Oui",
      responsible: "La coordination",
      dueDate: "2027-06-30",
      adoptedOn: "2027-03-12",
      resolution: "",
    });
    await publishCaReport(facilitator, { demarcheId: d.demarcheId });
    await setPhase(d.demarcheId, "suivi");
    const first = await signInParticipant(d.participants.destinataires[0]!);
    const second = await signInParticipant(d.participants.destinataires[1]!);
    const staff = await signInParticipant(d.participants.intervenants[0]!);

    await saveGroupReaction(first, { text: "Nous sommes contents." });
    await saveGroupReaction(second, { text: "Nous attendons la suite." });

    const own = await getFollowUp(first);
    expect(own.published).toBe(true);
    if (!own.published) return;
    expect(own.ownGroup.reaction).toBe("Nous attendons la suite.");
    // Newest first, each with its date and its author's role, no one's name or id.
    expect(own.ownGroup.history.map((v) => [v.text, v.writtenBy])).toEqual([
      ["Nous attendons la suite.", "member"],
      ["Nous sommes contents.", "member"],
    ]);
    expect(own.ownGroup.history.every((v) => v.createdAt instanceof Date)).toBe(true);
    expect(JSON.stringify(own.ownGroup.history)).not.toContain(first.participantId);
    expect(await db.groupReactionVersion.count({ where: { groupId: d.groupId("destinataires") } })).toBe(2);

    // Another group sees the latest reaction, with its date, and not the history.
    const other = await getFollowUp(staff);
    expect(other.published && other.reactions.map((r) => [r.group.label, r.text])).toEqual([
      ["Destinataires", "Nous attendons la suite."],
    ]);
    expect(other.published && other.ownGroup.history).toEqual([]);
  });
});
