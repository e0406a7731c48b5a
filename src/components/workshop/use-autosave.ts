"use client";
/**
 * React binding of the autosave engine: its status for an aria-live region,
 * and saving right away when the page is hidden, the network comes back or
 * the form goes away.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { createAutosaver, type Autosaver, type AutosaverOptions, type AutosaveStatus } from "./autosaver";

export type { AutosaveStatus } from "./autosaver";

export function useAutosave<V, D>(options: {
  save: (value: V) => Promise<ActionResult<D>>;
  onSaved?: (data: D, value: V) => void;
}): { status: AutosaveStatus; saver: Autosaver<V>; setStatus: (status: AutosaveStatus) => void } {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  // The engine reads the callbacks of the latest render through this ref, at save time.
  const source = useRef<AutosaverOptions<V, D> | null>(null);
  const engine = useRef<Autosaver<V> | null>(null);
  const { save, onSaved } = options;

  useEffect(() => {
    source.current = { save, onSaved, onStatus: setStatus };
  }, [save, onSaved]);

  useEffect(() => {
    const saver = createAutosaver<V, D>({
      get current() {
        return source.current ?? { save, onSaved, onStatus: setStatus };
      },
    });
    engine.current = saver;
    const flushNow = () => void saver.flush();
    // Leaving the page or switching apps on a phone: save now rather than after the debounce.
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flushNow();
    };
    window.addEventListener("online", flushNow);
    window.addEventListener("pagehide", flushNow);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("online", flushNow);
      window.removeEventListener("pagehide", flushNow);
      document.removeEventListener("visibilitychange", onVisibility);
      // Leaving the form inside the app (a link): send what is waiting instead of dropping it.
      void saver.flush();
    };
    // One engine for the life of the form; callbacks are read through `source`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Stable facade; only called from effects and event handlers, after the engine exists.
  const saver = useMemo<Autosaver<V>>(
    () => ({
      schedule: (value) => engine.current?.schedule(value),
      flush: async () => engine.current?.flush(),
      markSaved: (value) => engine.current?.markSaved(value),
      hasUnsaved: () => engine.current?.hasUnsaved() ?? false,
      cancel: () => engine.current?.cancel(),
      dispose: () => engine.current?.dispose(),
    }),
    [],
  );

  return { status, saver, setStatus };
}
