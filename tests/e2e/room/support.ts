import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../support/axe";

/** The phone widths of the room (WCAG 2.2 1.4.10 reflow: 320 CSS px). */
export const PHONE_WIDTHS = [320, 360, 390] as const;
export const PHONE_HEIGHT = 740;

/** The projector sizes of the room. */
export const PROJECTOR_SIZES = [
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** How far the page scrolls sideways (0 when it fits). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The page as it stands fits every phone width without scrolling sideways,
 * and has no serious accessibility violation at 360 px. Ends at 360×740.
 */
export async function expectPhoneFit(page: Page, what: string): Promise<void> {
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: PHONE_HEIGHT });
    await expect.poll(() => sidewaysOverflow(page), { message: `${what} scrolls sideways at ${width} px` }).toBe(0);
  }
  await page.setViewportSize({ width: 360, height: PHONE_HEIGHT });
  await expectAccessible(page, `${what} at 360 px`);
}

/**
 * A projected slide fits the screen at every projector size: the page does
 * not scroll either way, and the slide's body holds its content without
 * cutting it off (a slide holding a form the group fills may scroll inside
 * its body, which is then keyboard-focusable). Ends at 1280×720.
 */
export async function expectSlideFits(page: Page, what: string): Promise<void> {
  for (const size of PROJECTOR_SIZES) {
    await page.setViewportSize(size);
    const label = `${what} at ${size.width}×${size.height}`;
    const measure = () =>
      page.evaluate(() => {
        const root = document.documentElement;
        const body = document.querySelector<HTMLElement>("[data-testid=slide-body]");
        const scrollable = body?.getAttribute("tabindex") === "0";
        return {
          sideways: root.scrollWidth - root.clientWidth,
          downwards: root.scrollHeight - root.clientHeight,
          cutOff: body === null ? -1 : scrollable ? 0 : Math.max(0, body.scrollHeight - body.clientHeight - 1),
        };
      });
    await expect.poll(measure, { message: label }).toEqual({ sideways: 0, downwards: 0, cutOff: 0 });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
