/**
 * One organisation's copy of the « bilan des apprentissages » of an
 * inter-organismes démarche (decision 023) as an outline: the bilan page and
 * its PDF both walk it (decision 016's rule, extended by decision 024's
 * addendum), in the démarche's output language. Its own organisation first;
 * only agreed positions, never a person's. Pure: texts are message keys, the
 * organisations' names, the workshops' labels and their words plain strings.
 */
import {
  comparisonsForCopy,
  otherSide,
  type InterComparison,
  type InterPositionReading,
  type InterSide,
  type InterWorkshop,
} from "./inter-organisations";
import { fromPerMille, type PerMille } from "./position";
import {
  msg,
  type Block,
  type ChartSeries,
  type DocumentOutline,
  type Message,
  type OutlineSection,
} from "./report-outline";

/** What the bilan needs of an inter démarche (getInterDemarche gives more). */
export interface BilanModel {
  organisations: readonly { side: InterSide; name: string }[];
  workshops: readonly { kind: InterWorkshop; label: string }[];
  agreements: readonly {
    workshop: InterWorkshop;
    side: InterSide;
    current: PerMille;
    desired: PerMille;
    why: string;
    examples: string;
  }[];
  comparisons: readonly InterComparison[];
  readings: readonly InterPositionReading[];
  missing: readonly unknown[];
}

const gap = (value: number) => ({ fmt: "gap", value }) as const;

/** `side`: whose copy (its organisation comes first in each workshop and among the comparisons). */
export function bilanOutline(model: BilanModel, side: InterSide): DocumentOutline {
  const orgName = (s: InterSide) => model.organisations.find((o) => o.side === s)?.name ?? "";
  const workshopLabel = (kind: InterWorkshop) => model.workshops.find((w) => w.kind === kind)?.label ?? kind;
  const order = [side, otherSide(side)];
  const cells = model.workshops.flatMap((w) =>
    order.map((s) => ({
      workshop: w,
      side: s,
      agreement: model.agreements.find((a) => a.workshop === w.kind && a.side === s),
    })),
  );
  const series: ChartSeries[] = cells.flatMap((c, index) =>
    c.agreement
      ? [
          {
            id: `${c.workshop.kind}-${c.side}`,
            label: msg("interBilan.seriesLabel", { workshop: c.workshop.label, organisation: orgName(c.side) }),
            current: fromPerMille(c.agreement.current),
            desired: fromPerMille(c.agreement.desired),
            styleIndex: index,
          },
        ]
      : [],
  );

  const positions: OutlineSection = {
    id: "positions",
    title: msg("interBilan.positionsTitle"),
    blocks: cells.map(({ workshop, side: s, agreement }): Block => {
      const reading = model.readings.find((r) => r.workshop === workshop.kind && r.side === s);
      const blocks: Block[] = agreement
        ? [
            {
              type: "paragraph",
              text: msg("interBilan.currentIs", {
                position: { fmt: "position", value: fromPerMille(agreement.current) },
              }),
            },
            {
              type: "paragraph",
              text: msg("interBilan.desiredIs", {
                position: { fmt: "position", value: fromPerMille(agreement.desired) },
              }),
            },
            ...(reading
              ? [
                  {
                    type: "paragraph",
                    tone: "strong",
                    text: msg("interBilan.gap", {
                      gap: gap(reading.gap),
                      orientation: msg(`chart.orientation.${reading.orientation}`),
                    }),
                  } as const,
                ]
              : []),
            ...(agreement.why
              ? ([
                  { type: "heading", text: msg("interBilan.why") },
                  { type: "paragraph", text: agreement.why, tone: "quote" },
                ] as const)
              : []),
            ...(agreement.examples
              ? ([
                  { type: "heading", text: msg("interBilan.examples") },
                  { type: "paragraph", text: agreement.examples, tone: "quote" },
                ] as const)
              : []),
          ]
        : [{ type: "paragraph", text: msg("interBilan.none"), tone: "muted" }];
      return {
        type: "subsection",
        boxed: true,
        testId: `bilan-${workshop.kind}-${s}`,
        title: msg("interBilan.workshopSays", { workshop: workshop.label, organisation: orgName(s) }),
        blocks,
      };
    }),
  };

  const comparisons = comparisonsForCopy(model.comparisons, side);
  const pairTitle = (c: InterComparison): Message =>
    c.kind === "organisations"
      ? msg("interBilan.organisationsPair", {
          workshop: workshopLabel(c.a.workshop),
          a: orgName(c.a.side),
          b: orgName(c.b.side),
        })
      : msg("interBilan.perspectivesPair", { organisation: orgName(c.a.side) });
  const comparisonSection: OutlineSection = {
    id: "comparisons",
    title: msg("interBilan.comparisonsTitle"),
    blocks:
      comparisons.length === 0
        ? [{ type: "paragraph", text: msg("interBilan.noComparison") }]
        : (["organisations", "perspectives"] as const).flatMap((kind): Block[] => {
            const list = comparisons.filter((c) => c.kind === kind);
            if (list.length === 0) return [];
            return [
              {
                type: "subsection",
                title: msg(kind === "organisations" ? "interBilan.organisationsTitle" : "interBilan.perspectivesTitle"),
                blocks: list.flatMap((c): Block[] => [
                  { type: "heading", text: pairTitle(c) },
                  {
                    type: "list",
                    items: [
                      msg("interBilan.pairCurrent", {
                        verdict: msg(`chart.verdict.${c.current.verdict}`),
                        distance: gap(c.current.distance),
                      }),
                      msg("interBilan.pairDesired", {
                        verdict: msg(`chart.verdict.${c.desired.verdict}`),
                        distance: gap(c.desired.distance),
                      }),
                    ],
                  },
                ]),
              },
            ];
          }),
  };

  const sections: OutlineSection[] = [
    ...(series.length > 0
      ? [
          {
            id: "chart",
            title: msg("interBilan.chartTitle"),
            // No data table under the chart: each workshop's block below says its positions and gap in words.
            blocks: [
              { type: "chart", id: "bilan-triangle", title: msg("interBilan.chartTitle"), series, withTable: false },
            ] as const,
          },
        ]
      : []),
    positions,
    comparisonSection,
    {
      id: "next",
      title: msg("interBilan.nextTitle"),
      blocks: [
        {
          type: "list",
          items: (["organisation", "intra", "sectors"] as const).map((key) => msg(`interBilan.next.${key}`)),
        },
      ],
    },
  ];

  return {
    subtitle: msg("interBilan.partners", { a: orgName("a"), b: orgName("b") }),
    title: msg("interBilan.title"),
    meta: [msg("interBilan.copyFor", { organisation: orgName(side) }), msg("interBilan.confidentiality")],
    ...(model.missing.length > 0 ? { notice: msg("interBilan.incomplete", { count: model.missing.length }) } : {}),
    sections,
  };
}
