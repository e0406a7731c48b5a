/**
 * Rules of a person's positioning that the positioning form uses in the
 * browser, kept apart from the zod schemas (workshop.ts) so that the
 * participant's page does not load zod: zod's build would be its heaviest
 * module. No zod here.
 */

/** The longest « pourquoi », example or condition text. */
export const WHY_MAX = 2000;

/**
 * What confirming a positioning needs: both positions (the reasons are
 * welcome but never required; some people write little). The one statement
 * of that rule for the schemas (workshop.ts, checked by the server actions)
 * and for the positioning form in the browser, which checks it without zod:
 * the form's other fields cannot break the schema's rules (positions come
 * from the picker, texts are capped by `maxLength`), and the server checks
 * everything again and sends any error back next to its field.
 */
export type ConfirmationIssue = { path: "current" | "desired"; message: string };

export function confirmationIssues(answers: { current: unknown; desired: unknown }): ConfirmationIssue[] {
  const issues: ConfirmationIssue[] = [];
  if (answers.current === null) issues.push({ path: "current", message: "validation.currentRequired" });
  if (answers.desired === null) issues.push({ path: "desired", message: "validation.desiredRequired" });
  return issues;
}

/** The texts of a positioning, each capped at WHY_MAX characters. */
export const POSITION_TEXT_FIELDS = [
  "currentWhy",
  "currentExamples",
  "desiredWhy",
  "desiredExamples",
  "conditionsHinder",
  "conditionsSupport",
] as const;
export type PositionTextField = (typeof POSITION_TEXT_FIELDS)[number];

/**
 * The texts longer than the schema accepts. The form does not cut a pasted
 * text at the limit (a browser's `maxLength` would, silently): it keeps all
 * of it, says so next to the field, and saves nothing until it is shortened.
 * Counted in UTF-16 units, as zod's `max` and a textarea count.
 */
export function tooLongTexts(answers: Record<PositionTextField, string>): PositionTextField[] {
  return POSITION_TEXT_FIELDS.filter((field) => answers[field].length > WHY_MAX);
}
