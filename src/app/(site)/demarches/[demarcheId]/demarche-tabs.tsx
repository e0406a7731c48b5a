"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

type Labels = {
  label: string;
  dashboard: string;
  groups: string;
  calendar: string;
  ateliers: string;
  plenary: string;
  report: string;
  engagement: string;
  settings: string;
};

/** The démarche's sections; the current one is marked for screen readers too (aria-current). */
export function DemarcheTabs({ demarcheId, labels }: { demarcheId: string; labels: Labels }) {
  const pathname = usePathname();
  const base = `/demarches/${demarcheId}`;
  const tabs = [
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
    <nav aria-label={labels.label} className="border-b border-stone-300">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {tabs.map((tab) => {
          const current = tab.exact ? pathname === tab.href : pathname.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-3 text-base font-semibold ${
                  current
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
    </nav>
  );
}
