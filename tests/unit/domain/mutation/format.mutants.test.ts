// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from '../../../../src/domain/dates';
import {
  formatCompact,
  formatCount,
  formatDate,
  formatInt,
  formatList,
  formatMonthYear,
  formatOrdinal,
  formatPercent,
  formatWeekday,
  formatWeekSpan,
} from '../../../../src/domain/format';
import { AOUAD_WEEKS_1_8, SG_WEEKS_1_8 } from '../../../figures';

// What a reader quotes: every formatter's exact words, including where a short form must give way.
describe('format: the exact words', () => {
  it.each<[number, string]>([
    [0, '0'],
    [999, '999'],
    [2_500, '2.5K'],
    [450_000_000, '450M'],
    // A tick at 1.65B must not read "1.7B".
    [1_650_000_000, '1.65B'],
    [1_500_000_000_000, '1.5T'],
    // Four significant digits would round in short form: the full number instead.
    [1_234_567, '1,234,567'],
    [SG_WEEKS_1_8.value, SG_WEEKS_1_8.text],
  ])('formatCompact(%d) = %s', (n, text) => {
    expect(formatCompact(n)).toBe(text);
  });

  it.each<[number, string]>([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [30, '30th'],
    [111, '111th'],
  ])('formatOrdinal(%d) = %s', (n, text) => {
    expect(formatOrdinal(n)).toBe(text);
  });

  it.each<[number, string, string | undefined, string]>([
    [1, 'day', undefined, '1 day'],
    [3, 'day', undefined, '3 days'],
    [0, 'week', undefined, '0 weeks'],
    [1_500, 'row', undefined, '1,500 rows'],
    [1, 'child', 'children', '1 child'],
    [2, 'child', 'children', '2 children'],
  ])('formatCount(%d, %s, %s) = %s', (n, one, many, text) => {
    expect(formatCount(n, one, many)).toBe(text);
  });

  it.each<[readonly [number, number], string]>([
    [[3, 3], 'week 3'],
    [[1, 8], 'weeks 1–8'],
    [[19, 20], 'weeks 19–20'],
    [[5, 312], 'weeks 5–312'],
  ])('formatWeekSpan(%j) = %s', (span, text) => {
    expect(formatWeekSpan(span)).toBe(text);
  });

  it.each<readonly [number, number]>([
    [1, 8],
    [5, 312],
    [1, 1_200],
  ])('formatWeekSpan(%j) writes what Intl’s formatRange writes', (from, to) => {
    expect(formatWeekSpan([from, to])).toBe(`weeks ${new Intl.NumberFormat('en-US').formatRange(from, to)}`);
  });

  it.each<[string[], string]>([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('formatList(%j) = %s', (items, text) => {
    expect(formatList(items)).toBe(text);
  });

  it.each<[string, string, string, string]>([
    // Squid Game S1 premiered on a Friday; the file ends on a Sunday.
    ['2021-09-17', 'Sep 17, 2021', 'Sep 2021', 'Friday'],
    ['2026-07-19', 'Jul 19, 2026', 'Jul 2026', 'Sunday'],
    // UTC throughout: the first day of a year stays in that year whatever the machine's zone.
    ['2022-01-01', 'Jan 1, 2022', 'Jan 2022', 'Saturday'],
  ])('%s: %s, %s, %s', (iso, date, monthYear, weekday) => {
    expect([formatDate(iso), formatMonthYear(iso), formatWeekday(iso)]).toEqual([date, monthYear, weekday]);
  });

  it.each<[number, string]>([
    [0.456, '46%'],
    [1, '100%'],
    [0.004, '0%'],
  ])('formatPercent(%d) = %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });

  it.each<[number, string]>([
    [AOUAD_WEEKS_1_8.value, AOUAD_WEEKS_1_8.text],
    [0.6, '1'],
  ])('formatInt(%d) = %s', (n, text) => {
    expect(formatInt(n)).toBe(text);
  });
});

describe('dates at their edges', () => {
  it.each<[string, boolean]>([
    ['0999-01-04', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2021-9-19', false],
  ])('isIsoDate(%s) = %s', (iso, valid) => {
    expect(isIsoDate(iso)).toBe(valid);
  });

  it('names the text that is not a date', () => {
    expect(() => addDays('19/09/2021', 1)).toThrow('Not a date (YYYY-MM-DD): "19/09/2021"');
  });
});
