/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that no time zone or
 * daylight-saving change can move a day. Netflix weeks run Monday to Sunday and are named
 * by the Sunday that ends them.
 */

const DAY_MS = 86_400_000;

/** The day count of a month (1-12) of a year, leap years included. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at `i` (0-9), or -1: ASCII digits only, as a regex's \d. */
function digitAt(value: string, i: number): number {
  const d = value.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Milliseconds since the epoch of a date written YYYY-MM-DD, or NaN when it is not a real date.
 * Read digit by digit: dates are parsed for every week of every title on the first view, and a
 * regex and a Date per call showed in the start-up's profile. Years below 100 are refused, as
 * Date.UTC would read them as 19xx.
 */
function parseIso(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = digitAt(value, i);
    if (d < 0) return Number.NaN;
    year = year * 10 + d;
  }
  const m1 = digitAt(value, 5);
  const m2 = digitAt(value, 6);
  const d1 = digitAt(value, 8);
  const d2 = digitAt(value, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return Number.NaN;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return Date.UTC(year, month - 1, day);
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2021-02-30). */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(parseIso(value));
}

function toMs(iso: string): number {
  const ms = parseIso(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date (YYYY-MM-DD): "${iso}"`);
  return ms;
}

function toIso(ms: number): string {
  const d = new Date(ms);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return new Date(toMs(iso)).getUTCDay();
}

export function addDays(iso: string, n: number): string {
  return toIso(toMs(iso) + n * DAY_MS);
}

/** Days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** Whole weeks from `from` to `to`, rounded down (so -1 for a date up to 7 days earlier). */
export function weeksBetween(from: string, to: string): number {
  return Math.floor(daysBetween(from, to) / 7);
}

/** The Sunday that ends the Monday–Sunday week holding `iso` (a Sunday maps to itself). */
export function weekEndingOf(iso: string): string {
  return addDays(iso, (7 - dayOfWeek(iso)) % 7);
}

/**
 * 1 for the week holding the premiere, 2 for the next, ...; 0 or less before the premiere.
 * A Friday premiere's first week has only 3 days of viewing: that is still week 1.
 */
export function premiereWeekIndex(premiereIso: string, weekEndingIso: string): number {
  return weeksBetween(weekEndingOf(premiereIso), weekEndingOf(weekEndingIso)) + 1;
}
