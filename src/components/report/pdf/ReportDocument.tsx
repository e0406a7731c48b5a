/**
 * The CA report as a PDF document (@react-pdf/renderer), rendered on the
 * server. Same model and same sections as the web page (ReportView), written
 * for paper: every page carries the démarche's name, the date and its number.
 * Standard PDF fonts only (no embedding, no download); see pdf-text.ts.
 */
import { Document, Font, Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { Mandate } from "@/domain/mandates";
import type { ReportGroup, ReportModel, ReportPiste } from "@/domain/report-model";
import type { Verdict } from "@/domain/synthesis";
import { looseTranslator } from "@/i18n/translator";
import { chartLabelsFrom } from "../chart-labels";
import { gapText, instantText, listText, pointsText, positionText, ymdText } from "../format";
import { cycleSeries, groupSeries } from "../report-series";
import { PdfTriangle } from "./PdfTriangle";
import { pdfText } from "./pdf-text";

// react-pdf hyphenates with English rules; French words are better kept whole.
Font.registerHyphenationCallback((word) => [word]);

const INK = "#1A1A1A";
const BRAND = "#14532D";
const MUTED = "#4B4B4B";

const styles = {
  page: {
    paddingTop: 56,
    paddingBottom: 56,
    paddingHorizontal: 54,
    fontFamily: "Helvetica",
    fontSize: 10.5,
    color: INK,
  },
  header: {
    position: "absolute",
    top: 24,
    left: 54,
    right: 54,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: MUTED,
    borderBottomWidth: 0.5,
    borderColor: "#AAAAAA",
    paddingBottom: 4,
  },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 54,
    right: 54,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: MUTED,
    borderTopWidth: 0.5,
    borderColor: "#AAAAAA",
    paddingTop: 4,
  },
  // No lineHeight anywhere: in react-pdf 4.9 a unitless line height spaces
  // lines far more than asked, and on the page it hides the page-number
  // footer. The default (about 1.15) reads well at this size.
  body: {},
  h1: { fontFamily: "Helvetica-Bold", fontSize: 22, color: BRAND, marginBottom: 8 },
  h2: { fontFamily: "Helvetica-Bold", fontSize: 15, color: BRAND, marginTop: 16, marginBottom: 6 },
  h3: { fontFamily: "Helvetica-Bold", fontSize: 12, marginTop: 10, marginBottom: 3 },
  h4: { fontFamily: "Helvetica-Bold", fontSize: 10.5, marginTop: 5, marginBottom: 1 },
  p: { marginBottom: 6 },
  muted: { color: MUTED },
  bullet: { flexDirection: "row", marginBottom: 3 },
  box: { borderWidth: 1.5, borderColor: BRAND, backgroundColor: "#F0FDF4", padding: 10, marginVertical: 8 },
  card: { borderWidth: 0.75, borderColor: "#999999", padding: 8, marginBottom: 8 },
  tag: { fontFamily: "Helvetica-Bold", fontSize: 9 },
} as const;

function P({ children, style }: { children: string; style?: object }) {
  return <Text style={{ ...styles.p, ...style }}>{pdfText(children)}</Text>;
}

function Bullet({ children }: { children: string }) {
  return (
    <View style={styles.bullet} wrap={false}>
      <Text style={{ width: 12 }}>•</Text>
      <Text style={{ flex: 1 }}>{pdfText(children)}</Text>
    </View>
  );
}

/** A heading that never ends a page on its own. */
function H2({ children }: { children: string }) {
  return (
    <Text style={styles.h2} minPresenceAhead={60}>
      {pdfText(children)}
    </Text>
  );
}

function H3({ children }: { children: string }) {
  return (
    <Text style={styles.h3} minPresenceAhead={40}>
      {pdfText(children)}
    </Text>
  );
}

function H4({ children }: { children: string }) {
  return (
    <Text style={styles.h4} minPresenceAhead={24}>
      {pdfText(children)}
    </Text>
  );
}

export function ReportDocument({ model }: { model: ReportModel }): ReactNode {
  const t = looseTranslator("report");
  const tPhase = looseTranslator("phases");
  const tChart = looseTranslator("chart");
  const labels = chartLabelsFrom((key) => tChart(key as never));
  const names = labels.mandatesShort ?? labels.mandates;
  const m = model.method;
  const series = groupSeries(model);
  const arbitrage = model.pistes.filter((p) => p.needsArbitrage);
  const count = (verdict: Verdict) =>
    model.pairs.reduce(
      (n, p) => n + (p.current.verdict === verdict ? 1 : 0) + (p.desired.verdict === verdict ? 1 : 0),
      0,
    );
  const generated = instantText(model.generatedAt);
  const paperGroups = model.groups.filter((g) => g.status === "paper");
  const answersShown = model.pistes.some((p) => p.answer !== null) || model.caReport !== null;

  return (
    <Document
      title={pdfText(`${t("title")} — ${model.demarche.name}`)}
      author="Regards croisés"
      subject={pdfText(model.demarche.organisationName)}
      language="fr-CA"
      creator="Regards croisés"
      producer="Regards croisés"
    >
      <Page size="LETTER" style={styles.page} wrap>
        <View style={styles.header} fixed>
          <Text>{pdfText(`${model.demarche.organisationName} — ${model.demarche.name}`)}</Text>
        </View>
        <View style={styles.footer} fixed>
          <Text>{pdfText(`${t("title")} · ${t("generatedOn", { date: generated })}`)}</Text>
          <Text
            render={({ pageNumber, totalPages }) => pdfText(t("pageNumber", { page: pageNumber, total: totalPages }))}
          />
        </View>

        <View style={styles.body}>
          <Text style={{ ...styles.muted, fontSize: 11 }}>
            {pdfText(t("subtitle", { demarche: model.demarche.name, organisation: model.demarche.organisationName }))}
          </Text>
          <Text style={styles.h1}>{pdfText(t("title"))}</Text>
          <P>{`${t("period", { start: ymdText(model.demarche.startDate), end: ymdText(model.demarche.endDate) })} · ${t("phase", { phase: tPhase(model.demarche.phase) })}`}</P>
          <P style={styles.muted}>{t("generatedOn", { date: generated })}</P>

          <View style={styles.box} wrap={false}>
            <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 12, marginBottom: 4 }}>
              {pdfText(t("glance.title"))}
            </Text>
            <Bullet>
              {t("glance.groups", {
                count: model.participation.groups,
                participants: model.participation.participants,
              })}
            </Bullet>
            <Bullet>{t("glance.released", { count: model.participation.releasedGroups })}</Bullet>
            <Bullet>{`${t("glance.convergences", { count: count("convergence") })}, ${t("glance.divergences", { count: count("divergence") })}`}</Bullet>
            <Bullet>
              {`${t("glance.pistes", { count: model.pistes.length })}${model.pistes.length > 0 ? `, ${t("glance.arbitrage", { count: arbitrage.length })}` : ""}`}
            </Bullet>
          </View>

          <H2>{t("context.title")}</H2>
          <P>{t("context.intro", { organisation: model.demarche.organisationName })}</P>
          <P>{t("context.triangle")}</P>
          <P>{t("context.steps")}</P>
          <P>{t("context.gap", { consolidate: gapText(m.consolidateMax) })}</P>
          <P>
            {t("context.verdicts", { convergence: gapText(m.convergenceMax), divergence: gapText(m.divergenceMin) })}
          </P>
          <P>{t("context.movements", { points: Math.round(m.movementThreshold * 100) })}</P>
          <P>{t("context.groupFigures")}</P>
          <P style={{ fontFamily: "Helvetica-Bold" }}>{t("context.confidentiality", { min: m.minGroupSize })}</P>
          {/* A usual calendar (about six meetings) stays on one page with its heading. */}
          <View wrap={model.meetings.length > 12}>
            <H3>{t("context.meetingsTitle")}</H3>
            {model.meetings.length === 0 ? <P>{t("context.noMeetings")}</P> : null}
            {model.meetings.map((meeting, index) => (
              <Bullet key={index}>
                {meeting.date === null
                  ? t("context.meetingUndated", { title: meeting.title })
                  : t(meeting.held ? "context.meetingHeld" : "context.meetingPlanned", {
                      title: meeting.title,
                      date: instantText(meeting.date),
                    })}
              </Bullet>
            ))}
          </View>

          <H2>{t("participation.title")}</H2>
          <P>{t("participation.intro")}</P>
          <ParticipationTable model={model} />

          {series.length === 0 ? (
            <View>
              <H2>{t("positions.title")}</H2>
              <P>{t("positions.none")}</P>
            </View>
          ) : (
            <View>
              {/* The heading, its introduction and the chart move to a new page together. */}
              <View wrap={false}>
                <H2>{t("positions.title")}</H2>
                <P>{t("positions.intro")}</P>
                <PdfTriangle series={series} labels={labels} title={t("positions.chartTitle")} />
              </View>
              {model.overall.current &&
              model.overall.desired &&
              model.overall.gap !== null &&
              model.overall.orientation ? (
                <P style={{ marginTop: 6 }}>
                  {t("positions.overall", {
                    current: positionText(model.overall.current, names),
                    desired: positionText(model.overall.desired, names),
                    gap: gapText(model.overall.gap),
                    orientation: t(`orientation.${model.overall.orientation}`),
                  })}
                </P>
              ) : null}
              {paperGroups.length > 0 ? (
                <P>{t("positions.paperNote", { groups: listText(paperGroups.map((g) => g.label)) })}</P>
              ) : null}
            </View>
          )}

          <H2>{t("groups.title")}</H2>
          {model.groups.map((group) => (
            <PdfGroup key={group.id} group={group} names={names} minGroupSize={m.minGroupSize} />
          ))}

          <H2>{t("comparison.title")}</H2>
          <P>{t("comparison.intro")}</P>
          <ComparisonTable model={model} />
          {model.pairs.length > 0 ? <VerdictLists model={model} /> : null}

          <H2>{t("movements.title")}</H2>
          <P>{t("movements.intro")}</P>
          {model.oppositeMovements.length === 0 ? <P>{t("movements.none")}</P> : null}
          {model.oppositeMovements.map((movement) => (
            <Bullet key={movement.mandate}>
              {t("movements.sentence", {
                mandate: names[movement.mandate as Mandate],
                up: listText(
                  movement.increase.map((g) => t("movements.delta", { group: g.label, points: pointsText(g.delta) })),
                ),
                down: listText(
                  movement.decrease.map((g) => t("movements.delta", { group: g.label, points: pointsText(g.delta) })),
                ),
              })}
            </Bullet>
          ))}

          <H2>{t("themes.title")}</H2>
          <P>{t("themes.intro")}</P>
          {model.sharedThemes.length === 0 ? <P>{t("themes.none")}</P> : null}
          {model.sharedThemes.map((theme) => (
            <Bullet key={theme.label}>
              {`${theme.label} — ${[
                theme.groupsByKind.entrave.length > 0
                  ? t("themes.hinder", { groups: listText(theme.groupsByKind.entrave.map((g) => g.label)) })
                  : null,
                theme.groupsByKind.favorise.length > 0
                  ? t("themes.support", { groups: listText(theme.groupsByKind.favorise.map((g) => g.label)) })
                  : null,
              ]
                .filter(Boolean)
                .join("; ")}`}
            </Bullet>
          ))}

          <H2>{t("pistes.title")}</H2>
          <P>{t("pistes.intro")}</P>
          {model.pistes.length === 0 ? <P>{t("pistes.none")}</P> : null}
          {model.pistes.map((piste, index) => (
            <PdfPiste key={piste.id} piste={piste} index={index} showAnswer={false} />
          ))}

          <H2>{t("arbitrage.title")}</H2>
          <P>{t("arbitrage.intro")}</P>
          {arbitrage.length === 0 ? <P>{t("arbitrage.none")}</P> : null}
          {arbitrage.map((piste) => (
            <Bullet key={piste.id}>
              {piste.arbitrageNote ? `${piste.title} : ${piste.arbitrageNote}` : piste.title}
            </Bullet>
          ))}

          {model.previousCycle ? (
            <View>
              <H2>{t("cycles.title", { previous: model.previousCycle.cycleLabel })}</H2>
              <P>
                {t("cycles.intro", {
                  name: model.previousCycle.name,
                  previous: model.previousCycle.cycleLabel,
                  now: model.demarche.cycleLabel,
                })}
              </P>
              {model.previousCycle.rows.length === 0 ? (
                <P>{t("cycles.none")}</P>
              ) : (
                <View>
                  <PdfTriangle
                    series={cycleSeries(model, (group, cycle) => t("cycles.series", { group, cycle }))}
                    labels={labels}
                    title={t("cycles.chartTitle", {
                      previous: model.previousCycle.cycleLabel,
                      now: model.demarche.cycleLabel,
                    })}
                  />
                  {model.previousCycle.rows.map((row) => (
                    <Bullet key={row.label}>
                      {t("cycles.shift", {
                        group: row.label,
                        current: gapText(row.currentShift),
                        desired: gapText(row.desiredShift),
                        previous: model.previousCycle?.cycleLabel ?? "",
                      })}
                    </Bullet>
                  ))}
                </View>
              )}
            </View>
          ) : null}

          {answersShown ? (
            <View>
              <H2>{t("answers.title")}</H2>
              <P style={{ fontFamily: "Helvetica-Bold" }}>
                {model.caReport?.publishedAt
                  ? t("answers.published", { date: instantText(model.caReport.publishedAt) })
                  : t("answers.draft")}
              </P>
              {model.caReport?.summary ? (
                <View>
                  <H4>{t("answers.summary")}</H4>
                  <P>{model.caReport.summary}</P>
                </View>
              ) : null}
              {model.pistes.map((piste, index) => (
                <PdfPiste key={piste.id} piste={piste} index={index} showAnswer />
              ))}
            </View>
          ) : null}

          {model.caReport?.publishedAt ? (
            <View>
              <H2>{t("reactions.title")}</H2>
              {model.reactions.length === 0 ? <P>{t("reactions.none")}</P> : null}
              {model.reactions.map((reaction) => (
                <View key={reaction.group.id} style={styles.card} wrap={false}>
                  <Text style={{ fontFamily: "Helvetica-Bold" }}>{pdfText(reaction.group.label)}</Text>
                  <Text>{pdfText(reaction.text)}</Text>
                </View>
              ))}
            </View>
          ) : null}
        </View>
      </Page>
    </Document>
  );
}

function ParticipationTable({ model }: { model: ReportModel }) {
  const t = looseTranslator("report");
  const cell = { paddingVertical: 3, paddingHorizontal: 4 } as const;
  const num = { ...cell, width: 80, textAlign: "right" } as const;
  return (
    <View>
      <View style={{ flexDirection: "row", borderBottomWidth: 1, borderColor: INK, fontFamily: "Helvetica-Bold" }}>
        <Text style={{ ...cell, flex: 1 }}>{pdfText(t("participation.group"))}</Text>
        <Text style={num}>{pdfText(t("participation.participants"))}</Text>
        <Text style={{ ...num, width: 100 }}>{pdfText(t("participation.responses"))}</Text>
        <Text style={{ ...cell, width: 150 }}>{pdfText(t("participation.results"))}</Text>
      </View>
      {model.groups.map((group) => (
        <View
          key={group.id}
          style={{ flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#BBBBBB" }}
          wrap={false}
        >
          <Text style={{ ...cell, flex: 1 }}>{pdfText(group.label)}</Text>
          <Text style={num}>{String(group.participantCount)}</Text>
          <Text style={{ ...num, width: 100 }}>
            {pdfText(
              group.status === "paper"
                ? t("participation.paperCount", { count: group.paperParticipantCount ?? 0 })
                : group.responseCount === null
                  ? t("participation.notShared")
                  : String(group.responseCount),
            )}
          </Text>
          <Text style={{ ...cell, width: 150 }}>
            {pdfText(
              t(`participation.status.${group.status}`, { min: Math.max(group.minSize, model.method.minGroupSize) }),
            )}
          </Text>
        </View>
      ))}
    </View>
  );
}

function PdfGroup({
  group,
  names,
  minGroupSize,
}: {
  group: ReportGroup;
  names: Record<Mandate, string>;
  minGroupSize: number;
}) {
  const t = looseTranslator("report");
  const counts = `${t("groups.participants", { count: group.participantCount })}${
    group.responseCount === null ? "" : ` · ${t("groups.responses", { count: group.responseCount })}`
  }`;
  if (group.positions === null) {
    return (
      <View wrap={false}>
        <H3>{group.label}</H3>
        <P style={styles.muted}>{counts}</P>
        <P>
          {group.status === "not-released"
            ? t("groups.notReleased")
            : t("groups.tooSmall", { min: Math.max(group.minSize, minGroupSize) })}
        </P>
      </View>
    );
  }
  const mode = group.decisionMode ? t(`groups.decisionModes.${group.decisionMode}`) : "";
  const hinder = group.conditions.filter((c) => c.kind === "entrave");
  const support = group.conditions.filter((c) => c.kind === "favorise");
  const none = t("groups.noText");
  return (
    <View>
      <H3>{group.label}</H3>
      <P style={styles.muted}>{counts}</P>
      <View style={{ flexDirection: "row" }}>
        <Text style={{ width: 110, fontFamily: "Helvetica-Bold" }}>{pdfText(t("groups.current"))}</Text>
        <Text style={{ flex: 1 }}>{pdfText(positionText(group.positions.current, names))}</Text>
      </View>
      <View style={{ flexDirection: "row", marginBottom: 3 }}>
        <Text style={{ width: 110, fontFamily: "Helvetica-Bold" }}>{pdfText(t("groups.desired"))}</Text>
        <Text style={{ flex: 1 }}>{pdfText(positionText(group.positions.desired, names))}</Text>
      </View>
      <P style={{ fontFamily: "Helvetica-Bold" }}>
        {t("groups.gap", {
          gap: gapText(group.positions.gap),
          orientation: t(`orientation.${group.positions.orientation}`),
        })}
      </P>
      <P style={{ ...styles.muted, fontSize: 9.5 }}>
        {`${
          group.status === "paper"
            ? t("groups.paper", { count: group.paperParticipantCount ?? 0, mode })
            : group.agreed
              ? t("groups.agreed", { mode })
              : t("groups.mean", { count: group.responseCount ?? 0 })
        }${
          group.dispersion
            ? ` ${t("groups.dispersion", { current: gapText(group.dispersion.current), desired: gapText(group.dispersion.desired) })}`
            : ""
        }`}
      </P>
      <H4>{t("groups.why")}</H4>
      <P>{group.justification || none}</P>
      <H4>{t("groups.examples")}</H4>
      <P>{group.examples || none}</P>
      <H4>{t("groups.hinder")}</H4>
      {hinder.length === 0 ? (
        <P>{none}</P>
      ) : (
        hinder.map((c, i) => <Bullet key={i}>{c.text ? `${c.theme} : ${c.text}` : c.theme}</Bullet>)
      )}
      <H4>{t("groups.support")}</H4>
      {support.length === 0 ? (
        <P>{none}</P>
      ) : (
        support.map((c, i) => <Bullet key={i}>{c.text ? `${c.theme} : ${c.text}` : c.theme}</Bullet>)
      )}
      <H4>{t("groups.pistes")}</H4>
      {group.pistes.length === 0 ? <P>{none}</P> : null}
      {group.pistes.map((piste) => (
        <Bullet key={piste.id}>
          {`${piste.title} (${t(`orientation.${piste.orientation}`)})${piste.description ? ` — ${piste.description}` : ""}`}
        </Bullet>
      ))}
    </View>
  );
}

function ComparisonTable({ model }: { model: ReportModel }) {
  const t = looseTranslator("report");
  if (model.pairs.length === 0) return <P>{t("comparison.none")}</P>;
  const cell = { paddingVertical: 3, paddingHorizontal: 4 } as const;
  const shade: Record<Verdict, string> = { convergence: "#ECFDF5", nuance: "#FFFFFF", divergence: "#FFFBEB" };
  return (
    <View style={{ marginBottom: 6 }}>
      <View style={{ flexDirection: "row", borderBottomWidth: 1, borderColor: INK, fontFamily: "Helvetica-Bold" }}>
        <Text style={{ ...cell, flex: 1 }}>{pdfText(t("comparison.pair"))}</Text>
        <Text style={{ ...cell, width: 130 }}>{pdfText(t("comparison.current"))}</Text>
        <Text style={{ ...cell, width: 130 }}>{pdfText(t("comparison.desired"))}</Text>
      </View>
      {model.pairs.map((pair) => (
        <View
          key={`${pair.a.id}-${pair.b.id}`}
          style={{ flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#BBBBBB" }}
          wrap={false}
        >
          <Text style={{ ...cell, flex: 1 }}>{pdfText(`${pair.a.label} / ${pair.b.label}`)}</Text>
          {(["current", "desired"] as const).map((step) => (
            <Text key={step} style={{ ...cell, width: 130, backgroundColor: shade[pair[step].verdict] }}>
              {pdfText(
                t("comparison.cell", {
                  verdict: t(`verdict.${pair[step].verdict}`),
                  distance: gapText(pair[step].distance),
                }),
              )}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function VerdictLists({ model }: { model: ReportModel }) {
  const t = looseTranslator("report");
  const kinds = [
    ["convergence", "comparison.convergencesTitle"],
    ["divergence", "comparison.divergencesTitle"],
    ["nuance", "comparison.nuancesTitle"],
  ] as const;
  return (
    <View>
      {kinds.map(([verdict, title]) => {
        const items = model.pairs.flatMap((pair) =>
          (["current", "desired"] as const)
            .filter((step) => pair[step].verdict === verdict)
            .map((step) =>
              t("comparison.pairSentence", {
                a: pair.a.label,
                b: pair.b.label,
                step: t(step === "current" ? "comparison.stepCurrent" : "comparison.stepDesired"),
                distance: gapText(pair[step].distance),
              }),
            ),
        );
        return (
          <View key={verdict}>
            <H4>{t(title)}</H4>
            {items.length === 0 ? (
              <P>{t("comparison.noneOfKind")}</P>
            ) : (
              items.map((item) => <Bullet key={item}>{item}</Bullet>)
            )}
          </View>
        );
      })}
    </View>
  );
}

function PdfPiste({ piste, index, showAnswer }: { piste: ReportPiste; index: number; showAnswer: boolean }) {
  const t = looseTranslator("report");
  const tags = [t(`orientationTag.${piste.orientation}`), piste.needsArbitrage ? t("pistes.arbitrage") : null]
    .filter(Boolean)
    .join(" · ");
  return (
    // Short pistes stay on one page; a very long one may break rather than overflow.
    <View style={styles.card} wrap={piste.description.length + (piste.answer?.reasons.length ?? 0) > 1200}>
      <Text style={{ ...styles.tag, color: piste.orientation === "consolider" ? "#0C4A6E" : "#4C1D95" }}>
        {pdfText(tags.toUpperCase())}
      </Text>
      <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 11.5, marginTop: 2 }}>
        {pdfText(`${index + 1}. ${piste.title}`)}
      </Text>
      {piste.description ? <Text style={{ marginTop: 2 }}>{pdfText(piste.description)}</Text> : null}
      <Text style={{ ...styles.muted, marginTop: 2 }}>
        {pdfText(
          t("pistes.supportedBy", {
            groups: piste.supportingGroups.length
              ? listText(piste.supportingGroups.map((g) => g.label))
              : t("pistes.noSupport"),
          }),
        )}
      </Text>
      {piste.needsArbitrage && piste.arbitrageNote ? (
        <Text style={{ marginTop: 2 }}>{pdfText(t("pistes.arbitrageNote", { note: piste.arbitrageNote }))}</Text>
      ) : null}
      {showAnswer ? (
        piste.answer === null ? (
          <Text style={{ marginTop: 4, fontFamily: "Helvetica-Oblique" }}>{pdfText(t("answers.none"))}</Text>
        ) : (
          <View style={{ marginTop: 4, borderLeftWidth: 2, borderColor: BRAND, paddingLeft: 6 }}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>
              {pdfText(t("answers.decision", { decision: t(`answers.decisions.${piste.answer.decision}`) }))}
            </Text>
            <Text>{pdfText(t("answers.reasons", { reasons: piste.answer.reasons }))}</Text>
            {piste.answer.responsible ? (
              <Text>{pdfText(t("answers.responsible", { responsible: piste.answer.responsible }))}</Text>
            ) : null}
            {piste.answer.dueDate ? (
              <Text>{pdfText(t("answers.dueDate", { date: ymdText(piste.answer.dueDate) }))}</Text>
            ) : null}
          </View>
        )
      ) : null}
    </View>
  );
}
