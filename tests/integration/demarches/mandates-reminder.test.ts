import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { makeDemarche, makeFacilitatorViewer } from "../../support/factories";

describe("the dashboard's reminder to describe the mandates", () => {
  it("lists the mandates still at the neutral default before the ateliers, and none once written or once the ateliers start", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    expect((await getDemarcheDashboard(viewer, d.demarcheId)).mandatesToDescribe).toEqual([
      "expertise",
      "representation",
      "participation",
    ]);

    await db.demarche.update({
      where: { id: d.demarcheId },
      data: {
        mandateExpertiseText: "L'équipe décide. Par exemple : le programme est fixé par l'équipe.",
        mandateRepresentationText: "Des personnes parlent au nom des membres. Par exemple : un comité.",
      },
    });
    expect((await getDemarcheDashboard(viewer, d.demarcheId)).mandatesToDescribe).toEqual(["participation"]);

    // A reminder, not a blocker: nothing is said about it in the advance check.
    const dashboard = await getDemarcheDashboard(viewer, d.demarcheId);
    expect(JSON.stringify(dashboard.advance)).not.toMatch(/mandat/i);

    await db.demarche.update({ where: { id: d.demarcheId }, data: { phase: "ateliers" } });
    expect((await getDemarcheDashboard(viewer, d.demarcheId)).mandatesToDescribe).toEqual([]);
  });
});
