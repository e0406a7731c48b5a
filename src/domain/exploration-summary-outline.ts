/**
 * The summary of an exploration alone (decision 022) as an outline: the web
 * summary and its PDF both walk it (decision 016's rule, extended by
 * decision 024's addendum), so they say the same thing in the same order,
 * in the reader's language. Pure: texts are message keys, the person's own
 * words plain strings, numbers and dates typed values.
 */
import { plainReadingKey } from "./plain-readings";
import { fromPerMille, type PerMille } from "./position";
import { msg, type Block, type DocumentOutline, type OutlineSection, type Text } from "./report-outline";
import { personalGap } from "./workshop";

/** What the person's browser keeps (the atelier's answers' shape). */
export interface SummaryAnswers {
  current: PerMille | null;
  currentWhy: string;
  currentExamples: string;
  desired: PerMille | null;
  desiredWhy: string;
  desiredExamples: string;
  conditionsHinder: string;
  conditionsSupport: string;
}

type TextField = Exclude<keyof SummaryAnswers, "current" | "desired">;

/** The three steps of the positioning, each with its two questions, as the form asks them. */
const STEPS: readonly { title: string; fields: readonly [TextField, TextField] }[] = [
  { title: "positioning.step1Title", fields: ["currentWhy", "currentExamples"] },
  { title: "positioning.step2Title", fields: ["desiredWhy", "desiredExamples"] },
  { title: "positioning.step3Title", fields: ["conditionsHinder", "conditionsSupport"] },
];

/** `savedAt`: when the browser saved the answers (an ISO instant), shown as a date. */
export function explorationSummaryOutline(input: { answers: SummaryAnswers; savedAt: string }): DocumentOutline {
  const { answers } = input;
  return {
    title: msg("exploration.summaryTitle"),
    meta: [
      msg("exploration.summaryDate", { date: { fmt: "instant", value: input.savedAt } }),
      msg("exploration.summaryIntro"),
    ],
    sections: [triangleSection(answers), answersSection(answers)],
  };
}

function triangleSection(answers: SummaryAnswers): OutlineSection {
  if (!answers.current || !answers.desired) {
    return {
      id: "triangle",
      title: msg("exploration.chartTitle"),
      blocks: [{ type: "paragraph", text: msg("exploration.summaryMissing"), tone: "strong" }],
    };
  }
  const current = fromPerMille(answers.current);
  const desired = fromPerMille(answers.desired);
  const { gap } = personalGap(current, desired);
  return {
    id: "triangle",
    title: msg("exploration.chartTitle"),
    blocks: [
      {
        type: "chart",
        id: "exploration-solo",
        title: msg("exploration.chartTitle"),
        series: [{ id: "me", label: msg("exploration.chartSeries"), current, desired }],
        withTable: false,
      },
      { type: "paragraph", text: msg("exploration.summaryCurrent", { position: { fmt: "position", value: current } }) },
      { type: "paragraph", text: msg("exploration.summaryDesired", { position: { fmt: "position", value: desired } }) },
      {
        type: "paragraph",
        tone: "strong",
        testId: "exploration-gap",
        text: msg("exploration.summaryGap", {
          gap: { fmt: "gap", value: gap },
          reading: msg(plainReadingKey.gap(gap)),
        }),
      },
      { type: "paragraph", tone: "muted", text: msg("plainReadings.scale") },
    ],
  };
}

function answersSection(answers: SummaryAnswers): OutlineSection {
  const answer = (value: string): Text => (value.trim() === "" ? msg("exploration.noAnswer") : value);
  return {
    id: "answers",
    title: msg("exploration.answersTitle"),
    blocks: STEPS.map((step): Block => ({
      type: "subsection",
      title: msg(step.title),
      blocks: step.fields.flatMap((field): Block[] => [
        { type: "heading", text: msg(`positioning.${field}`) },
        { type: "paragraph", text: answer(answers[field]) },
      ]),
    })),
  };
}
