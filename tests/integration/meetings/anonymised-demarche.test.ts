import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { getGroupsOverview } from "@/server/groups/get-groups-overview";
import { getCalendar } from "@/server/meetings/get-calendar";
import { getMeeting } from "@/server/meetings/get-meeting";
import { applyRetention } from "@/server/privacy/apply-retention";
import { joinAs, makeDemarche, makeFacilitatorViewer } from "../../support/factories";

describe("a closed démarche after retention erased the names", () => {
  it("has no nameless attendance boxes, and its pages know it is anonymised", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await joinAs(d.invitations[0]!.token, d.demarcheId, "Karim");
    await joinAs(d.invitations[0]!.token, d.demarcheId, "Sophie");
    const closedAt = new Date("2027-03-01T12:00:00Z");
    await db.demarche.update({ where: { id: d.demarcheId }, data: { phase: "cloturee", closedAt } });
    await applyRetention(new Date("2030-01-01T00:00:00Z"));

    const { meetings } = await getCalendar(viewer, d.demarcheId);
    for (const meeting of meetings) {
      const { attendance } = await getMeeting(viewer, meeting.id);
      expect(attendance.flatMap((g) => g.people)).toEqual([]);
    }
    expect((await getDemarcheDashboard(viewer, d.demarcheId)).demarche.anonymisedAt).not.toBeNull();
    expect((await getGroupsOverview(viewer, d.demarcheId)).demarche.anonymisedAt).not.toBeNull();
  });
});
