import { describe, expect, it } from "vitest";
import { releaseGroupResults } from "@/server/workshops/release-group-results";
import { listReleasedGroupResults } from "@/server/workshops/list-released-group-results";
import { makeWorkshop } from "../../support/factories";

describe("the other groups on a participant's chart", () => {
  it("carry their rank among all the démarche's groups, the style they have on the plenary and report charts", async () => {
    const { facilitator, groupA, groupB } = await makeWorkshop();
    await releaseGroupResults(facilitator, { groupId: groupA.id });
    await releaseGroupResults(facilitator, { groupId: groupB.id });

    // Seen from the first group, the second group is alone on the chart but keeps the second style.
    const seenByA = await listReleasedGroupResults(groupA.people[0]!);
    expect(seenByA.map((g) => [g.id, g.styleIndex])).toEqual([[groupB.id, 1]]);
    const seenByB = await listReleasedGroupResults(groupB.people[0]!);
    expect(seenByB.map((g) => [g.id, g.styleIndex])).toEqual([[groupA.id, 0]]);
  });
});
