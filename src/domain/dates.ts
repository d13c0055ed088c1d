/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that no time zone or
 * daylight-saving change can move a day. Netflix weeks run Monday to Sunday and are named
 * by the Sunday that ends them.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// formatRange writes "Sep 13 – 19, 2021" and drops the repeated month or year itself.
const WEEK_DATES = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** True for a real calendar date written YYYY-MM-DD (rejects 2021-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return toIso(ms) === value;
}

function toMs(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not a date (YYYY-MM-DD): "${iso}"`);
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
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

/**
 * "Sep 13 – 19, 2021", "Sep 27 – Oct 3, 2021", "Dec 27, 2021 – Jan 2, 2022". Node's ICU sets the
 * dash between thin spaces, Chromium's between plain ones: plain spaces everywhere, so the
 * prerendered page and the browser write the same text and hydration finds no mismatch.
 */
export function formatWeekDates(weekEndingIso: string): string {
  const end = toMs(weekEndingIso);
  return WEEK_DATES.formatRange(new Date(end - 6 * DAY_MS), new Date(end)).replace(/[\u2009\u202f]/g, ' ');
}
