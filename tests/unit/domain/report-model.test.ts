import { describe, expect, it } from "vitest";
import type { PerMille } from "@/domain/position";
import { fromPerMille } from "@/domain/position";
import { buildReportModel, cycleLabel, type ReportSource, type ReportSourceGroup } from "@/domain/report-model";
import { computeSynthesis, distance } from "@/domain/synthesis";

const pm = (e: number, r: number, p: number): PerMille => ({ expertise: e, representation: r, participation: p });
const released = new Date("2027-01-10T12:00:00Z");

function group(id: string, overrides: Partial<ReportSourceGroup> = {}): ReportSourceGroup {
  return {
    id,
    kind: "autre",
    label: `Groupe ${id}`,
    minSize: 3,
    releasedAt: released,
    participantCount: 3,
    responses: [
      { id: `${id}-1`, current: pm(600, 200, 200), desired: pm(300, 200, 500) },
      { id: `${id}-2`, current: pm(500, 300, 200), desired: pm(300, 300, 400) },
      { id: `${id}-3`, current: pm(700, 100, 200), desired: pm(400, 200, 400) },
    ],
    agreement: null,
    conditions: [],
    pistes: [],
    ...overrides,
  };
}

function source(groups: ReportSourceGroup[], overrides: Partial<ReportSource> = {}): ReportSource {
  return {
    demarche: {
      id: "d",
      name: "Démarche réflexive 2026-2027",
      organisationName: "Organisme",
      phase: "mise_en_commun",
      startDate: "2026-10-01",
      endDate: "2027-02-26",
      closedAt: null,
    },
    meetings: [],
    groups,
    plenaryPistes: [],
    caReport: null,
    reactions: [],
    previous: null,
    generatedAt: new Date("2027-01-20T12:00:00Z"),
    ...overrides,
  };
}

describe("buildReportModel", () => {
  it("takes every figure of the comparison from computeSynthesis", () => {
    const a = group("a");
    const b = group("b", {
      agreement: {
        current: pm(200, 600, 200),
        desired: pm(300, 500, 200),
        decisionMode: "consensus",
        justification: "Parce que",
        examples: "",
        participantCount: null,
      },
    });
    const model = buildReportModel(source([a, b]));
    const expected = computeSynthesis(
      [a, b].map((g) => ({
        id: g.id,
        kind: g.kind,
        label: g.label,
        responses: g.responses.map((r) => ({
          participantId: r.id,
          current: fromPerMille(r.current),
          desired: fromPerMille(r.desired),
        })),
        ...(g.agreement
          ? { agreed: { current: fromPerMille(g.agreement.current), desired: fromPerMille(g.agreement.desired) } }
          : {}),
      })),
    );
    expect(model.groups.map((g) => g.positions?.current)).toEqual(expected.groups.map((g) => g.current));
    expect(model.groups.map((g) => g.positions?.gap)).toEqual(expected.groups.map((g) => g.gap));
    expect(model.groups.map((g) => g.dispersion)).toEqual(expected.groups.map((g) => g.dispersion));
    expect(model.pairs).toEqual([
      {
        a: { id: "a", label: "Groupe a" },
        b: { id: "b", label: "Groupe b" },
        current: expected.pairs[0]!.current,
        desired: expected.pairs[0]!.desired,
      },
    ]);
    expect(model.overall).toEqual(expected.overall);
    expect(model.groups[1]).toMatchObject({ status: "reported", agreed: true, justification: "Parce que" });
  });

  it("shows nothing but the participant count of a group that has not released its results", () => {
    const model = buildReportModel(
      source([
        group("a"),
        group("b", {
          releasedAt: null,
          conditions: [{ kind: "entrave", theme: "Temps", text: "Pas le temps" }],
          pistes: [{ id: "p", orientation: "consolider", title: "Secret", description: "" }],
        }),
      ]),
    );
    expect(model.groups[1]).toMatchObject({
      status: "not-released",
      participantCount: 3,
      responseCount: null,
      positions: null,
      conditions: [],
      pistes: [],
    });
    expect(model.pairs).toEqual([]);
    expect(JSON.stringify(model)).not.toContain("Secret");
    expect(model.participation).toEqual({ groups: 2, participants: 6, releasedGroups: 1 });
  });

  it("shows no figure and no text for a group under its minimum size, even with a stricter minimum", () => {
    const small = group("s", {
      responses: group("x").responses.slice(0, 2),
      conditions: [{ kind: "entrave", theme: "Temps", text: "Mot à mot d'une personne" }],
    });
    const strict = group("t", { minSize: 4 });
    const model = buildReportModel(source([group("a"), small, strict]));
    expect(model.groups.map((g) => g.status)).toEqual(["reported", "too-small", "too-small"]);
    expect(model.groups[1]).toMatchObject({ responseCount: 2, positions: null, dispersion: null, conditions: [] });
    expect(model.groups[2]).toMatchObject({ responseCount: 3, positions: null });
    expect(JSON.stringify(model)).not.toContain("Mot à mot");
    expect(model.pairs).toEqual([]);
  });

  it("shows a paper group's agreed result when enough people agreed on it, outside the comparison table", () => {
    const paper = group("p", {
      participantCount: 0,
      responses: [],
      agreement: {
        current: pm(500, 100, 400),
        desired: pm(300, 200, 500),
        decisionMode: "majorite",
        justification: "Travail sur papier",
        examples: "",
        participantCount: 5,
      },
    });
    const tooFew = group("q", { responses: [], agreement: { ...paper.agreement!, participantCount: 2 } });
    const model = buildReportModel(source([group("a"), group("b"), paper, tooFew]));
    const shown = model.groups[2]!;
    expect(shown).toMatchObject({ status: "paper", paperParticipantCount: 5, agreed: true, dispersion: null });
    expect(shown.positions!.current).toEqual(fromPerMille(pm(500, 100, 400)));
    expect(shown.positions!.gap).toBe(distance(fromPerMille(pm(500, 100, 400)), fromPerMille(pm(300, 200, 500))));
    expect(model.groups[3]).toMatchObject({ status: "too-small", positions: null, justification: "" });
    // Only the two groups with responses are compared.
    expect(model.pairs.map((pair) => [pair.a.id, pair.b.id])).toEqual([["a", "b"]]);
  });

  it("names shared condition themes and opposite movements with the groups' labels", () => {
    const a = group("a", {
      label: "Intervenant.e.s",
      conditions: [{ kind: "entrave", theme: "Financement", text: "…" }],
      agreement: {
        current: pm(600, 200, 200),
        desired: pm(300, 200, 500),
        decisionMode: "consensus",
        justification: "",
        examples: "",
        participantCount: null,
      },
    });
    const b = group("b", {
      label: "CA",
      conditions: [{ kind: "favorise", theme: "financement ", text: "…" }],
      agreement: {
        current: pm(200, 600, 200),
        desired: pm(300, 600, 100),
        decisionMode: "consensus",
        justification: "",
        examples: "",
        participantCount: null,
      },
    });
    const model = buildReportModel(source([a, b]));
    expect(model.sharedThemes).toEqual([
      {
        label: "Financement",
        groups: [
          { id: "a", label: "Intervenant.e.s" },
          { id: "b", label: "CA" },
        ],
        kinds: ["entrave", "favorise"],
        groupsByKind: { entrave: [{ id: "a", label: "Intervenant.e.s" }], favorise: [{ id: "b", label: "CA" }] },
      },
    ]);
    const participation = model.oppositeMovements.find((m) => m.mandate === "participation")!;
    expect(participation.increase.map((g) => g.label)).toEqual(["Intervenant.e.s"]);
    expect(participation.decrease.map((g) => g.label)).toEqual(["CA"]);
  });

  it("quotes reactions only once the CA report is published, and keeps one given before the group shrank", () => {
    const groups = [group("a"), group("b", { participantCount: 2, responses: [] })];
    const reactions = [
      { groupId: "a", text: "Merci au CA", updatedAt: released },
      { groupId: "b", text: "Deux personnes", updatedAt: released },
    ];
    expect(
      buildReportModel(source(groups, { reactions, caReport: { summary: "", publishedAt: null, publishedBy: null } }))
        .reactions,
    ).toEqual([]);
    const published = buildReportModel(
      source(groups, { reactions, caReport: { summary: "Bilan", publishedAt: released, publishedBy: "ca-delegate" } }),
    );
    // The size is checked when a reaction is given (saveGroupReaction); a member who withdraws later does not erase it.
    expect(published.reactions.map((r) => r.text)).toEqual(["Merci au CA", "Deux personnes"]);
    expect(published.caReport).toEqual({
      summary: "Bilan",
      publishedAt: released.toISOString(),
      publishedBy: "ca-delegate",
    });
  });

  it("compares each group with the same kind of group in the earlier cycle", () => {
    const now = group("n", { kind: "intervenants", label: "Intervenant.e.s" });
    const earlierGroup = group("e", {
      kind: "intervenants",
      label: "Intervenant.e.s",
      agreement: {
        current: pm(800, 100, 100),
        desired: pm(500, 200, 300),
        decisionMode: "consensus",
        justification: "",
        examples: "",
        participantCount: null,
      },
    });
    const unmatched = group("u", { kind: "destinataires", label: "Destinataires", releasedAt: null });
    const { previous: _ignored, ...earlier } = source([earlierGroup], {
      demarche: {
        ...source([]).demarche,
        id: "old",
        name: "Démarche 2024-2025",
        startDate: "2024-09-15",
        endDate: "2025-03-01",
        phase: "cloturee",
      },
    });
    void _ignored;
    const model = buildReportModel(source([now, unmatched], { previous: earlier }));
    expect(model.previousCycle).toMatchObject({ demarcheId: "old", cycleLabel: "2024-2025" });
    expect(model.previousCycle!.rows).toHaveLength(1);
    const row = model.previousCycle!.rows[0]!;
    expect(row.then.current).toEqual(fromPerMille(pm(800, 100, 100)));
    expect(row.now.current).toEqual(model.groups[0]!.positions!.current);
    expect(row.currentShift).toBe(distance(row.then.current, row.now.current));
    expect(row.groupId).toBe("n");
    // Every group of this cycle says whether it is compared (the destinataires had no group in the earlier cycle).
    expect(model.previousCycle!.groups).toEqual([
      { groupId: "n", comparison: "compared" },
      { groupId: "u", comparison: "absent" },
    ]);
  });

  it("matches the n-th group of a kind with the n-th of the earlier cycle, and says which cycle lacks figures", () => {
    const kinds = (prefix: string, sizes: number[]) =>
      sizes.map((size, i) =>
        group(`${prefix}${i}`, {
          kind: i < 2 ? "intervenants" : "administrateurs",
          label: `Groupe ${i}`,
          participantCount: size,
          responses: group(`${prefix}${i}`).responses.slice(0, size),
        }),
      );
    const { previous: _ignored, ...earlier } = source(kinds("e", [3, 2, 2]), {
      demarche: { ...source([]).demarche, id: "old", startDate: "2024-09-15", endDate: "2025-03-01" },
    });
    void _ignored;
    const model = buildReportModel(source(kinds("n", [3, 3, 2]), { previous: earlier }));
    expect(model.previousCycle!.groups.map((g) => g.comparison)).toEqual([
      "compared",
      "no-figures-then",
      "no-figures-both",
    ]);
    expect(model.previousCycle!.rows.map((r) => r.groupId)).toEqual(["n0"]);
  });

  it("labels a cycle by its years", () => {
    expect(cycleLabel("2026-10-01", "2027-02-26")).toBe("2026-2027");
    expect(cycleLabel("2026-01-10", "2026-06-30")).toBe("2026");
  });
});
