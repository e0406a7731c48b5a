import { describe, expect, it } from "vitest";
import type { PerMille } from "@/domain/position";
import { buildReportModel, type ReportSource, type ReportSourceGroup } from "@/domain/report-model";
import { blockTexts, outlineTexts, reportOutline, type Block, type Message, type Text } from "@/domain/report-outline";
import { translator } from "@/i18n/translator";
import { resolveText, type Translate } from "@/components/report/outline/resolve-text";

const pm = (e: number, r: number, p: number): PerMille => ({ expertise: e, representation: r, participation: p });
const at = new Date("2027-01-10T12:00:00Z");
const t = translator() as unknown as Translate;

function group(id: string, label: string, current: PerMille, desired: PerMille): ReportSourceGroup {
  return {
    id,
    kind: "autre",
    label,
    minSize: 3,
    releasedAt: at,
    participantCount: 3,
    responses: [0, 1, 2].map((i) => ({ id: `${id}-${i}`, current, desired })),
    agreement: null,
    conditions: [],
    pistes: [],
  };
}

function source(overrides: Partial<ReportSource> = {}): ReportSource {
  return {
    demarche: {
      id: "d",
      name: "Démarche 2026-2027",
      organisationName: "Organisme",
      phase: "transmission_ca",
      startDate: "2026-10-01",
      endDate: "2027-02-26",
      closedAt: null,
    },
    meetings: [],
    groups: [
      group("a", "Intervenant.e.s", pm(600, 200, 200), pm(300, 200, 500)),
      group("b", "Destinataires", pm(550, 250, 200), pm(350, 200, 450)),
      group("c", "CA", pm(200, 600, 200), pm(200, 600, 200)),
    ],
    plenaryPistes: [
      {
        id: "p1",
        orientation: "changer-de-cap",
        title: "Un comité de membres",
        description: "",
        needsArbitrage: false,
        arbitrageNote: "",
        supportGroupIds: ["a", "b"],
        answer: null,
      },
      {
        id: "p2",
        orientation: "consolider",
        title: "Assemblée de saison",
        description: "",
        needsArbitrage: true,
        arbitrageNote: "Le CA préfère l'AGA.",
        supportGroupIds: ["b"],
        answer: {
          decision: "a-l-etude",
          reasons: "À revoir",
          responsible: "",
          dueDate: null,
          adoptedOn: "2027-03-12",
          resolution: "CA-14",
          writtenBy: "ca-delegate",
          updatedAt: at,
        },
      },
    ],
    caReport: null,
    reactions: [],
    previous: null,
    generatedAt: new Date("2027-01-20T12:00:00Z"),
    ...overrides,
  };
}

const words = (text: Text) => resolveText(text, t);

function items(blocks: readonly Block[], testId: string): string[] {
  for (const block of blocks) {
    if (block.type === "list" && block.testId === testId) return block.items.map(words);
    if (block.type === "subsection") {
      const found = items(block.blocks, testId);
      if (found.length > 0) return found;
    }
  }
  return [];
}

describe("the report outline", () => {
  it("opens with the CA's decisions, one line per piste, then « En bref », then the method", () => {
    const outline = reportOutline(buildReportModel(source()));
    expect(outline.sections.slice(0, 3).map((s) => s.id)).toEqual(["decisions", "glance", "context"]);
    expect(items(outline.sections[0]!.blocks, "decision-list")).toEqual([
      "1. Un comité de membres — Changer de cap; appuyée par Intervenant.e.s et Destinataires",
      "2. Assemblée de saison — Consolider des acquis; appuyée par Destinataires — à arbitrer : les groupes ne s'entendent pas (Le CA préfère l'AGA.) — réponse du CA : À l'étude",
    ]);
  });

  it("counts verdicts once, with pairsWith, and says which piste still waits for the CA", () => {
    const model = buildReportModel(source());
    const glance = items(reportOutline(model).sections[1]!.blocks, "glance");
    const conv =
      model.pairs.filter((p) => p.current.verdict === "convergence").length +
      model.pairs.filter((p) => p.desired.verdict === "convergence").length;
    expect(glance).toContain(
      `${conv} point${conv > 1 ? "s" : ""} de convergence entre groupes, ${words({ key: "report.glance.divergences", params: { count: model.pairs.filter((p) => p.current.verdict === "divergence").length + model.pairs.filter((p) => p.desired.verdict === "divergence").length } } as Message)}`,
    );
    expect(glance).toContain("1 piste attend encore la réponse du CA");
    expect(glance).toContain("2 pistes retenues pour le CA, dont 1 à arbitrer par le CA");
  });

  it("gives every group's gap its plain reading", () => {
    const glance = items(reportOutline(buildReportModel(source())).sections[1]!.blocks, "glance");
    expect(glance).toContain("CA : consolider des acquis — aucun changement souhaité (écart 0,00)");
    // The same words as on the participants' pages (src/domain/plain-readings.ts), from the unrounded gap.
    expect(glance.find((line) => line.startsWith("Intervenant.e.s :"))).toMatch(
      /changer de cap — un changement modéré/,
    );
  });

  it("records the adopting meeting, the resolution and the writer's role with the CA's answer", () => {
    const outline = reportOutline(
      buildReportModel(source({ caReport: { summary: "", publishedAt: at, publishedBy: "ca-delegate" } })),
    );
    const answers = outline.sections.find((s) => s.id === "answers")!;
    const texts = outline.sections.flatMap((s) => (s === answers ? outlineTexts({ sections: [s] }) : [])).map(words);
    expect(texts).toContain("Adoptée à la réunion du CA du 12 mars 2027 (résolution CA-14).");
    expect(texts).toContain("Réponse saisie par un.e délégué.e du CA.");
    expect(
      texts.some(
        (x) => x.startsWith("Rapport des délégué.e.s du CA publié le") && x.endsWith("par un.e délégué.e du CA."),
      ),
    ).toBe(true);
  });

  it("shows each reaction with its date once the CA published", () => {
    const outline = reportOutline(
      buildReportModel(
        source({
          caReport: { summary: "", publishedAt: at, publishedBy: "facilitator" },
          reactions: [{ groupId: "a", text: "Merci", updatedAt: new Date("2027-04-02T15:00:00Z") }],
        }),
      ),
    );
    const texts = outlineTexts(outline).map(words);
    expect(texts).toContain("Réaction du 2 avril 2027");
    expect(texts).toContain("Merci");
  });

  it("translates every message it uses (no missing key)", () => {
    const model = buildReportModel(
      source({ caReport: { summary: "Bilan", publishedAt: at, publishedBy: "ca-delegate" } }),
    );
    expect(() => outlineTexts(reportOutline(model)).map(words)).not.toThrow();
  });
});

/** A group of a given kind with `size` identical responses (3 reaches the minimum, 2 does not). */
function kindGroup(
  id: string,
  kind: ReportSourceGroup["kind"],
  label: string,
  size: number,
  current = pm(600, 200, 200),
  desired = pm(300, 200, 500),
): ReportSourceGroup {
  return {
    ...group(id, label, current, desired),
    kind,
    participantCount: size,
    responses: group(id, label, current, desired).responses.slice(0, size),
  };
}

/**
 * Two cycles: the intervenant.e.s compared (current position moved, desired
 * not); the destinataires under the minimum in the earlier cycle; the CA
 * under it now (it had figures before); the bénévoles new in this cycle.
 */
function twoCycles() {
  const { previous: _none, ...earlier } = source({
    demarche: {
      ...source().demarche,
      id: "old",
      name: "Démarche 2025-2026",
      startDate: "2025-10-01",
      endDate: "2026-02-27",
      phase: "cloturee",
    },
    groups: [
      kindGroup("a0", "intervenants", "Intervenant.e.s", 3),
      kindGroup("b0", "destinataires", "Destinataires", 2, pm(100, 100, 800), pm(100, 100, 800)),
      kindGroup("c0", "administrateurs", "Administrateur.trice.s", 3, pm(170, 660, 170), pm(230, 540, 230)),
    ],
    plenaryPistes: [],
  });
  void _none;
  return buildReportModel(
    source({
      groups: [
        kindGroup("a", "intervenants", "Équipe d'intervention", 3, pm(450, 250, 300)),
        kindGroup("b", "destinataires", "Destinataires", 3, pm(550, 250, 200), pm(350, 200, 450)),
        kindGroup("c", "administrateurs", "Administrateur.trice.s", 2),
        kindGroup("d", "autre", "Bénévoles", 3),
      ],
      previous: earlier,
    }),
  );
}

function subsection(blocks: readonly Block[], testId: string): Extract<Block, { type: "subsection" }> | undefined {
  for (const block of blocks) {
    if (block.type !== "subsection") continue;
    if (block.testId === testId) return block;
    const found = subsection(block.blocks, testId);
    if (found) return found;
  }
  return undefined;
}

describe("the report outline after an earlier cycle", () => {
  const model = twoCycles();
  const outline = reportOutline(model);
  const groups = outline.sections.find((s) => s.id === "groups")!;
  const cycleOf = (groupId: string) => {
    const block = subsection(subsection(groups.blocks, `group-${groupId}`)!.blocks, `cycle-${groupId}`);
    expect(block, `group ${groupId} has its comparison inside its own block`).toBeDefined();
    // Spaces as a reader sees them (fr-CA writes « 60 % » with a narrow no-break space).
    return blockTexts([block!]).map((text) => words(text).replace(/\s/g, " "));
  };

  it("says next to a group how each position moved, mandate by mandate, with its plain reading (matched by kind)", () => {
    // Renamed since the earlier cycle: still the intervenant.e.s.
    expect(cycleOf("a")).toEqual([
      "Depuis le cycle 2025-2026",
      "Position actuelle : un déplacement modéré (0,13).",
      "Expertise : de 60 % à 45 % (\u221215 points)",
      "Représentation : de 20 % à 25 % (+5 points)",
      "Participation : de 20 % à 30 % (+10 points)",
      "Position désirée : pratiquement aucun déplacement (0,00).",
      "Expertise : 30 %, sans changement",
      "Représentation : 20 %, sans changement",
      "Participation : 50 %, sans changement",
    ]);
    const group = subsection(groups.blocks, "group-a")!;
    const at = group.blocks.findIndex((b) => b.type === "subsection" && b.testId === "cycle-a");
    // Right after the group's own figures, before its reasons.
    expect(group.blocks[at - 1]).toMatchObject({ type: "paragraph" });
    expect(group.blocks[at + 1]).toMatchObject({ type: "heading", text: { key: "report.groups.why" } });
  });

  it("shows no figure for a group under the minimum in either cycle, only why it is not compared", () => {
    const noFigure = (texts: string[]) => texts.join(" ").replaceAll("2025-2026", "");
    const then = cycleOf("b");
    expect(then).toEqual([
      "Depuis le cycle 2025-2026",
      "Pas de comparaison possible : au cycle 2025-2026, ce groupe n'avait pas atteint le nombre minimum de participant.e.s ou n'avait pas diffusé ses résultats.",
    ]);
    const now = cycleOf("c");
    expect(now[1]).toBe(
      "Pas de comparaison possible : dans ce cycle-ci, ce groupe n'a pas atteint le nombre minimum de participant.e.s ou n'a pas diffusé ses résultats.",
    );
    for (const texts of [then, now]) expect(noFigure(texts)).not.toMatch(/\d/);
    expect(cycleOf("d")[1]).toBe("Ce groupe n'existait pas au cycle 2025-2026 : rien à comparer.");
    // The CA's earlier figures do not reach this cycle's report anywhere.
    const all = outlineTexts(outline).map(words).join("\n");
    expect(all).not.toContain("66 %");
    expect(model.previousCycle!.rows.map((r) => r.groupId)).toEqual(["a"]);
  });

  it("charts only the groups compared, and points to the groups for the details", () => {
    const cycles = outline.sections.find((s) => s.id === "cycles")!;
    const chart = cycles.blocks.find((b) => b.type === "chart");
    expect(chart && chart.type === "chart" ? chart.series.map((s) => words(s.label)) : []).toEqual([
      "Équipe d'intervention — 2025-2026",
      "Équipe d'intervention — 2026-2027",
    ]);
    // « En bref » says how many groups could be compared, with no figure.
    expect(items(outline.sections[1]!.blocks, "glance")).toContain(
      "Comparaison avec le cycle 2025-2026 possible pour 1 groupe sur 4 (voir « Chaque groupe »)",
    );
    // Right after the groups it summarises.
    const ids = outline.sections.map((s) => s.id);
    expect(ids.indexOf("cycles")).toBe(ids.indexOf("groups") + 1);
    });
  });

describe("the outline in English (decision 024)", () => {
  it("resolves the same outline text with English words and English numbers", () => {
    const en = translator(undefined, "en") as unknown as Translate;
    const text: Text = {
      key: "report.groups.gap",
      params: { gap: { fmt: "gap", value: 0.24 }, reading: "a small change", orientation: "consolidate what works" },
    };
    expect(resolveText(text, en)).toBe("Gap: 0.24, a small change — consolidate what works");
    expect(resolveText(text, t)).toBe("Écart : 0,24, a small change — consolidate what works");
  });
});
