/**
 * The CA report as an outline: sections of typed blocks that the web page
 * and the PDF both walk (docs/decisions/016-report-outline.md). Every count,
 * sentence and ordering decision of the report is made here, once; the two
 * renderers only lay the blocks out.
 *
 * Pure: texts are message keys with their parameters (`Message`), the
 * group's own words as plain strings, and typed values (`Fmt`: a gap, a
 * position, a date…) that the renderers format the same way
 * (src/components/report/outline/resolve-text.ts). No translator comes in.
 */
import { MANDATES, type Mandate, type Position } from "./mandates";
import { perMilleToPercentages, toPerMille } from "./position";
import { plainReadingKey, SAME_SPOT } from "./plain-readings";
import {
  pairsWith,
  unansweredPistes,
  type CycleComparison,
  type ReportGroup,
  type ReportModel,
  type ReportPair,
  type ReportPiste,
} from "./report-model";
import type { Verdict } from "./synthesis";
import type { AuthorRole } from "./vocabulary";

// ─── Texts ───────────────────────────────────────────────────────────────────

/** A value the renderers format (fr-CA): « 0,24 », « Expertise 50 %, … », « 12 mars 2027 », « +30 »… */
export type Fmt =
  | { fmt: "gap"; value: number }
  | { fmt: "position"; value: Position }
  | { fmt: "ymd"; value: string }
  | { fmt: "instant"; value: string }
  | { fmt: "points"; value: number }
  /** A whole percentage (0..100): « 45 % ». */
  | { fmt: "percent"; value: number }
  | { fmt: "mandate"; value: Mandate }
  /** « A, B et C ». */
  | { fmt: "list"; items: readonly Text[] };

export interface Message {
  /** Full message key, e.g. "report.glance.title". */
  key: string;
  params?: Readonly<Record<string, Param>>;
}
export type Param = string | number | Message | Fmt;
/** A plain string is shown as is: a group's label or its own words. */
export type Text = string | Message | Fmt;

export const msg = (key: string, params?: Record<string, Param>): Message =>
  params === undefined ? { key } : { key, params };
const gap = (value: number): Fmt => ({ fmt: "gap", value });
const position = (value: Position): Fmt => ({ fmt: "position", value });
const list = (items: readonly Text[]): Fmt => ({ fmt: "list", items });
const labels = (groups: readonly { label: string }[]): Fmt => list(groups.map((g) => g.label));

// ─── Blocks ──────────────────────────────────────────────────────────────────

export interface ChartSeries {
  id: string;
  label: Text;
  /** The group's rank among all the démarche's groups: its colour and marker on every chart. */
  styleIndex?: number;
  current: Position | null;
  desired: Position | null;
}

export interface TableRow {
  header: Text;
  cells: readonly { text: Text; verdict?: Verdict; numeric?: boolean }[];
}

export interface PisteOutline {
  id: string;
  number: number;
  orientation: ReportPiste["orientation"];
  /** « Consolider des acquis », and « À arbitrer par le CA » when groups disagree. */
  tags: readonly Text[];
  title: string;
  description: string;
  supportedBy: Text;
  arbitrageNote: Text | null;
  /** Absent: the answer is not part of this view; `null`: not answered yet. */
  answer?: { decision: Text; lines: readonly Text[] } | null;
}

export type Block =
  | { type: "heading"; text: Text }
  | { type: "paragraph"; text: Text; tone?: "muted" | "strong" | "quote"; testId?: string }
  | { type: "list"; items: readonly Text[]; testId?: string }
  | { type: "table"; caption: Text; columns: readonly Text[]; rows: readonly TableRow[]; testId?: string }
  | { type: "chart"; id: string; title: Text; series: readonly ChartSeries[]; withTable: boolean }
  | { type: "piste"; piste: PisteOutline }
  | { type: "callout"; title: Text; items: readonly Text[]; testId?: string }
  /** A titled part (a group, a verdict kind, a reaction): its own headings are one level down. */
  | { type: "subsection"; title: Text; blocks: readonly Block[]; testId?: string; boxed?: boolean };

export interface OutlineSection {
  id: string;
  title: Text;
  blocks: readonly Block[];
  /** Framed: what the CA reads first. */
  emphasis?: boolean;
  /** On paper, starts a new page. */
  newPage?: boolean;
  /** On the page, names the blocks' container (for tests and assistive links). */
  blocksTestId?: string;
}

export interface ReportOutline {
  subtitle: Text;
  title: Text;
  meta: readonly Text[];
  sections: readonly OutlineSection[];
}

/**
 * A shorter document walked by the same two renderers (the exploration
 * summary, the inter-organismes bilan): a title, lines under it, sections.
 */
export interface DocumentOutline {
  subtitle?: Text;
  title: Text;
  meta: readonly Text[];
  /** A warning under the header (an incomplete bilan). */
  notice?: Text;
  sections: readonly OutlineSection[];
}

/** Every text of a document outline, its header included, in reading order. */
export function documentTexts(outline: DocumentOutline): Text[] {
  return [
    ...(outline.subtitle === undefined ? [] : [outline.subtitle]),
    outline.title,
    ...outline.meta,
    ...(outline.notice === undefined ? [] : [outline.notice]),
    ...outlineTexts(outline),
  ];
}

// ─── The report ──────────────────────────────────────────────────────────────

/** The CA report, in reading order: what the CA must decide first, then « En bref », then method and details. */
export function reportOutline(model: ReportModel): ReportOutline {
  const sections: (OutlineSection | null)[] = [
    decisionsSection(model),
    glanceSection(model),
    contextSection(model),
    participationSection(model),
    positionsSection(model),
    {
      id: "groups",
      title: msg("report.groups.title"),
      blocks: model.groups.map((group) => groupSubsection(model, group, { showPistes: true })),
    },
    cyclesSection(model),
    {
      id: "comparison",
      title: msg("report.comparison.title"),
      blocks: [
        { type: "paragraph", text: msg("report.comparison.intro") },
        ...comparisonBlocks(model),
        ...(model.pairs.length > 0 ? verdictBlocks(model) : []),
      ],
    },
    {
      id: "movements",
      title: msg("report.movements.title"),
      blocks: [{ type: "paragraph", text: msg("report.movements.intro") }, movementBlock(model)],
    },
    {
      id: "themes",
      title: msg("report.themes.title"),
      blocks: [{ type: "paragraph", text: msg("report.themes.intro") }, themeBlock(model)],
    },
    {
      id: "pistes",
      title: msg("report.pistes.title"),
      blocks: [{ type: "paragraph", text: msg("report.pistes.intro") }, ...pisteBlocks(model.pistes, false)],
    },
    arbitrageSection(model),
    answersSection(model),
    reactionsSection(model),
  ];
  return {
    subtitle: msg("report.subtitle", { demarche: model.demarche.name, organisation: model.demarche.organisationName }),
    title: msg("report.title"),
    meta: [
      msg("report.periodAndPhase", {
        start: { fmt: "ymd", value: model.demarche.startDate },
        end: { fmt: "ymd", value: model.demarche.endDate },
        phase: msg(`phases.${model.demarche.phase}`),
      }),
      msg("report.generatedOn", { date: { fmt: "instant", value: model.generatedAt } }),
    ],
    sections: sections.filter((s): s is OutlineSection => s !== null),
  };
}

/** Page 1: each piste in one line: its orientation, who supports it, and whether the CA must arbitrate. */
export function decisionsSection(model: Pick<ReportModel, "pistes">): OutlineSection {
  return {
    id: "decisions",
    title: msg("report.decisions.title"),
    emphasis: true,
    blocks:
      model.pistes.length === 0
        ? [{ type: "paragraph", text: msg("report.decisions.none") }]
        : [
            { type: "paragraph", text: msg("report.decisions.intro", { count: model.pistes.length }) },
            { type: "list", testId: "decision-list", items: model.pistes.map(decisionLine) },
          ],
  };
}

export function decisionLine(piste: ReportPiste, index: number): Message {
  return msg("report.decisions.line", {
    number: index + 1,
    title: piste.title,
    orientation: msg(`report.orientationTag.${piste.orientation}`),
    groups: piste.supportingGroups.length > 0 ? labels(piste.supportingGroups) : msg("report.pistes.noSupport"),
    status: piste.needsArbitrage
      ? msg(piste.arbitrageNote ? "report.decisions.arbitrate" : "report.decisions.arbitrateNoNote", {
          note: piste.arbitrageNote,
        })
      : "",
    answer: piste.answer ? msg("report.decisions.answered", { decision: msg(decisionKey(piste.answer.decision)) }) : "",
  });
}

function glanceSection(model: ReportModel): OutlineSection {
  const both = (verdict: Verdict) =>
    pairsWith(model, "current", verdict).length + pairsWith(model, "desired", verdict).length;
  const arbitrage = model.pistes.filter((p) => p.needsArbitrage).length;
  const unanswered = unansweredPistes(model).length;
  const { overall } = model;
  const items: Text[] = [
    msg("report.glance.groups", { count: model.participation.groups, participants: model.participation.participants }),
    msg("report.glance.released", { count: model.participation.releasedGroups }),
    msg("report.glance.verdicts", {
      convergences: msg("report.glance.convergences", { count: both("convergence") }),
      divergences: msg("report.glance.divergences", { count: both("divergence") }),
    }),
  ];
  if (overall.gap !== null && overall.orientation !== null) {
    items.push(
      msg("report.glance.overall", {
        reading: msg(plainReadingKey.gap(overall.gap, model.method)),
        gap: gap(overall.gap),
        orientation: msg(`report.orientation.${overall.orientation}`),
      }),
    );
  }
  for (const group of model.groups) {
    if (group.positions === null) continue;
    items.push(
      msg("report.glance.group", {
        group: group.label,
        orientation: msg(`report.orientation.${group.positions.orientation}`),
        reading: msg(plainReadingKey.gap(group.positions.gap, model.method)),
        gap: gap(group.positions.gap),
      }),
    );
  }
  if (model.previousCycle) {
    items.push(
      msg("report.glance.cycles", {
        previous: model.previousCycle.cycleLabel,
        count: model.previousCycle.rows.length,
        total: model.groups.length,
      }),
    );
  }
  items.push(
    model.pistes.length > 0
      ? msg("report.glance.pistesWithArbitrage", {
          pistes: msg("report.glance.pistes", { count: model.pistes.length }),
          arbitrage: msg("report.glance.arbitrage", { count: arbitrage }),
        })
      : msg("report.glance.pistes", { count: 0 }),
  );
  if (model.pistes.length > 0 && (model.caReport !== null || unanswered < model.pistes.length)) {
    items.push(msg("report.glance.unanswered", { count: unanswered }));
  }
  return {
    id: "glance",
    title: msg("report.glance.title"),
    emphasis: true,
    blocks: [{ type: "list", items, testId: "glance" }],
  };
}

function contextSection(model: ReportModel): OutlineSection {
  const m = model.method;
  return {
    id: "context",
    title: msg("report.context.title"),
    newPage: true,
    blocks: [
      { type: "paragraph", text: msg("report.context.intro", { organisation: model.demarche.organisationName }) },
      { type: "paragraph", text: msg("report.context.triangle") },
      { type: "paragraph", text: msg("report.context.steps") },
      { type: "paragraph", text: msg("report.context.gap", { consolidate: gap(m.consolidateMax) }) },
      {
        type: "paragraph",
        text: msg("report.context.verdicts", { convergence: gap(m.convergenceMax), divergence: gap(m.divergenceMin) }),
      },
      {
        type: "paragraph",
        text: msg("report.context.readings", {
          same: gap(SAME_SPOT),
          consolidate: gap(m.consolidateMax),
          large: gap(m.divergenceMin),
          agree: gap(m.convergenceMax),
          divided: gap(m.divergenceMin),
        }),
      },
      { type: "paragraph", text: msg("report.context.movements", { points: Math.round(m.movementThreshold * 100) }) },
      { type: "paragraph", text: msg("report.context.groupFigures") },
      { type: "paragraph", tone: "strong", text: msg("report.context.confidentiality", { min: m.minGroupSize }) },
      {
        type: "subsection",
        title: msg("report.context.meetingsTitle"),
        blocks: [
          model.meetings.length === 0
            ? { type: "paragraph", text: msg("report.context.noMeetings") }
            : {
                type: "list",
                items: model.meetings.map((meeting) =>
                  meeting.date === null
                    ? msg("report.context.meetingUndated", { title: meeting.title })
                    : msg(meeting.held ? "report.context.meetingHeld" : "report.context.meetingPlanned", {
                        title: meeting.title,
                        date: { fmt: "instant", value: meeting.date },
                      }),
                ),
              },
        ],
      },
    ],
  };
}

function participationSection(model: ReportModel): OutlineSection {
  return {
    id: "participation",
    title: msg("report.participation.title"),
    blocks: [
      { type: "paragraph", text: msg("report.participation.intro") },
      {
        type: "table",
        testId: "participation-table",
        caption: msg("report.participation.title"),
        columns: [
          msg("report.participation.group"),
          msg("report.participation.participants"),
          msg("report.participation.responses"),
          msg("report.participation.results"),
        ],
        rows: model.groups.map((group) => ({
          header: group.label,
          cells: [
            { text: String(group.participantCount), numeric: true },
            {
              numeric: true,
              text:
                group.status === "paper"
                  ? msg("report.participation.paperCount", { count: group.paperParticipantCount ?? 0 })
                  : group.responseCount === null
                    ? msg("report.participation.notShared")
                    : String(group.responseCount),
            },
            {
              text: msg(`report.participation.status.${group.status}`, {
                min: Math.max(group.minSize, model.method.minGroupSize),
              }),
            },
          ],
        })),
      },
    ],
  };
}

/** One series per group with figures (never an individual point). */
export function groupSeries(
  model: Pick<ReportModel, "groups">,
  onlyGroupId?: string,
): (ChartSeries & { label: string })[] {
  // model.groups lists every group of the démarche in its order: the index
  // there is the group's style, before any group is left out.
  return model.groups.flatMap((group, styleIndex) =>
    group.positions !== null && (onlyGroupId === undefined || group.id === onlyGroupId)
      ? [
          {
            id: group.id,
            label: group.label,
            styleIndex,
            current: group.positions.current,
            desired: group.positions.desired,
          },
        ]
      : [],
  );
}

function positionsSection(model: ReportModel): OutlineSection {
  const series = groupSeries(model);
  const paperGroups = model.groups.filter((g) => g.status === "paper");
  const { overall } = model;
  const blocks: Block[] =
    series.length === 0
      ? [{ type: "paragraph", text: msg("report.positions.none") }]
      : [
          { type: "paragraph", text: msg("report.positions.intro") },
          { type: "chart", id: "report-chart", title: msg("report.positions.chartTitle"), series, withTable: true },
          ...(overall.current && overall.desired && overall.gap !== null && overall.orientation
            ? [
                {
                  type: "paragraph" as const,
                  text: msg("report.positions.overall", {
                    current: position(overall.current),
                    desired: position(overall.desired),
                    gap: gap(overall.gap),
                    reading: msg(plainReadingKey.gap(overall.gap, model.method)),
                    orientation: msg(`report.orientation.${overall.orientation}`),
                  }),
                },
              ]
            : []),
          ...(paperGroups.length > 0
            ? [{ type: "paragraph" as const, text: msg("report.positions.paperNote", { groups: labels(paperGroups) }) }]
            : []),
        ];
  return { id: "positions", title: msg("report.positions.title"), blocks, newPage: true };
}

/**
 * One group's results in words: positions, gap and its reading, how the
 * figures were made and how much members agree, its reasons, conditions and
 * proposed pistes, and (after an earlier cycle) how far it moved. Groups
 * without figures say why, and nothing else.
 */
export function groupSubsection(
  model: {
    method: Pick<ReportModel["method"], "minGroupSize"> & Partial<Pick<ReportModel["method"], "consolidateMax">>;
    /** After an earlier cycle, each group says how it moved since then. */
    previousCycle?: ReportModel["previousCycle"];
  },
  group: ReportGroup,
  options: { showPistes: boolean },
): Block {
  const min = Math.max(group.minSize, model.method.minGroupSize);
  const participants = msg("report.groups.participants", { count: group.participantCount });
  const counts =
    group.responseCount === null
      ? participants
      : msg("report.groups.counts", {
          participants,
          responses: msg("report.groups.responses", { count: group.responseCount }),
        });
  const base = { type: "subsection" as const, title: group.label, testId: `group-${group.id}` };
  const cycle = model.previousCycle ? cycleBlock(model.previousCycle, group.id) : null;
  if (group.positions === null) {
    return {
      ...base,
      blocks: [
        { type: "paragraph", tone: "muted", text: counts },
        {
          type: "paragraph",
          text:
            group.status === "not-released" ? msg("report.groups.notReleased") : msg("report.groups.tooSmall", { min }),
        },
        ...(cycle ? [cycle] : []),
      ],
    };
  }
  const p = group.positions;
  const mode = group.decisionMode ? msg(`report.groups.decisionModes.${group.decisionMode}`) : "";
  const none = msg("report.groups.noText");
  const conditions = (kind: "entrave" | "favorise"): Block => {
    const items = group.conditions.filter((c) => c.kind === kind);
    return items.length === 0
      ? { type: "paragraph", tone: "muted", text: none }
      : {
          type: "list",
          items: items.map((c) =>
            c.text ? msg("report.groups.condition", { theme: c.theme, text: c.text }) : c.theme,
          ),
        };
  };
  const blocks: Block[] = [
    { type: "paragraph", tone: "muted", text: counts },
    { type: "paragraph", text: msg("report.groups.currentLine", { position: position(p.current) }) },
    { type: "paragraph", text: msg("report.groups.desiredLine", { position: position(p.desired) }) },
    {
      type: "paragraph",
      tone: "strong",
      text: msg("report.groups.gap", {
        gap: gap(p.gap),
        reading: msg(plainReadingKey.gap(p.gap, model.method)),
        orientation: msg(`report.orientation.${p.orientation}`),
      }),
    },
    {
      type: "paragraph",
      tone: "muted",
      text:
        group.status === "paper"
          ? msg("report.groups.paper", { count: group.paperParticipantCount ?? 0, mode })
          : group.agreed
            ? msg("report.groups.agreed", { mode })
            : msg("report.groups.mean", { count: group.responseCount ?? 0 }),
    },
  ];
  if (group.dispersion) {
    blocks.push({
      type: "paragraph",
      tone: "muted",
      text: msg("report.groups.dispersion", {
        current: gap(group.dispersion.current),
        currentReading: msg(plainReadingKey.dispersion(group.dispersion.current, model.method)),
        desired: gap(group.dispersion.desired),
        desiredReading: msg(plainReadingKey.dispersion(group.dispersion.desired, model.method)),
      }),
    });
  }
  if (cycle) blocks.push(cycle);
  blocks.push(
    { type: "heading", text: msg("report.groups.why") },
    { type: "paragraph", tone: group.justification ? "quote" : "muted", text: group.justification || none },
    { type: "heading", text: msg("report.groups.examples") },
    { type: "paragraph", tone: group.examples ? "quote" : "muted", text: group.examples || none },
    { type: "heading", text: msg("report.groups.hinder") },
    conditions("entrave"),
    { type: "heading", text: msg("report.groups.support") },
    conditions("favorise"),
  );
  if (options.showPistes) {
    blocks.push(
      { type: "heading", text: msg("report.groups.pistes") },
      group.pistes.length === 0
        ? { type: "paragraph", tone: "muted", text: none }
        : {
            type: "list",
            items: group.pistes.map((piste) =>
              msg(piste.description ? "report.groups.pisteWithDescription" : "report.groups.piste", {
                title: piste.title,
                orientation: msg(`report.orientation.${piste.orientation}`),
                description: piste.description,
              }),
            ),
          },
    );
  }
  return { ...base, blocks };
}

const STEPS = ["current", "desired"] as const;

const NOT_COMPARED: Record<CycleComparison, string> = {
  absent: "absent",
  "no-figures-then": "then",
  "no-figures-now": "now",
  "no-figures-both": "both",
  // A row missing for a compared group cannot happen; say nothing is compared rather than show a figure.
  compared: "both",
};

/** Whole percentages as the chart and the position lines print them (largest remainder). */
const percentages = (p: Position) => perMilleToPercentages(toPerMille(p));

/**
 * Next to a group's results, after an earlier cycle: how its current and its
 * desired positions moved, each as a distance with its plain reading and
 * mandate by mandate (« Expertise : de 60 % à 45 % (−15 points) »). Only when both cycles' groups show figures; otherwise one
 * sentence says why there is no comparison, and no figure at all.
 */
export function cycleBlock(previous: NonNullable<ReportModel["previousCycle"]>, groupId: string): Block {
  const title = msg("report.cycles.groupTitle", { previous: previous.cycleLabel });
  const testId = `cycle-${groupId}`;
  const comparison = previous.groups.find((g) => g.groupId === groupId)?.comparison ?? "absent";
  const row = previous.rows.find((r) => r.groupId === groupId);
  if (comparison !== "compared" || row === undefined) {
    return {
      type: "subsection",
      boxed: true,
      title,
      testId,
      blocks: [
        {
          type: "paragraph",
          tone: "muted",
          text: msg("report.cycles.notCompared", {
            reason: NOT_COMPARED[comparison],
            previous: previous.cycleLabel,
          }),
        },
      ],
    };
  }
  const blocks = STEPS.flatMap((step): Block[] => {
    const shift = step === "current" ? row.currentShift : row.desiredShift;
    const then = percentages(row.then[step]);
    const now = percentages(row.now[step]);
    return [
      {
        type: "paragraph",
        text: msg("report.cycles.stepShift", {
          step: msg(step === "current" ? "report.cycles.stepCurrent" : "report.cycles.stepDesired"),
          shift: gap(shift),
          reading: msg(plainReadingKey.shift(shift)),
        }),
      },
      {
        type: "list",
        items: MANDATES.map((mandate) =>
          then[mandate] === now[mandate]
            ? msg("report.cycles.mandateSame", {
                mandate: { fmt: "mandate", value: mandate },
                value: { fmt: "percent", value: now[mandate] },
              })
            : msg("report.cycles.mandate", {
                mandate: { fmt: "mandate", value: mandate },
                then: { fmt: "percent", value: then[mandate] },
                now: { fmt: "percent", value: now[mandate] },
                points: { fmt: "points", value: (now[mandate] - then[mandate]) / 100 },
              }),
        ),
      },
    ];
  });
  return { type: "subsection", boxed: true, title, testId, blocks };
}

/** The convergence / divergence table: verdicts in words (colour is only a second cue). */
export function comparisonBlocks(model: Pick<ReportModel, "pairs">): Block[] {
  if (model.pairs.length === 0) return [{ type: "paragraph", text: msg("report.comparison.none") }];
  return [
    {
      type: "table",
      testId: "comparison-table",
      caption: msg("report.comparison.title"),
      columns: [msg("report.comparison.pair"), msg("report.comparison.current"), msg("report.comparison.desired")],
      rows: model.pairs.map((pair: ReportPair) => ({
        header: msg("report.comparison.pairLabel", { a: pair.a.label, b: pair.b.label }),
        cells: STEPS.map((step) => ({
          verdict: pair[step].verdict,
          text: msg("report.comparison.cell", {
            verdict: msg(`report.verdict.${pair[step].verdict}`),
            distance: gap(pair[step].distance),
          }),
        })),
      })),
    },
  ];
}

/** Convergences, divergences and nuances in sentences, each with its plain reading. */
export function verdictBlocks(model: Pick<ReportModel, "pairs">): Block[] {
  const kinds = [
    ["convergence", "report.comparison.convergencesTitle"],
    ["divergence", "report.comparison.divergencesTitle"],
    ["nuance", "report.comparison.nuancesTitle"],
  ] as const;
  return kinds.map(([verdict, title]) => {
    const items = STEPS.flatMap((step) =>
      pairsWith(model, step, verdict).map((pair) =>
        msg("report.comparison.pairSentence", {
          a: pair.a.label,
          b: pair.b.label,
          step: msg(step === "current" ? "report.comparison.stepCurrent" : "report.comparison.stepDesired"),
          distance: gap(pair[step].distance),
          reading: msg(plainReadingKey.verdict(verdict)),
        }),
      ),
    );
    return {
      type: "subsection",
      title: msg(title),
      testId: `verdicts-${verdict}`,
      blocks: [
        items.length === 0
          ? { type: "paragraph", tone: "muted", text: msg("report.comparison.noneOfKind") }
          : { type: "list", items },
      ],
    };
  });
}

export function movementBlock(model: Pick<ReportModel, "oppositeMovements">): Block {
  if (model.oppositeMovements.length === 0) return { type: "paragraph", text: msg("report.movements.none") };
  const deltas = (groups: readonly { label: string; delta: number }[]) =>
    list(
      groups.map((g) => msg("report.movements.delta", { group: g.label, points: { fmt: "points", value: g.delta } })),
    );
  return {
    type: "list",
    testId: "opposite-movements",
    items: model.oppositeMovements.map((movement) =>
      msg("report.movements.sentence", {
        mandate: { fmt: "mandate", value: movement.mandate },
        up: deltas(movement.increase),
        down: deltas(movement.decrease),
      }),
    ),
  };
}

export function themeBlock(model: Pick<ReportModel, "sharedThemes">): Block {
  if (model.sharedThemes.length === 0) return { type: "paragraph", text: msg("report.themes.none") };
  return {
    type: "list",
    testId: "shared-themes",
    items: model.sharedThemes.map((theme) => {
      const { entrave, favorise } = theme.groupsByKind;
      const key =
        entrave.length > 0 && favorise.length > 0
          ? "report.themes.both"
          : entrave.length > 0
            ? "report.themes.hinderOnly"
            : "report.themes.supportOnly";
      return msg(key, { theme: theme.label, hinder: labels(entrave), support: labels(favorise) });
    }),
  };
}

const decisionKey = (decision: string) => `report.answers.decisions.${decision}`;
const ROLE_KEY: Record<AuthorRole, string> = {
  "ca-delegate": "report.roles.caDelegate",
  facilitator: "report.roles.facilitator",
  member: "report.roles.member",
  unknown: "report.roles.unknown",
};
export const roleKey = (role: AuthorRole): string => ROLE_KEY[role];

/** One piste as a card; with `showAnswers`, the CA's answer, the meeting that adopted it and who wrote it. */
export function pisteOutline(piste: ReportPiste, index: number, showAnswers: boolean): PisteOutline {
  const outline: PisteOutline = {
    id: piste.id,
    number: index + 1,
    orientation: piste.orientation,
    tags: [
      msg(`report.orientationTag.${piste.orientation}`),
      ...(piste.needsArbitrage ? [msg("report.pistes.arbitrage")] : []),
    ],
    title: piste.title,
    description: piste.description,
    supportedBy: msg("report.pistes.supportedBy", {
      groups: piste.supportingGroups.length > 0 ? labels(piste.supportingGroups) : msg("report.pistes.noSupport"),
    }),
    arbitrageNote:
      piste.needsArbitrage && piste.arbitrageNote
        ? msg("report.pistes.arbitrageNote", { note: piste.arbitrageNote })
        : null,
  };
  if (!showAnswers) return outline;
  const a = piste.answer;
  if (a === null) return { ...outline, answer: null };
  const lines: Text[] = [msg("report.answers.reasons", { reasons: a.reasons })];
  if (a.responsible) lines.push(msg("report.answers.responsible", { responsible: a.responsible }));
  if (a.dueDate) lines.push(msg("report.answers.dueDate", { date: { fmt: "ymd", value: a.dueDate } }));
  if (a.adoptedOn) {
    lines.push(
      msg(a.resolution ? "report.answers.adoptedWithResolution" : "report.answers.adopted", {
        date: { fmt: "ymd", value: a.adoptedOn },
        resolution: a.resolution,
      }),
    );
  } else if (a.resolution) {
    lines.push(msg("report.answers.resolution", { resolution: a.resolution }));
  }
  lines.push(msg("report.answers.writtenBy", { role: msg(roleKey(a.writtenBy)) }));
  return {
    ...outline,
    answer: { decision: msg("report.answers.decision", { decision: msg(decisionKey(a.decision)) }), lines },
  };
}

export function pisteBlocks(pistes: readonly ReportPiste[], showAnswers: boolean): Block[] {
  if (pistes.length === 0) return [{ type: "paragraph", text: msg("report.pistes.none") }];
  return pistes.map((piste, index) => ({ type: "piste", piste: pisteOutline(piste, index, showAnswers) }));
}

function arbitrageSection(model: ReportModel): OutlineSection {
  const arbitrage = model.pistes.filter((p) => p.needsArbitrage);
  return {
    id: "arbitrage",
    title: msg("report.arbitrage.title"),
    blocks: [
      { type: "paragraph", text: msg("report.arbitrage.intro") },
      arbitrage.length === 0
        ? { type: "paragraph", text: msg("report.arbitrage.none") }
        : {
            type: "list",
            testId: "arbitrage-list",
            items: arbitrage.map((piste) =>
              piste.arbitrageNote
                ? msg("report.arbitrage.item", { title: piste.title, note: piste.arbitrageNote })
                : piste.title,
            ),
          },
    ],
  };
}

/** Each group twice, earlier cycle first, labelled « Intervenant.e.s — 2024-2025 ». */
export function cycleSeries(model: Pick<ReportModel, "previousCycle" | "demarche">): ChartSeries[] {
  const previous = model.previousCycle;
  if (previous === null) return [];
  return previous.rows.flatMap((row, index) => [
    {
      id: `then-${index}`,
      label: msg("report.cycles.series", { group: row.label, cycle: previous.cycleLabel }),
      current: row.then.current,
      desired: row.then.desired,
    },
    {
      id: `now-${index}`,
      label: msg("report.cycles.series", { group: row.label, cycle: model.demarche.cycleLabel }),
      current: row.now.current,
      desired: row.now.desired,
    },
  ]);
}

function cyclesSection(model: ReportModel): OutlineSection | null {
  const previous = model.previousCycle;
  if (previous === null) return null;
  const intro: Block = {
    type: "paragraph",
    text: msg("report.cycles.intro", {
      name: previous.name,
      previous: previous.cycleLabel,
      now: model.demarche.cycleLabel,
    }),
  };
  return {
    id: "cycles",
    title: msg("report.cycles.title", { previous: previous.cycleLabel }),
    blocks:
      previous.rows.length === 0
        ? [intro, { type: "paragraph", text: msg("report.cycles.none") }]
        : [
            intro,
            {
              type: "chart",
              id: "cycle-chart",
              title: msg("report.cycles.chartTitle", { previous: previous.cycleLabel, now: model.demarche.cycleLabel }),
              series: cycleSeries(model),
              withTable: true,
            },
            { type: "paragraph", text: msg("report.cycles.seeGroups", { previous: previous.cycleLabel }) },
          ],
  };
}

/** Whether and how the CA's answer was published: « Publié le … par un.e délégué.e du CA ». */
export function publicationLine(caReport: ReportModel["caReport"]): Message {
  if (!caReport?.publishedAt) return msg("report.answers.draft");
  return msg("report.answers.publishedBy", {
    date: { fmt: "instant", value: caReport.publishedAt },
    role: msg(roleKey(caReport.publishedBy ?? "unknown")),
  });
}

function answersSection(model: ReportModel): OutlineSection | null {
  if (!model.pistes.some((p) => p.answer !== null) && model.caReport === null) return null;
  const blocks: Block[] = [{ type: "paragraph", tone: "strong", text: publicationLine(model.caReport) }];
  if (model.caReport?.summary) {
    blocks.push({
      type: "subsection",
      title: msg("report.answers.summary"),
      blocks: [{ type: "paragraph", tone: "quote", text: model.caReport.summary }],
    });
  }
  blocks.push(...pisteBlocks(model.pistes, true));
  return { id: "answers", title: msg("report.answers.title"), blocks };
}

/** The groups' reactions, each with its date: the latest version of each group's text. */
export function reactionBlocks(reactions: ReportModel["reactions"]): Block[] {
  if (reactions.length === 0) return [{ type: "paragraph", text: msg("report.reactions.none") }];
  return reactions.map((reaction) => ({
    type: "subsection",
    boxed: true,
    testId: "reaction",
    title: reaction.group.label,
    blocks: [
      {
        type: "paragraph",
        tone: "muted",
        text: msg("report.reactions.date", { date: { fmt: "instant", value: reaction.updatedAt } }),
      },
      { type: "paragraph", tone: "quote", text: reaction.text },
    ],
  }));
}

function reactionsSection(model: ReportModel): OutlineSection | null {
  if (!model.caReport?.publishedAt) return null;
  return {
    id: "reactions",
    title: msg("report.reactions.title"),
    blocks: reactionBlocks(model.reactions),
    blocksTestId: "reaction-list",
  };
}

// ─── Walking an outline ──────────────────────────────────────────────────────

/** Every text of a block list, in reading order (tests compare the page and the PDF with this). */
export function outlineTexts(outline: Pick<ReportOutline, "sections">): Text[] {
  return outline.sections.flatMap((section) => [section.title, ...blockTexts(section.blocks)]);
}

export function blockTexts(blocks: readonly Block[]): Text[] {
  return blocks.flatMap((block): Text[] => {
    switch (block.type) {
      case "heading":
      case "paragraph":
        return [block.text];
      case "list":
        return [...block.items];
      case "callout":
        return [block.title, ...block.items];
      case "table":
        return [...block.columns, ...block.rows.flatMap((row) => [row.header, ...row.cells.map((c) => c.text)])];
      case "chart":
        return [block.title];
      case "piste": {
        const p = block.piste;
        return [
          ...p.tags,
          p.title,
          ...(p.description ? [p.description] : []),
          p.supportedBy,
          ...(p.arbitrageNote ? [p.arbitrageNote] : []),
          ...(p.answer
            ? [p.answer.decision, ...p.answer.lines]
            : p.answer === null
              ? [msg("report.answers.none")]
              : []),
        ];
      }
      case "subsection":
        return [block.title, ...blockTexts(block.blocks)];
    }
  });
}
