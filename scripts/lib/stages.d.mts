/** "1 min 05 s" / "42.3 s". */
export function formatDuration(ms: number): string;
