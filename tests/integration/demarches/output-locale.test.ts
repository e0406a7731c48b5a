import "../../support/mock-next";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { GET as worksheetPdf } from "@/app/(site)/demarches/[demarcheId]/ateliers/fiche/route";
import { GET as invitationPdf } from "@/app/(site)/demarches/[demarcheId]/groupes/[groupId]/invitation/pdf/route";
import { GET as reportPdf } from "@/app/(site)/demarches/[demarcheId]/rapport/pdf/route";
import { updateDemarcheSettingsAction } from "@/app/(site)/demarches/[demarcheId]/parametres/actions";
import { ReportView } from "@/components/report/ReportView";
import { translator } from "@/i18n/translator";
import type { FacilitatorViewer } from "@/server/auth/viewer";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { getInvitationSheet } from "@/server/invitations/get-invitation-sheet";
import { exportCalendar } from "@/server/meetings/export-calendar";
import { getReport } from "@/server/report/get-report";
import { actAs } from "../../support/acting-as";
import { makeDemarche, makeFacilitatorViewer, makePlenaryDemarche, makeWorkshop } from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";
import { renderWithMessages } from "../../support/render-with-messages";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Sets a démarche's output language the way the settings form does: its current values, the language changed. */
async function setOutputLocale(viewer: FacilitatorViewer, demarcheId: string, outputLocale: "fr" | "en") {
  const { values } = await getDemarcheSettings(viewer, demarcheId);
  await updateDemarcheSettings(viewer, { ...values, outputLocale });
}

async function pdfText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return squash(pdfTextContent(Buffer.from(await response.arrayBuffer())));
}

describe("a démarche's output language (decision 024)", () => {
  it("is French by default, and set by the démarche's facilitators only", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    expect((await getDemarcheSettings(facilitator, d.demarcheId)).values.outputLocale).toBe("fr");

    await setOutputLocale(facilitator, d.demarcheId, "en");
    expect((await getDemarcheSettings(facilitator, d.demarcheId)).values.outputLocale).toBe("en");

    // Leaving it out keeps it (an older form): it is not reset to French.
    const { values } = await getDemarcheSettings(facilitator, d.demarcheId);
    const withoutLocale = { ...values, outputLocale: undefined };
    await updateDemarcheSettings(facilitator, { ...withoutLocale, name: "Renommée" });
    expect((await getDemarcheSettings(facilitator, d.demarcheId)).values).toMatchObject({
      name: "Renommée",
      outputLocale: "en",
    });

    // Another facilitator cannot change it, through the action either.
    const stranger = await makeFacilitatorViewer();
    actAs(stranger);
    const refused = await updateDemarcheSettingsAction({ ...values, outputLocale: "fr" });
    expect(refused.ok).toBe(false);
    expect((await getDemarcheSettings(facilitator, d.demarcheId)).values.outputLocale).toBe("en");
  });

  it("refuses a language the application does not have", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const { values } = await getDemarcheSettings(facilitator, d.demarcheId);
    actAs(facilitator);
    const result = await updateDemarcheSettingsAction({ ...values, outputLocale: "de" as never });
    expect(result.ok).toBe(false);
    expect((await getDemarcheSettings(facilitator, d.demarcheId)).values.outputLocale).toBe("fr");
  });

  it("prints the paper worksheet in English, the facilitator's mandate descriptions as written", async () => {
    const w = await makeWorkshop({ perGroup: 1 });
    const call = async () => {
      actAs(w.facilitator);
      return pdfText(
        await worksheetPdf(new Request(`http://localhost/fiche?groupe=${w.groupA.id}`), {
          params: Promise.resolve({ demarcheId: w.demarcheId }),
        }),
      );
    };
    const french = await call();
    expect(french).toContain("Mon positionnement");

    const { values } = await getDemarcheSettings(w.facilitator, w.demarcheId);
    await updateDemarcheSettings(w.facilitator, {
      ...values,
      mandateExpertise: "Décrit par l'accompagnatrice",
      outputLocale: "en",
    });
    const english = await call();
    expect(english).toContain("My positioning");
    expect(english).toContain("How to fill in this sheet");
    expect(english).toContain("Page 1 of 4");
    expect(english).not.toContain("Mon positionnement");
    // What people wrote is printed as written: the description, the group's name.
    expect(english).toContain("Décrit par l'accompagnatrice");
    expect(english).toContain("Intervenant.e.s");
  });

  it("prints the invitation sheet in English, English dates, the group and démarche names as written", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator, "Démarche réflexive 2026-2027");
    const group = d.invitations[1]!.group;
    await setOutputLocale(facilitator, d.demarcheId, "en");
    expect((await getInvitationSheet(facilitator, group.id)).locale).toBe("en");
    actAs(facilitator);
    const printed = await pdfText(
      await invitationPdf(new Request("http://localhost/pdf"), {
        params: Promise.resolve({ demarcheId: d.demarcheId, groupId: group.id }),
      }),
    );
    expect(printed).toContain("Invitation to the reflective démarche");
    expect(printed).toContain("Démarche réflexive 2026-2027");
    expect(printed).toContain(group.label);
    expect(printed).toContain("Page 1 of 1");
    expect(printed).toMatch(/Thursday, October 1/);
    expect(printed).not.toContain("Invitation à la démarche réflexive");
    expect(printed).not.toContain("1er");
  });

  it("names the calendar file in the output language, the meetings' titles as written", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const french = await exportCalendar(facilitator, d.demarcheId);
    expect(french.filename).toBe("regards-croises-calendrier.ics");
    await setOutputLocale(facilitator, d.demarcheId, "en");
    const english = await exportCalendar(facilitator, d.demarcheId);
    expect(english.filename).toBe("regards-croises-calendar.ics");
    expect(english.body).toContain("PRODID:-//Regards croises//Demarche reflexive//EN");
    expect(english.body).toContain("Rencontre de lancement");
  });

  it("prints the CA report in it by default, the other language on request", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makePlenaryDemarche(facilitator);
    await setOutputLocale(facilitator, d.demarcheId, "en");
    expect((await getReport(facilitator, d.demarcheId)).outputLocale).toBe("en");
    const call = async (query: string) => {
      actAs(facilitator);
      return pdfText(
        await reportPdf(new Request(`http://localhost/rapport/pdf${query}`), {
          params: Promise.resolve({ demarcheId: d.demarcheId }),
        }),
      );
    };
    const byDefault = await call("");
    expect(byDefault).toContain("Decisions expected from the CA");
    expect(byDefault).not.toContain("Décisions attendues du CA");
    // The groups' own words are not translated.
    expect(byDefault).toContain("Maintenir la représentation");

    const french = await call("?lang=fr");
    expect(french).toContain("Décisions attendues du CA");
    // An unknown language falls back to the démarche's.
    expect(await call("?lang=de")).toContain("Decisions expected from the CA");
  });

  it("shows the CA report page in it, inside a page in the reader's language", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makePlenaryDemarche(facilitator);
    await setOutputLocale(facilitator, d.demarcheId, "en");
    const { model, outputLocale } = await getReport(facilitator, d.demarcheId);
    // The reader's interface is French (renderWithMessages); the report follows the démarche.
    const html = renderWithMessages(
      createElement(ReportView, {
        model,
        actions: createElement("a", { href: "/pdf" }, "Télécharger le rapport (PDF)"),
        output: { t: translator(undefined, outputLocale), lang: "en-CA", readerLang: "fr-CA" },
      }),
    );
    expect(html).toContain('lang="en-CA"');
    expect(html).toContain("Decisions expected from the CA");
    expect(html).not.toContain("Décisions attendues du CA");
    expect(html).toContain("Maintenir la représentation");
    expect(html).toMatch(/<div lang="fr-CA"><a href="\/pdf">Télécharger le rapport \(PDF\)<\/a><\/div>/);
  });
});
