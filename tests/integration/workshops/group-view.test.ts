import { describe, expect, it } from "vitest";
import { computeSynthesis } from "@/domain/synthesis";
import { fromPerMille } from "@/domain/position";
import { ANONYMOUS } from "@/server/auth/viewer";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { getGroupView } from "@/server/workshops/get-group-view";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { saveGroupAgreement } from "@/server/workshops/save-group-agreement";
import { saveGroupCondition } from "@/server/workshops/save-group-condition";
import { answers, makeFacilitatorViewer, makeWorkshop } from "../../support/factories";

const POSITIONS: [[number, number, number], [number, number, number], string][] = [
  [[600, 200, 200], [300, 300, 400], "Zèbre : on décide à leur place"],
  [[500, 300, 200], [300, 200, 500], "Abeille : les programmes nous guident"],
  [[700, 100, 200], [400, 200, 400], "Moineau : l'accueil oriente"],
  [[400, 300, 300], [300, 300, 400], "Hibou : on écoute"],
];

describe("a group's own view", () => {
  it("shows nothing under the minimum of confirmed answers: no figure, no point, no words", async () => {
    const { facilitator, groupA } = await makeWorkshop();
    const [a1, a2, a3] = groupA.people as [
      (typeof groupA.people)[number],
      (typeof groupA.people)[number],
      (typeof groupA.people)[number],
    ];
    const [[c1, d1], [c2, d2], [c3, d3]] = POSITIONS as [
      (typeof POSITIONS)[number],
      (typeof POSITIONS)[number],
      (typeof POSITIONS)[number],
    ];
    await submitMyPosition(a1, answers(c1, d1, { currentWhy: "Première" }));
    await submitMyPosition(a2, answers(c2, d2, { currentWhy: "Deuxième" }));
    // A draft does not count.
    await saveMyPositionDraft(a3, answers(c3, d3));
    await saveGroupCondition(facilitator, { groupId: groupA.id, kind: "favorise", theme: "Équipe", text: "Ouverte" });

    const seen = await getGroupView(a1, groupA.id);
    expect(seen.figures.submitted).toBe(2);
    expect(seen.figures.synthesis.reportable).toBe(false);
    expect(seen.figures.synthesis.centroid).toBeNull();
    expect(seen.figures.cloud).toEqual([]);
    expect(seen.figures.texts.currentWhy).toEqual([]);
    expect(seen.figures.conditions).toEqual([]);
    // The facilitator still sees the group's own work to run the step.
    const facilitatorView = await getGroupView(facilitator, groupA.id);
    expect(facilitatorView.figures.conditions).toHaveLength(1);
    expect(facilitatorView.figures.cloud).toEqual([]);
  });

  it("from 4 admitted, confirmed answers and once the workshop is closed (decision 013), shows the anonymous cloud, the synthesis' centroid and dispersion, and the words in an order unrelated to who wrote them", async () => {
    const { facilitator, groupA } = await makeWorkshop({ perGroup: 4 });
    for (const [index, person] of groupA.people.entries()) {
      const [current, desired, why] = POSITIONS[index]!;
      await submitMyPosition(person, answers(current, desired, { currentWhy: why }));
    }
    await closeWorkshop(facilitator, { groupId: groupA.id });
    const view = await getGroupView(groupA.people[2]!, groupA.id);
    const { figures } = view;
    expect(figures.synthesis.reportable).toBe(true);

    const expected = computeSynthesis([
      {
        id: groupA.id,
        kind: "intervenants",
        label: "x",
        responses: POSITIONS.map(([c, d], i) => ({
          participantId: String(i),
          current: fromPerMille({ expertise: c[0], representation: c[1], participation: c[2] }),
          desired: fromPerMille({ expertise: d[0], representation: d[1], participation: d[2] }),
        })),
      },
    ]).groups[0]!;
    expect(figures.synthesis.centroid).toEqual(expected.centroid);
    expect(figures.synthesis.dispersion).toEqual(expected.dispersion);
    expect(figures.cloud).toHaveLength(4);
    expect(figures.texts.currentWhy).toEqual([
      "Abeille : les programmes nous guident",
      "Hibou : on écoute",
      "Moineau : l'accueil oriente",
      "Zèbre : on décide à leur place",
    ]);

    const serialised = JSON.stringify(view);
    for (const person of groupA.people) {
      expect(serialised).not.toContain(person.participantId);
      expect(serialised).not.toContain(`"${person.displayName}"`);
    }
    expect((await getGroupView(facilitator, groupA.id)).audience).toBe("facilitator");
  });

  it("shows the agreed position of a paper atelier only when enough people took part", async () => {
    const { facilitator, groupA } = await makeWorkshop();
    const agreement = {
      groupId: groupA.id,
      current: { expertise: 500, representation: 200, participation: 300 },
      desired: { expertise: 300, representation: 200, participation: 500 },
      decisionMode: "consensus" as const,
      justification: "Sur papier",
      examples: "",
    };
    await saveGroupAgreement(facilitator, { ...agreement, participantCount: 2 });
    expect((await getGroupView(groupA.people[0]!, groupA.id)).figures.agreement).toBeNull();
    await saveGroupAgreement(facilitator, { ...agreement, participantCount: 5 });
    expect((await getGroupView(groupA.people[0]!, groupA.id)).figures.agreement).toMatchObject({
      decisionMode: "consensus",
      participantCount: 5,
    });
  });

  it("answers another facilitator and anonymous callers with nothing", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 1 });
    await expect(getGroupView(await makeFacilitatorViewer(), groupA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getGroupView(ANONYMOUS, groupA.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
