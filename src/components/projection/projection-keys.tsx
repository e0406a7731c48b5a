"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Arrow keys (and Page Up / Page Down, which presentation remotes send) move between steps. */
export function ProjectionKeys({ previous, next }: { previous: string | null; next: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if ((event.key === "ArrowRight" || event.key === "PageDown") && next) router.push(next);
      if ((event.key === "ArrowLeft" || event.key === "PageUp") && previous) router.push(previous);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, previous, next]);
  return null;
}
