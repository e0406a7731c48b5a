import { describe, expect, it } from "vitest";
import { getFollowUp } from "@/server/ca/get-follow-up";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { withdrawParticipant } from "@/server/privacy/withdraw-participant";
import { getReport } from "@/server/report/get-report";
import { makeFacilitatorViewer } from "../../support/factories";
import { makePlenaryDemarche, setPhase, signInParticipant } from "../../support/factories";

async function publishedFollowUp() {
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
  await recordCaAnswer(facilitator, {
    pisteId,
    decision: "retenue",
    reasons: "Oui",
    responsible: "La coordination",
    dueDate: "2027-06-30",
  });
  await publishCaReport(facilitator, { demarcheId: d.demarcheId });
  await setPhase(d.demarcheId, "suivi");
  return { facilitator, d };
}

describe("a group's reaction to the CA's answers", () => {
  it("stays in the report and the follow-up once given, when a member withdraws afterwards (3 → 2)", async () => {
    const { facilitator, d } = await publishedFollowUp();
    const [first, second, third] = d.participants.destinataires as [string, string, string];
    await saveGroupReaction(await signInParticipant(first), { text: "Nous sommes contents." });

    await withdrawParticipant(await signInParticipant(third));

    const followUp = await getFollowUp(await signInParticipant(second));
    expect(followUp.published && followUp.reactions.map((r) => r.text)).toEqual(["Nous sommes contents."]);
    const report = await getReport(facilitator, d.demarcheId);
    expect(report.model.reactions.map((r) => [r.group.label, r.text])).toEqual([
      ["Destinataires", "Nous sommes contents."],
    ]);
  });

  it("is not taken from a group under its minimum: it would point at one person", async () => {
    const { d } = await publishedFollowUp();
    const [first, second, third] = d.participants.destinataires as [string, string, string];
    await withdrawParticipant(await signInParticipant(third));
    await expect(saveGroupReaction(await signInParticipant(first), { text: "Seul.e à parler" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "report.reactionTooFew",
    });
    const followUp = await getFollowUp(await signInParticipant(second));
    expect(followUp.published && followUp.reactions).toEqual([]);
  });
});
