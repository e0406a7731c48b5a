export const MAX_PROCESSES: number;
export function processCount(value: string | undefined, databaseUrl: string | undefined): number | string;
export function processPorts(basePort: number, count: number): number[];
