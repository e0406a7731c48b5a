import Link from "next/link";
import type { ReactNode } from "react";
import { LiveRefresh } from "@/components/live/LiveRefresh";
import { ProjectionKeys } from "./projection-keys";

/** Type sizes that follow the screen's height, so one slide reads the same at 1280×720 and 1920×1080. */
export const SLIDE_TEXT = "text-[clamp(1.2rem,3.2vh,2.4rem)] leading-snug";
export const SLIDE_TEXT_SMALL = "text-[clamp(1rem,2.6vh,1.9rem)] leading-snug";
export const SLIDE_HEADING = "text-[clamp(1.4rem,3.8vh,2.8rem)] font-bold";

export type SlideNavLabels = {
  nav: string;
  previous: string;
  next: string;
  exit: string;
  /** « Diapositive 3 sur 12 » */
  counter: string;
  keys: string;
};

/**
 * One projected slide: exactly one screen, never a page that scrolls. A
 * title, a body that has the rest of the height (content that would not fit
 * becomes more slides, see src/lib/slides.ts), and a footer with the slide
 * counter, previous / next (also arrow keys and Page Up / Page Down, which
 * presenter remotes send) and a way out. Large type, black on white.
 */
export function SlideFrame({
  title,
  subtitle,
  previousHref,
  nextHref,
  exitHref,
  labels,
  children,
  bodyClassName = "",
  scrollableBody = false,
  stampUrl,
  languageSwitch,
}: {
  title: string;
  subtitle?: string;
  previousHref: string | null;
  nextHref: string | null;
  exitHref: string;
  labels: SlideNavLabels;
  children: ReactNode;
  bodyClassName?: string;
  /** Only for a slide holding a form that grows as the group types: its body scrolls, the page never does. */
  scrollableBody?: boolean;
  /** The stamp route that keeps the slide current (LiveRefresh, decision 015). */
  stampUrl?: string;
  /** The language switch (decision 024), next to the way out; the page passes it with its action. */
  languageSwitch?: ReactNode;
}): ReactNode {
  const navButton =
    "inline-flex min-h-12 items-center rounded-md border-2 border-black px-5 text-[clamp(1rem,2.6vh,1.6rem)] font-bold focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
  return (
    <div className="flex h-dvh flex-col overflow-hidden bg-white text-black" data-testid="slide">
      <ProjectionKeys previous={previousHref} next={nextHref} />
      {stampUrl ? <LiveRefresh stampUrl={stampUrl} /> : null}
      <header className="flex items-end justify-between gap-6 border-b-4 border-black px-[3vw] pb-[1.2vh] pt-[2vh]">
        <div className="min-w-0">
          {subtitle ? <p className={`${SLIDE_TEXT_SMALL} truncate text-stone-800`}>{subtitle}</p> : null}
          <h1 className="text-[clamp(1.8rem,5.6vh,4rem)] font-bold leading-tight">{title}</h1>
        </div>
        <p className={`${SLIDE_TEXT_SMALL} shrink-0 font-semibold`} data-testid="slide-counter">
          {labels.counter}
        </p>
      </header>
      {scrollableBody ? (
        // A region that scrolls must be reachable with the keyboard and named.
        <main
          id="contenu"
          tabIndex={0}
          aria-label={title}
          data-testid="slide-body"
          className={`min-h-0 flex-1 overflow-y-auto px-[3vw] py-[2vh] ${bodyClassName}`}
        >
          {children}
        </main>
      ) : (
        <main
          id="contenu"
          data-testid="slide-body"
          className={`min-h-0 flex-1 overflow-hidden px-[3vw] py-[2vh] ${bodyClassName}`}
        >
          {children}
        </main>
      )}
      <nav
        aria-label={labels.nav}
        className="no-print flex items-center justify-between gap-4 border-t-2 border-black px-[3vw] py-[1.2vh]"
      >
        <div className="flex gap-3">
          {previousHref ? (
            <Link href={previousHref} className={navButton} rel="prev">
              ← {labels.previous}
            </Link>
          ) : null}
          {nextHref ? (
            <Link href={nextHref} className={`${navButton} bg-black text-white`} rel="next">
              {labels.next} →
            </Link>
          ) : null}
        </div>
        <p className={`${SLIDE_TEXT_SMALL} hidden text-stone-800 lg:block`}>{labels.keys}</p>
        <div className="flex items-center gap-3">
          {languageSwitch}
          <Link href={exitHref} className={navButton}>
            {labels.exit}
          </Link>
        </div>
      </nav>
    </div>
  );
}
