import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosaver, DEBOUNCE_MS, RETRY_STEPS_MS, type AutosaveStatus } from "@/components/workshop/autosaver";
import type { ActionResult } from "@/lib/action-result";

type Saved = { n: number };

function setup(save: (value: string) => Promise<ActionResult<Saved>>) {
  const statuses: AutosaveStatus["kind"][] = [];
  const saved: string[] = [];
  const saver = createAutosaver<string, Saved>({
    current: {
      save,
      onStatus: (status) => statuses.push(status.kind),
      onSaved: (_data, value) => saved.push(value),
      now: () => new Date(0),
    },
  });
  return { saver, statuses, saved };
}

const ok = (): Promise<ActionResult<Saved>> => Promise.resolve({ ok: true, data: { n: 1 } });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the autosave", () => {
  it("waits for typing to pause, then saves only the latest value", async () => {
    const save = vi.fn(ok);
    const { saver, saved, statuses } = setup(save);
    saver.schedule("a");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    saver.schedule("ab");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    saver.schedule("abc");
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saved).toEqual(["abc"]);
    expect(statuses.at(-1)).toBe("saved");
    expect(saver.hasUnsaved()).toBe(false);
  });

  it("does not save what the server already holds", async () => {
    const save = vi.fn(ok);
    const { saver } = setup(save);
    saver.markSaved("same");
    saver.schedule("same");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 3);
    expect(save).not.toHaveBeenCalled();
  });

  it("keeps retrying after a network failure, and saves once the network is back", async () => {
    let online = false;
    const save = vi.fn(() => (online ? ok() : Promise.reject(new TypeError("Failed to fetch"))));
    const { saver, statuses, saved } = setup(save);
    saver.schedule("typed offline");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(statuses.at(-1)).toBe("offline");
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(RETRY_STEPS_MS[0]);
    expect(save).toHaveBeenCalledTimes(2);
    online = true;
    await vi.advanceTimersByTimeAsync(RETRY_STEPS_MS[1]);
    expect(saved).toEqual(["typed offline"]);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("retries when the server answers BUSY (nothing written), saying so, and saves once it can", async () => {
    let busy = true;
    const save = vi.fn(
      (): Promise<ActionResult<Saved>> =>
        busy
          ? Promise.resolve({ ok: false, code: "BUSY", message: "Le serveur est très occupé", fieldErrors: {} })
          : ok(),
    );
    const { saver, statuses, saved } = setup(save);
    saver.schedule("typed while busy");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(statuses.at(-1)).toBe("busy");
    expect(saver.hasUnsaved()).toBe(true);
    busy = false;
    await vi.advanceTimersByTimeAsync(RETRY_STEPS_MS[0]);
    expect(saved).toEqual(["typed while busy"]);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("saves what was typed during a save right after it", async () => {
    let release: (r: ActionResult<Saved>) => void = () => {};
    const save = vi.fn(
      (value: string) =>
        new Promise<ActionResult<Saved>>((resolve) => {
          if (value === "first") release = resolve;
          else resolve({ ok: true, data: { n: 2 } });
        }),
    );
    const { saver, saved } = setup(save);
    saver.schedule("first");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    saver.schedule("second");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    // Only one request at a time.
    expect(save).toHaveBeenCalledTimes(1);
    release({ ok: true, data: { n: 1 } });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(saved).toEqual(["first", "second"]);
  });

  it("stops on a refusal that retrying cannot fix, and reports invalid content as such", async () => {
    const closed = setup(() =>
      Promise.resolve({ ok: false, code: "INVALID_STATE", message: "Atelier fermé", fieldErrors: {} }),
    );
    closed.saver.schedule("x");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(closed.statuses.filter((s) => s === "saving")).toHaveLength(1);
    expect(closed.statuses.at(-1)).toBe("blocked");

    const invalid = setup(() =>
      Promise.resolve({ ok: false, code: "VALIDATION", message: "Trop long", fieldErrors: {} }),
    );
    invalid.saver.schedule("x");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(invalid.statuses.at(-1)).toBe("invalid");
    expect(invalid.saver.hasUnsaved()).toBe(true);
  });

  it("saves at once when asked (page hidden), without waiting for the pause", async () => {
    const save = vi.fn(ok);
    const { saver } = setup(save);
    saver.schedule("leaving");
    await saver.flush();
    expect(save).toHaveBeenCalledWith("leaving");
  });
});
