import { describe, expect, it } from 'vitest';
import { calendarTicks, linearTicks, logTicks, niceStep, weekTicks } from '../../../src/domain/comparison/axes';
import { logRefusalFor } from '../../../src/domain/comparison/scale';
import { formatCompact } from '../../../src/domain/format';
import { compare } from '../../comparison';
import { SG_WEEKS_1_8 } from '../../figures';

describe('y axis', () => {
  it.each<[number, number]>([
    [571_760_000, 200_000_000],
    [SG_WEEKS_1_8.value, 500_000_000],
    [1_100_000_000, 250_000_000],
    [45, 10],
    [12, 2.5],
    [8, 2],
  ])('a nice step (1, 2, 2.5 or 5 × 10ⁿ) for a maximum of %i is %i', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it.each<[number, string[]]>([
    [571_760_000, ['0', '200M', '400M', '600M']],
    [1_650_000_000, ['0', '500M', '1B', '1.5B', '2B']],
    [1_100_000_000, ['0', '250M', '500M', '750M', '1B', '1.25B']],
  ])('ticks for a maximum of %i read exactly', (max, labels) => {
    expect(linearTicks(max).map(formatCompact)).toEqual(labels);
  });

  it.each<[number, string]>([
    [1_650_000_000, '1.65B'],
    [2_500_000, '2.5M'],
    [1_234_567, '1,234,567'],
  ])('an axis label never rounds: %i reads %s', (value, label) => {
    expect(formatCompact(value)).toBe(label);
  });

  it('a log axis steps 1, 2, 5 × 10ⁿ around the data', () => {
    // Squid Game weeks 1-32 span 7,480,000 to 571,760,000: powers of ten only, still around every figure.
    expect(logTicks(7_480_000, 571_760_000)).toEqual([1e6, 1e7, 1e8, 1e9]);
    expect(logTicks(15_900_000, 41_460_000)).toEqual([1e7, 2e7, 5e7]);
  });

  it.each<[string, Parameters<typeof compare>[0], string]>([
    ['hours', {}, 'Hours viewed'],
    ['cumulative', { metric: 'cumulative' }, 'Cumulative hours viewed'],
    ['rank', { metric: 'rank' }, 'Rank in TV (Non-English)'],
  ])('the y axis title names the unit: %s', (_name, view, title) => {
    expect(compare(view).yAxis.title).toBe(title);
  });

  it('ranks run #1 to #10, top down', () => {
    const { yAxis } = compare({ metric: 'rank' });
    expect([yAxis.labels[0], yAxis.labels.at(-1), yAxis.reversed]).toEqual(['#1', '#10', true]);
  });
});

describe('x axis', () => {
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  it.each<[number, number, number[]]>([
    [1, 8, [1, 2, 3, 4, 5, 6, 7, 8]],
    [1, 12, [1, 3, 5, 7, 9, 11]],
    [1, 32, [1, 5, 9, 13, 17, 21, 25, 29]],
    [5, 8, [5, 6, 7, 8]],
    [1, 200, [1, 27, 53, 79, 105, 131, 157, 183]],
  ])('week ticks for weeks %i–%i fall on a regular step', (a, b, ticks) => {
    expect(weekTicks(range(a, b))).toEqual(ticks);
  });

  const weeks = (from: string, n: number) =>
    Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10));
  it.each<[string, string, number, string[]]>([
    ['one tick a month over a short span', '2021-09-19', 12, ['2021-10-03', '2021-11-07', '2021-12-05']],
    [
      'one a quarter over two years',
      '2021-09-19',
      100,
      ['2021-10-03', '2022-01-02', '2022-04-03', '2022-07-03', '2022-10-02', '2023-01-01', '2023-04-02', '2023-07-02'],
    ],
    ['one a year over four years', '2021-09-19', 200, ['2022-01-02', '2023-01-01', '2024-01-07', '2025-01-05']],
  ])('calendar: %s', (_name, from, n, expected) => {
    expect(calendarTicks(weeks(from, n))).toEqual(expected);
  });
});

describe('log scale', () => {
  it.each<[Parameters<typeof logRefusalFor>[0], Parameters<typeof logRefusalFor>[1], boolean]>([
    ['hours', 'line', false],
    ['cumulative', 'line', false],
    ['rank', 'line', true],
    ['hours', 'bar', true],
  ])('%s as %s: refused = %s', (metric, chart, refused) => {
    expect(logRefusalFor(metric, chart) !== null).toBe(refused);
    expect(compare({ metric, chart, scale: 'log' }).scale).toBe(refused ? 'linear' : 'log');
  });
});
