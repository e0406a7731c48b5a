"use client";
import { useState, type ReactNode } from "react";
import { renderedBeforeOwnChange } from "./own-changes";

/**
 * Around a form that takes its state from the server once, on mount (the
 * positioning form): when the router restores the page from its cache
 * (Forward, Back) and that render predates the person's last acknowledged
 * change, the form would start from the old answers and status. It is then
 * shown only once LiveRefresh has brought a newer render (own-changes.ts), so
 * it mounts with what is stored. Decided once, on mount: a live refresh later
 * never unmounts the form nor loses what is being typed.
 */
export function FreshAfterOwnChange({ renderedAt, children }: { renderedAt: number; children: ReactNode }) {
  const [mounted] = useState(() => ({ renderedAt, stale: renderedBeforeOwnChange(renderedAt) }));
  return mounted.stale && renderedAt === mounted.renderedAt ? null : children;
}
