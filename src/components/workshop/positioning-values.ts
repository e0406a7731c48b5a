/**
 * The positioning form's values (each position as the two-way input state)
 * and their conversion to the answers the server stores.
 */
import { parseStepInput, stepInputFrom, type StepInput } from "@/domain/position-input";
import type { PositionAnswers } from "@/lib/schemas/workshop";

export type PositioningValues = Omit<PositionAnswers, "current" | "desired"> & {
  current: StepInput;
  desired: StepInput;
};

const TEXT_FIELDS = [
  "currentWhy",
  "currentExamples",
  "desiredWhy",
  "desiredExamples",
  "conditionsHinder",
  "conditionsSupport",
] as const;

export function valuesFrom(answers: PositionAnswers): PositioningValues {
  return { ...answers, current: stepInputFrom(answers.current), desired: stepInputFrom(answers.desired) };
}

export function answersFrom(values: PositioningValues): PositionAnswers {
  return { ...values, current: values.current.perMille, desired: values.desired.perMille };
}

export type PositioningBackup = { v: 1; step: 1 | 2 | 3; values: PositioningValues };

/** Reads a local backup written by an earlier visit; anything unexpected is ignored. */
export function parseBackup(raw: unknown): PositioningBackup | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { v, step, values } = raw as Record<string, unknown>;
  if (v !== 1 || (step !== 1 && step !== 2 && step !== 3)) return null;
  if (typeof values !== "object" || values === null) return null;
  const record = values as Record<string, unknown>;
  const current = parseStepInput(record.current);
  const desired = parseStepInput(record.desired);
  if (!current || !desired) return null;
  const texts = {} as Record<(typeof TEXT_FIELDS)[number], string>;
  for (const field of TEXT_FIELDS) {
    const text = record[field];
    if (typeof text !== "string") return null;
    texts[field] = text;
  }
  return { v: 1, step, values: { ...texts, current, desired } };
}
