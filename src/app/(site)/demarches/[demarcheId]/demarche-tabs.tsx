"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

type Labels = {
  label: string;
  inter: string;
  bilan: string;
  dashboard: string;
  groups: string;
  calendar: string;
  ateliers: string;
  plenary: string;
  report: string;
  engagement: string;
  settings: string;
};

/**
 * The démarche's sections; the current one is marked for screen readers too
 * (aria-current). One row that scrolls sideways on narrow screens rather
 * than wrapping; the current section is scrolled into view.
 */
export function DemarcheTabs({
  demarcheId,
  labels,
  inter = false,
}: {
  demarcheId: string;
  labels: Labels;
  inter?: boolean;
}) {
  const pathname = usePathname();
  const current = useRef<HTMLAnchorElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Which ends have more tabs beyond them: a fade and an arrow say the row scrolls.
  const [more, setMore] = useState({ left: false, right: false });
  const measure = useCallback(() => {
    const el = list.current;
    if (!el) return;
    const left = el.scrollLeft > 4;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 4;
    setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
  }, []);
  useEffect(() => {
    current.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
    measure();
  }, [pathname, measure]);
  useEffect(() => {
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [measure]);
  const base = `/demarches/${demarcheId}`;
  const tabs = inter
    ? [
        { href: `${base}/inter`, label: labels.inter },
        { href: `${base}/bilan/a`, label: labels.bilan, match: `${base}/bilan` },
        { href: `${base}/calendrier`, label: labels.calendar },
        { href: `${base}/conditions`, label: labels.engagement },
        { href: `${base}/parametres`, label: labels.settings },
      ]
    : [
        { href: base, label: labels.dashboard, exact: true },
        { href: `${base}/groupes`, label: labels.groups },
        { href: `${base}/calendrier`, label: labels.calendar },
        { href: `${base}/ateliers`, label: labels.ateliers },
        { href: `${base}/mise-en-commun`, label: labels.plenary },
        { href: `${base}/rapport`, label: labels.report },
        { href: `${base}/conditions`, label: labels.engagement },
        { href: `${base}/parametres`, label: labels.settings },
      ];
  return (
    <nav aria-label={labels.label} className="relative border-b border-stone-300">
      <ul
        ref={list}
        onScroll={measure}
        className="-mb-px flex overflow-x-auto whitespace-nowrap [scrollbar-width:thin]"
      >
        {tabs.map((tab) => {
          const isCurrent =
            "exact" in tab && tab.exact
              ? pathname === tab.href
              : pathname.startsWith("match" in tab && tab.match ? tab.match : tab.href);
          return (
            <li key={tab.href} className="shrink-0">
              <Link
                href={tab.href}
                ref={isCurrent ? current : undefined}
                aria-current={isCurrent ? "page" : undefined}
                className={`inset-focus inline-flex min-h-11 items-center border-b-4 px-2 text-[0.9375rem] font-semibold ${
                  isCurrent
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-stone-700 hover:border-stone-400 hover:text-ink"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
      {more.left ? (
        <span
          aria-hidden="true"
          data-testid="tabs-more-left"
          className="pointer-events-none absolute inset-y-0 left-0 flex w-10 items-center bg-gradient-to-r from-white via-white/90 to-transparent pl-1 text-xl font-bold text-brand-700"
        >
          ‹
        </span>
      ) : null}
      {more.right ? (
        <span
          aria-hidden="true"
          data-testid="tabs-more-right"
          className="pointer-events-none absolute inset-y-0 right-0 flex w-10 items-center justify-end bg-gradient-to-l from-white via-white/90 to-transparent pr-1 text-xl font-bold text-brand-700"
        >
          ›
        </span>
      ) : null}
    </nav>
  );
}
