import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

function describe(violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]) {
  return violations.map(
    (v) => `${v.id}${v.impact ? ` (${v.impact})` : ""}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/** No accessibility violation of any impact: every axe rule, or only those with the given tags. */
export async function expectNoAxeViolations(page: Page, options: { tags?: string[]; context?: string } = {}) {
  const builder = new AxeBuilder({ page });
  const results = await (options.tags ? builder.withTags(options.tags) : builder).analyze();
  expect(describe(results.violations), `accessibility violations on ${options.context ?? page.url()}`).toEqual([]);
}

/** No serious or critical accessibility violation (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page, context = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(describe(serious), `accessibility violations on ${context}`).toEqual([]);
}
