// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatDate,
  formatInt,
  formatList,
  formatWeekDates,
  formatMonthYear,
  formatOrdinal,
  formatWeekday,
  formatYearRange,
} from '../../../src/domain/format';

// The formatters are written by hand to keep Intl (and ICU's start-up) off the first view. Each
// must write what its en-US Intl counterpart writes: here they are side by side, over the values
// the app formats and well beyond.
const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 3 });
const SHORT_DATE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
const YEAR = new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' });
const ORDINAL = new Intl.PluralRules('en-US', { type: 'ordinal' });
const CARDINAL = new Intl.PluralRules('en-US');
const AND_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const SERIAL_LIST = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const DAY = 86_400_000;

/** What the formatters did with Intl: the full number unless the short form is exact. */
function intlCompact(n: number): string {
  const short = COMPACT.format(n);
  const scale: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
  const value = Math.round(Number(short.slice(0, -1).replace(/,/g, '')) * (scale[short.slice(-1)] ?? Number.NaN));
  return short === INT.format(n) || value === n ? short : INT.format(n);
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// Every day from 1900 to 2100.
const anyDay = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2100, 11, 31) / DAY }).map((d) => iso(d * DAY));
const NUMBERS = fc.oneof(
  fc.integer({ min: -1e6, max: 1e10 }),
  fc.double({ min: -1e16, max: 1e16, noNaN: true }),
  // Round figures, as Netflix publishes hours (to 10,000) and as axis ticks are.
  fc
    .tuple(fc.integer({ min: 1, max: 9_999 }), fc.constantFrom(1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11))
    .map(([m, s]) => m * s),
);

describe('formatters write what en-US Intl writes', () => {
  it('formatInt and formatCompact, on whole, fractional and round numbers', () => {
    fc.assert(
      fc.property(NUMBERS, (n) => {
        expect(formatInt(n)).toBe(INT.format(n));
        expect(formatCompact(n)).toBe(intlCompact(n));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([0, -0, 0.5, -0.5, 1.5, 2.5, -2.5, 999.5, 999_999, 1_000_000, 1e15, 1.5e15, 1e21, 1e22, Infinity, -Infinity, NaN])(
    'formatInt and formatCompact at the edge %d',
    (n) => {
      expect(formatInt(n)).toBe(INT.format(n));
      expect(formatCompact(n)).toBe(intlCompact(n));
    },
  );

  it('the date formatters, on every kind of day', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const date = new Date(`${a}T00:00:00Z`);
        expect(formatDate(a)).toBe(SHORT_DATE.format(date));
        expect(formatMonthYear(a)).toBe(MONTH_YEAR.format(date));
        expect(formatWeekday(a)).toBe(WEEKDAY.format(date));
        expect(formatYearRange(from, to)).toBe(YEAR.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)));
        const end = Date.parse(`${a}T00:00:00Z`);
        expect(formatWeekDates(a)).toBe(SHORT_DATE.formatRange(new Date(end - 6 * DAY), new Date(end)).replace(/[\u2009\u202f]/g, ' '));
      }),
      { numRuns: 3_000 },
    );
  });

  it('ordinals, counts and lists', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 1_000_000 }), (n) => {
        expect(formatOrdinal(n)).toBe(`${n}${SUFFIX[ORDINAL.select(n)]}`);
        expect(formatCount(n, 'week')).toBe(`${INT.format(n)} ${CARDINAL.select(n) === 'one' ? 'week' : 'weeks'}`);
      }),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 6 }), (items) => {
        expect(formatList(items)).toBe(AND_LIST.format(items));
        expect(formatList(items, true)).toBe(SERIAL_LIST.format(items));
      }),
    );
  });
});
