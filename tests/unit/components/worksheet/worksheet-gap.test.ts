import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { WorksheetDocument, type WorksheetTexts } from "@/components/worksheet/WorksheetDocument";
import messages from "../../../../messages/fr/workshop.json";
import { pdfTextContent } from "../../../support/pdf-text";

describe("the paper worksheet's step 3", () => {
  it("asks nothing in writing about the gap, which the facilitator's entry form has no field for", async () => {
    const w = messages.worksheet;
    const mandate = (name: string) => ({ name, description: "Description." });
    const texts: WorksheetTexts = {
      ...w,
      how: [w.how1, w.how2, w.how3, w.how4],
      mandates: {
        expertise: mandate("Mandat d'expertise"),
        representation: mandate("Mandat de représentation"),
        participation: mandate("Mandat de participation"),
      },
    };
    const text = pdfTextContent(await renderToBuffer(createElement(WorksheetDocument, { texts }) as never));
    expect(text.replace(/\s+/g, " ")).toContain("Pas besoin de l'écrire");
  });
});
