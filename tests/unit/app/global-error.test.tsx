import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { MESSAGES } from "@/i18n/messages";

// The root layout's own failure page carries its texts itself (no next-intl
// provider there), from the error page's message files only, which keeps the
// rest of the messages out of every page's first-load JavaScript.
describe("the page shown when the root layout itself fails", () => {
  it("speaks French first, then English, with the log's reference, from the same messages as ErrorView", () => {
    const html = renderToStaticMarkup(
      createElement(GlobalError, { error: Object.assign(new Error("x"), { digest: "d1g3st" }) }),
    );
    const fr = MESSAGES.fr.errorPage;
    const en = MESSAGES.en.errorPage;
    expect(html).toContain('<html lang="fr-CA"');
    expect(html.indexOf(fr.title.replace(/'/g, "&#x27;"))).toBeGreaterThan(-1);
    expect(html.indexOf(en.title.replace(/'/g, "&#x27;"))).toBeGreaterThan(
      html.indexOf(fr.title.replace(/'/g, "&#x27;")),
    );
    expect(html.match(/d1g3st/g)).toHaveLength(2);
    expect(html).toContain('lang="en-CA"');
  });
});
