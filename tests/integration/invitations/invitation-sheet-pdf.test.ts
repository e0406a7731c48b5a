import "../../support/mock-next";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/(site)/demarches/[demarcheId]/groupes/[groupId]/invitation/pdf/route";
import { getInvitationSheet } from "@/server/invitations/get-invitation-sheet";
import { actAs } from "../../support/acting-as";
import { makeDemarche, makeFacilitatorViewer } from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("the invitation sheet as a PDF", () => {
  it("prints the group's invitation, its code and its link, with the page frame the other PDFs use", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator, "Démarche réflexive 2026-2027");
    const group = d.invitations[1]!.group;
    const sheet = await getInvitationSheet(facilitator, group.id);
    actAs(facilitator);
    const response = await GET(new Request("http://localhost/pdf"), {
      params: Promise.resolve({ demarcheId: d.demarcheId, groupId: group.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const pdf = Buffer.from(await response.arrayBuffer());
    if (process.env.INVITATION_PDF_OUT) writeFileSync(process.env.INVITATION_PDF_OUT, pdf);
    const printed = squash(pdfTextContent(pdf));
    expect(printed).toContain("Invitation à la démarche réflexive");
    expect(printed).toContain(`dans le groupe des ${group.label}`);
    // The code is letter-spaced and the link printed in slices (a long word never breaks on its own).
    const unspaced = printed.replace(/ /g, "");
    expect(unspaced, printed).toContain(sheet.access!.code);
    expect(unspaced, printed).toContain(sheet.access!.link);
    expect(printed).toContain("Page 1 de 1");
    // The meetings this group attends, dated as French writes them.
    expect(printed).toMatch(/jeudi 1er octobre à 18 h 30 — Rencontre de lancement/);
  });

  it("is refused to a facilitator who does not run the démarche, and for a group of another démarche", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const other = await makeDemarche(await makeFacilitatorViewer());
    const call = (demarcheId: string, groupId: string) =>
      GET(new Request("http://localhost/pdf"), { params: Promise.resolve({ demarcheId, groupId }) });
    actAs(await makeFacilitatorViewer());
    expect((await call(d.demarcheId, d.invitations[0]!.group.id)).status).toBe(404);
    actAs(facilitator);
    expect((await call(d.demarcheId, other.invitations[0]!.group.id)).status).toBe(404);
  });
});
