// Written by hand, not with Intl: the page's first Intl call sets up ICU's locale data, 20-80 ms of
// the first view's start-up. Each formatter writes exactly what its en-US Intl counterpart writes
// (tests/unit/domain/formatIntl.test.ts holds them side by side).

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const UNITS = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
] as const;

/** Digits of a whole number >= 0 with a comma every three, from `min` digits on ("1,234"; 4 digits stay "1234" when min is 5). */
function group(whole: number, min = 4): string {
  const digits = whole < 1e21 ? String(whole) : BigInt(whole).toString();
  if (digits.length < min) return digits;
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** Figures are quoted in articles: always the full number, en-US separators, rounded half away from zero. */
export function formatInt(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return sign + (Number.isFinite(n) ? group(Math.round(Math.abs(n))) : '∞');
}

/**
 * Axis ticks: "450M", "1.25B", "2.5K", with up to three decimals; the full number wherever the
 * short form would round ("1,234,567", never "1.235M"), so a tick at 1.65B never reads "1.7B".
 */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  if (!Number.isInteger(n) || abs < 1000) return formatInt(n);
  const [scale, unit] = UNITS.find(([s]) => abs >= s)!;
  const thousandths = abs / (scale / 1000);
  if (!Number.isInteger(thousandths)) return formatInt(n);
  const whole = Math.floor(thousandths / 1000);
  const decimals = String(thousandths % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${n < 0 ? '-' : ''}${group(whole, 5)}${decimals ? `.${decimals}` : ''}${unit}`;
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/**
 * An ISO date's year, month name ("Mar"), day and weekday (0 = Sunday), read in UTC. Not from
 * dates.ts: the export chunk uses these formatters, and a chunk that imports a first-view module
 * importing dates.ts splits dates.ts out of the first view's start chunk (ExportTools.tsx).
 */
function dateParts(iso: string): { year: number; month: string; day: number; weekday: number } {
  return partsOf(utcDate(iso));
}

/** The date an ISO date names, at midnight UTC; a RangeError for anything else (2021-02-30 too). */
function utcDate(iso: string): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new RangeError(`Not a date (YYYY-MM-DD): "${iso}"`);
  return d;
}

function partsOf(d: Date): { year: number; month: string; day: number; weekday: number } {
  return { year: d.getUTCFullYear(), month: MONTHS[d.getUTCMonth()]!, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/**
 * "Sep 13 – 19, 2021", "Sep 27 – Oct 3, 2021", "Dec 27, 2021 – Jan 2, 2022": the Monday-Sunday
 * week ending on a date, as en-US Intl.DateTimeFormat#formatRange writes it, with plain spaces
 * round the dash (Node's ICU writes thin ones, Chromium's plain ones), so the prerendered page
 * and the browser write the same text.
 */
export function formatWeekDates(weekEndingIso: string): string {
  const end = utcDate(weekEndingIso);
  const s = partsOf(new Date(end.getTime() - 6 * DAY_MS));
  const e = partsOf(end);
  if (s.year !== e.year) return `${s.month} ${s.day}, ${s.year} – ${e.month} ${e.day}, ${e.year}`;
  if (s.month !== e.month) return `${s.month} ${s.day} – ${e.month} ${e.day}, ${e.year}`;
  return `${s.month} ${s.day} – ${e.day}, ${e.year}`;
}

/** "Jul 19, 2026" from an ISO date. */
export function formatDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${month} ${day}, ${year}`;
}

/** "Sep 2021" from an ISO date: calendar axis ticks. */
export function formatMonthYear(iso: string): string {
  const { year, month } = dateParts(iso);
  return `${month} ${year}`;
}

/** "Friday" from an ISO date. */
export function formatWeekday(iso: string): string {
  return WEEKDAYS[dateParts(iso).weekday]!;
}

/** "1st", "2nd", "3rd", "11th", "22nd": en-US ordinal rules. */
export function formatOrdinal(n: number): string {
  const last = Math.abs(n) % 10;
  const lastTwo = Math.abs(n) % 100;
  const suffix = last === 1 && lastTwo !== 11 ? 'st' : last === 2 && lastTwo !== 12 ? 'nd' : last === 3 && lastTwo !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * "A", "A and B", "A, B and C": the house style has no serial comma (en-GB's list); with `serial`,
 * "A, B, and C" (en-US's).
 */
export function formatList(items: readonly string[], serial = false): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items.length > 2 && serial ? ', and ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${last}${items.at(-1)!}`;
}

/** "week 3" or "weeks 1–8". */
export function formatWeekSpan([from, to]: readonly [number, number]): string {
  // What en-US NumberFormat#formatRange writes (an en dash, no spaces), at a fraction of its cost:
  // V8 builds a range formatter on every call, about half a millisecond on a slider's every step.
  return from === to ? `week ${from}` : `weeks ${formatInt(from)}–${formatInt(to)}`;
}

/** "2022 – 2025" (thin spaces round the dash), or "2024" within one year. */
export function formatYearRange(fromIso: string, toIso: string): string {
  const from = dateParts(fromIso).year;
  const to = dateParts(toIso).year;
  return from === to ? String(from) : `${from}\u2009–\u2009${to}`;
}

/** "1 day", "3 days": the noun follows the number (en-US: singular for exactly one). */
export function formatCount(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${Math.abs(n) === 1 ? one : many}`;
}
