"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { renderedBeforeOwnChange } from "./own-changes";

/**
 * How often an open page asks whether anything changed (decision 015): the
 * projector and the facilitator's pages. One second, so that a confirmation
 * shows within 2 s (one interval, the stamp, the page's render) even while
 * 100 people confirm at once (decision 015, addendum).
 */
export const LIVE_INTERVAL_MS = 1000;

/**
 * Participants' phones ask less often: they follow the facilitator's acts
 * (admission, closing, release, phase) within a few seconds, and they are
 * nine pages in ten in the room, so this is most of the idle cost.
 */
export const PARTICIPANT_LIVE_INTERVAL_MS = 5000;

/**
 * Keeps a page in the room current without anyone reloading: every second
 * (participants' pages: every 5 s) it asks a stamp route (a few indexed
 * reads) and, when the stamp changed, re-renders the page's server components with router.refresh(). Client
 * state survives a refresh, so nobody loses what they are typing. It pauses
 * while the tab is hidden, and a failed request is simply tried again on the
 * next tick (offline, a restarting server). Works with several app processes:
 * the stamp comes from the database, not from memory.
 */
export function LiveRefresh({
  stampUrl,
  intervalMs = LIVE_INTERVAL_MS,
  renderedAt,
}: {
  stampUrl: string;
  intervalMs?: number;
  /** When the server rendered the page (ms): a page restored from the router's cache after the person's own change is rendered again (own-changes.ts). */
  renderedAt?: number;
}) {
  const router = useRouter();
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (renderedAt !== undefined && renderedBeforeOwnChange(renderedAt)) router.refresh();
  }, [router, renderedAt]);
  useEffect(() => {
    let stopped = false;
    let busy = false;
    const tick = async () => {
      if (busy || document.hidden) return;
      busy = true;
      try {
        const response = await fetch(stampUrl, { cache: "no-store", headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const { stamp } = (await response.json()) as { stamp?: string };
        if (stopped || typeof stamp !== "string") return;
        if (last.current !== null && last.current !== stamp) router.refresh();
        last.current = stamp;
      } catch {
        // Offline or restarting: the next tick tries again.
      } finally {
        busy = false;
      }
    };
    void tick();
    const timer = window.setInterval(() => void tick(), intervalMs);
    const onVisible = () => {
      if (!document.hidden) void tick();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [router, stampUrl, intervalMs]);
  return null;
}
