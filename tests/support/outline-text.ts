import { createElement } from "react";
import { expect } from "vitest";
import { pdfText } from "@/components/pdf/pdf-text";
import { OutlineDocumentView } from "@/components/report/outline/OutlineDocumentView";
import { resolveText, type Translate } from "@/components/report/outline/resolve-text";
import { documentTexts, type DocumentOutline, type Text } from "@/domain/report-outline";
import type { Locale } from "@/i18n/locales";
import { translator } from "@/i18n/translator";
import { renderWithMessages } from "./render-with-messages";

/**
 * Checking that a page or a PDF shows every text of its outline (decision
 * 016: one outline for the page and the PDF of each document). Shared by the
 * CA report's, the exploration summary's and the inter-organismes bilan's tests.
 */

/** Spaces as a reader sees them; the PDF's text helper gives an opening parenthesis its own line (« ( pas de réponse) »). */
export const squash = (text: string) => text.replace(/\s+/g, " ").replace(/\( /g, "(").trim();

/** Visible text of static HTML: tags become spaces, entities decoded, spaces as a reader sees them. */
export function htmlText(html: string): string {
  return squash(
    html
      .replace(/<(title|desc)[^>]*>[\s\S]*?<\/\1>/g, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&nbsp;/g, "\u00a0")
      .replace(/&amp;/g, "&"),
  );
}

/** The translator of `locale`, as the outline's renderers take it. */
export const outlineTranslator = (locale: Locale) => translator(undefined, locale) as unknown as Translate;

/** An outline's texts as the PDF prints them (its text helper, then spaces squashed). */
export const printedTexts = (texts: Text[], t: Translate) => texts.map((text) => squash(pdfText(resolveText(text, t))));

/** An outline's texts as a page shows them. */
export const shownTexts = (texts: Text[], t: Translate) => texts.map((text) => squash(resolveText(text, t)));

/** Fails naming each text `container` lacks, then (with `inOrder`) the first one out of order. */
export function expectEveryText(container: string, texts: string[], { inOrder }: { inOrder: boolean }): void {
  expect(texts.filter((text) => !container.includes(text))).toEqual([]);
  if (!inOrder) return;
  let from = 0;
  for (const text of texts) {
    const at = container.indexOf(text, from);
    expect(at, text).toBeGreaterThanOrEqual(from);
    from = at;
  }
}

/** A short document's page text, after checking it shows every text of its outline, in the outline's order. */
export function shownDocument(outline: DocumentOutline, locale: Locale): string {
  const t = outlineTranslator(locale);
  const shown = htmlText(renderWithMessages(createElement(OutlineDocumentView, { outline, t })));
  expectEveryText(shown, shownTexts(documentTexts(outline), t), { inOrder: true });
  return shown;
}
