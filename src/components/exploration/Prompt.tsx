import type { ReactNode } from "react";

/** The prompting an accompagnateur.trice would do, under a step's question. */
export function Prompt({ title, children }: { title: string; children: ReactNode }): ReactNode {
  return (
    <aside className="rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3" aria-label={title}>
      <p className="font-semibold">{title}</p>
      <p>{children}</p>
    </aside>
  );
}
