/**
 * The autosave engine, free of React so its timing can be tested with fake
 * timers: debounced, one request at a time, retried when the network fails,
 * never dropping the latest value (it is either saved or waiting).
 */
import type { ActionResult } from "@/lib/action-result";

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** The network failed (or the server had an unexpected error); retrying on its own. */
  | { kind: "offline"; retryInSeconds: number }
  /** The server was too busy to save (BUSY: nothing written); retrying on its own. */
  | { kind: "busy"; retryInSeconds: number }
  /** The server refused the content (e.g. a text too long); fixed by editing. */
  | { kind: "invalid"; result: Extract<ActionResult<unknown>, { ok: false }> }
  /** The server refused the save itself (workshop closed, session over); retrying will not help. */
  | { kind: "blocked"; message: string };

export const DEBOUNCE_MS = 1200;
export const RETRY_STEPS_MS = [2000, 4000, 8000, 15000, 30000] as const;

export interface AutosaverOptions<V, D> {
  save: (value: V) => Promise<ActionResult<D>>;
  onStatus: (status: AutosaveStatus) => void;
  onSaved?: (data: D, value: V) => void;
  now?: () => Date;
}

export interface Autosaver<V> {
  /** A new value to save (debounced). Identical values are ignored. */
  schedule(value: V): void;
  /** Saves now what is waiting (leaving the page, back online). */
  flush(): Promise<void>;
  /** What the server already holds (at load, or after an explicit submit saved it). */
  markSaved(value: V): void;
  hasUnsaved(): boolean;
  /** Stops waiting, e.g. before an explicit submit that saves everything itself. */
  cancel(): void;
  dispose(): void;
}

/**
 * `source.current` is read at each use, so a React caller can keep the
 * callbacks of its latest render in a ref.
 */
export function createAutosaver<V, D>(source: { readonly current: AutosaverOptions<V, D> }): Autosaver<V> {
  let latest: { value: V; json: string } | null = null;
  let savedJson: string | null = null;
  let inFlight = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let status: AutosaveStatus = { kind: "idle" };
  let disposed = false;
  const now = () => (source.current.now ? source.current.now() : new Date());

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    if (!disposed) source.current.onStatus(next);
  };
  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const later = (ms: number) => {
    clearTimer();
    if (!disposed) timer = setTimeout(() => void flush(), ms);
  };

  async function flush(): Promise<void> {
    clearTimer();
    const target = latest;
    if (disposed || !target || target.json === savedJson) return;
    if (inFlight) return; // The running save looks again when it ends.
    inFlight = true;
    setStatus({ kind: "saving" });
    let result: ActionResult<D> | null;
    try {
      result = await source.current.save(target.value);
    } catch {
      result = null; // The request never reached the server, or its answer never came back.
    }
    inFlight = false;
    if (result === null || (!result.ok && (result.code === "INTERNAL" || result.code === "BUSY"))) {
      const delay = RETRY_STEPS_MS[Math.min(attempt, RETRY_STEPS_MS.length - 1)] as number;
      attempt += 1;
      const busy = result !== null && !result.ok && result.code === "BUSY";
      setStatus({ kind: busy ? "busy" : "offline", retryInSeconds: Math.round(delay / 1000) });
      later(delay);
      return;
    }
    attempt = 0;
    if (!result.ok) {
      setStatus(
        result.code === "VALIDATION" ? { kind: "invalid", result } : { kind: "blocked", message: result.message },
      );
      return;
    }
    savedJson = target.json;
    source.current.onSaved?.(result.data, target.value);
    if (latest && latest.json !== target.json) {
      // More was typed while saving.
      setStatus({ kind: "pending" });
      later(DEBOUNCE_MS);
    } else {
      setStatus({ kind: "saved", at: now() });
    }
  }

  return {
    schedule(value) {
      const json = JSON.stringify(value);
      if (latest?.json === json) return;
      latest = { value, json };
      if (json === savedJson) {
        clearTimer();
        if (status.kind === "pending") setStatus({ kind: "idle" });
        return;
      }
      // While offline, keep saying so (the retry timer is reset to the debounce, which is sooner).
      if (status.kind !== "offline" && status.kind !== "busy" && status.kind !== "blocked")
        setStatus({ kind: "pending" });
      later(DEBOUNCE_MS);
    },
    flush,
    markSaved(value) {
      const json = JSON.stringify(value);
      savedJson = json;
      if (!latest || latest.json === json) {
        latest = { value, json };
        clearTimer();
      }
    },
    hasUnsaved: () => latest !== null && latest.json !== savedJson,
    cancel: clearTimer,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
