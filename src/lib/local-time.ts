import { TZDate } from "@date-fns/tz";

/**
 * Meetings happen in Québec: dates typed as "2026-01-15" and "18:30" mean
 * local time there, whatever the server's time zone.
 */
export const TIME_ZONE = process.env.APP_TIME_ZONE || "America/Toronto";

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const HM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Years a date typed here may fall in. Anything further is a slip of the
 * keyboard, and the far end matters: evening in Québec on 31 December 9999 is
 * already the year 10000 in UTC, which no database date holds.
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

export function isYmd(value: string): boolean {
  const m = YMD.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < FIRST_YEAR || y > LAST_YEAR) return false;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function isHm(value: string): boolean {
  return HM.test(value);
}

/** The instant of a local date and time. */
export function localDateTime(ymd: string, hm = "00:00"): Date {
  const d = YMD.exec(ymd);
  const t = HM.exec(hm);
  if (!d || !t) throw new RangeError(`Not a local date/time: ${ymd} ${hm}`);
  return new Date(
    new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), TIME_ZONE).getTime(),
  );
}

/** "YYYY-MM-DD" of an instant, in local time. */
export function toLocalYmd(date: Date): string {
  const z = new TZDate(date.getTime(), TIME_ZONE);
  return `${z.getFullYear()}-${String(z.getMonth() + 1).padStart(2, "0")}-${String(z.getDate()).padStart(2, "0")}`;
}

/** "HH:MM" of an instant, in local time. */
export function toLocalHm(date: Date): string {
  const z = new TZDate(date.getTime(), TIME_ZONE);
  return `${String(z.getHours()).padStart(2, "0")}:${String(z.getMinutes()).padStart(2, "0")}`;
}

/** Whole days from one local date to another. */
export function daysBetween(fromYmd: string, toYmd: string): number {
  const a = YMD.exec(fromYmd);
  const b = YMD.exec(toYmd);
  if (!a || !b) throw new RangeError("Not local dates");
  return Math.round(
    (Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3])) - Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]))) /
      86_400_000,
  );
}

export function addDaysYmd(ymd: string, days: number): string {
  const m = YMD.exec(ymd);
  if (!m) throw new RangeError("Not a local date");
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}
