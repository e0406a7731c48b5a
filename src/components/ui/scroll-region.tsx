import type { ReactNode } from "react";

/**
 * A box that may scroll sideways (a wide table on a phone): reachable with the
 * keyboard (tabIndex 0, WCAG 2.1.1, axe scrollable-region-focusable) and named
 * for screen readers, so the page itself never scrolls sideways (1.4.10).
 */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}): ReactNode {
  return (
    // A region with a name: a focusable box that screen readers announce.
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`max-w-full overflow-x-auto focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${className}`}
    >
      {children}
    </div>
  );
}
