/**
 * A copy of what someone is typing, kept in the browser until the server has
 * it, so a closed tab, a dead battery or a lost connection never loses
 * answers. Removed as soon as everything is saved, so answers do not linger
 * on a shared device. Storage may be unavailable (private browsing, full):
 * then this silently does nothing and autosave alone applies.
 */
const PREFIX = "regards-croises:";

export function readBackup(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

export function writeBackup(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Nothing more can be done here; the autosave still runs.
  }
}

export function clearBackup(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Same as above.
  }
}
