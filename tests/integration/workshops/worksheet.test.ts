import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { WorksheetDocument, type WorksheetTexts } from "@/components/worksheet/WorksheetDocument";
import messages from "../../../messages/fr/workshop.json";
import { getWorksheetData } from "@/server/workshops/get-worksheet-data";
import { makeFacilitatorViewer, makeWorkshop } from "../../support/factories";

describe("the printable worksheet", () => {
  it("is for the démarche's facilitators, with the group's name when asked, and refuses a group of another démarche", async () => {
    const one = await makeWorkshop({ perGroup: 1 });
    const two = await makeWorkshop({ perGroup: 1 });
    const data = await getWorksheetData(one.facilitator, one.demarcheId, one.groupA.id);
    expect(data.groupLabel).toBe("Intervenant.e.s");
    expect(data.mandateTexts.expertise.length).toBeGreaterThan(0);
    expect((await getWorksheetData(one.facilitator, one.demarcheId, null)).groupLabel).toBeNull();
    await expect(getWorksheetData(one.facilitator, one.demarcheId, two.groupA.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getWorksheetData(await makeFacilitatorViewer(), one.demarcheId, null)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getWorksheetData(one.groupA.people[0]!, one.demarcheId, null)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("renders a four-page PDF", async () => {
    const w = messages.worksheet;
    const mandate = (name: string) => ({ name, description: "Une description écrite par l'accompagnateur.trice." });
    const texts: WorksheetTexts = {
      ...w,
      how: [w.how1, w.how2, w.how3, w.how4],
      mandates: {
        expertise: mandate("Mandat d'expertise"),
        representation: mandate("Mandat de représentation"),
        participation: mandate("Mandat de participation"),
      },
    };
    const pdf = await renderToBuffer(createElement(WorksheetDocument, { texts }) as never);
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(4);
  });
});
