// Figures are quoted in articles: always the full number, en-US separators, no rounding.
const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
// Axis labels: short, but never rounded away from the tick's true value ("1.65B", not "1.7B").
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 3 });
const SHORT_DATE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
const YEAR = new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' });
const ORDINAL = new Intl.PluralRules('en-US', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
// en-GB writes "A, B and C": the house style has no serial comma.
const AND_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function formatInt(n: number): string {
  return INT.format(n);
}

/** Axis ticks: "450M", "1.25B"; falls back to the full number when short form would round. */
export function formatCompact(n: number): string {
  const short = COMPACT.format(n);
  return short === INT.format(n) || compactValue(short) === n ? short : INT.format(n);
}

function compactValue(text: string): number {
  const scale: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
  const unit = text.slice(-1);
  return Math.round(Number(text.slice(0, -1)) * (scale[unit] ?? Number.NaN));
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** "Jul 19, 2026" from an ISO date. */
export function formatDate(iso: string): string {
  return SHORT_DATE.format(utc(iso));
}

/** "Sep 2021" from an ISO date: calendar axis ticks. */
export function formatMonthYear(iso: string): string {
  return MONTH_YEAR.format(utc(iso));
}

/** "Friday" from an ISO date. */
export function formatWeekday(iso: string): string {
  return WEEKDAY.format(utc(iso));
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function formatOrdinal(n: number): string {
  return `${n}${SUFFIX[ORDINAL.select(n)] ?? 'th'}`;
}

/** "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
  return AND_LIST.format(items);
}

/** "week 3" or "weeks 1–8". */
export function formatWeekSpan([from, to]: readonly [number, number]): string {
  // What en-US NumberFormat#formatRange writes (an en dash, no spaces), at a fraction of its cost:
  // V8 builds a range formatter on every call, about half a millisecond on a slider's every step.
  return from === to ? `week ${from}` : `weeks ${INT.format(from)}–${INT.format(to)}`;
}

/** "2022 – 2025" (thin spaces, as Intl writes every date range here), or "2024" within one year. */
export function formatYearRange(fromIso: string, toIso: string): string {
  return YEAR.formatRange(utc(fromIso), utc(toIso));
}

const CARDINAL = new Intl.PluralRules('en-US');

/** "1 day", "3 days": the noun follows the number. */
export function formatCount(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${CARDINAL.select(n) === 'one' ? one : many}`;
}
