// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { calendarTicks, linearTicks, logTicks, niceStep, weekTicks } from '../../../../src/domain/comparison/axes';
import type { ComparisonView } from '../../../../src/domain/comparison/types';
import { AOUAD, BP, compare } from '../../../comparison';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const sundays = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10));

describe('axis ticks at their boundaries', () => {
  it.each<[number, number]>([
    [0.8, 0.2],
    [10, 2],
    [9.9, 2],
    [1000, 200],
  ])('niceStep(%d) = %d', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it.each<[number, number[]]>([
    [0, [0, 1]],
    [-5, [0, 1]],
    [1000, [0, 200, 400, 600, 800, 1000]],
    [1001, [0, 250, 500, 750, 1000, 1250]],
  ])('linearTicks(%d) = %j', (max, ticks) => {
    expect(linearTicks(max)).toEqual(ticks);
  });

  it.each<[number, number, number[]]>([
    [3, 40, [2, 5, 10, 20, 50]],
    // Seven ticks fit; an eighth would crowd the axis, so powers of ten only.
    [2, 200, [2, 5, 10, 20, 50, 100, 200]],
    [2, 500, [1, 10, 100, 1000]],
    [1, 1000, [1, 10, 100, 1000]],
    [10, 10, [10]],
  ])('logTicks(%d, %d) = %j', (min, max, ticks) => {
    expect(logTicks(min, max)).toEqual(ticks);
  });

  it.each<[number[], number[]]>([
    [[], []],
    [range(1, 10), range(1, 10)],
    [range(1, 11), [1, 3, 5, 7, 9, 11]],
    [
      [2, 3],
      [2, 3],
    ],
    [range(1, 600), [1, 53, 105, 157, 209, 261, 313, 365, 417, 469, 521, 573]],
  ])('weekTicks over %j', (keys, ticks) => {
    expect(weekTicks(keys)).toEqual(ticks);
  });

  // First Sundays of a month from 2021-09-19 on (dates checked with `date -ud`): monthly up to 60 weeks,
  // quarterly up to 160, yearly beyond.
  it.each<[number, string[]]>([
    [
      60,
      [
        '2021-10-03',
        '2021-11-07',
        '2021-12-05',
        '2022-01-02',
        '2022-02-06',
        '2022-03-06',
        '2022-04-03',
        '2022-05-01',
        '2022-06-05',
        '2022-07-03',
        '2022-08-07',
        '2022-09-04',
        '2022-10-02',
        '2022-11-06',
      ],
    ],
    [61, ['2021-10-03', '2022-01-02', '2022-04-03', '2022-07-03', '2022-10-02']],
    [
      160,
      [
        '2021-10-03',
        '2022-01-02',
        '2022-04-03',
        '2022-07-03',
        '2022-10-02',
        '2023-01-01',
        '2023-04-02',
        '2023-07-02',
        '2023-10-01',
        '2024-01-07',
        '2024-04-07',
        '2024-07-07',
        '2024-10-06',
      ],
    ],
    [161, ['2022-01-02', '2023-01-01', '2024-01-07']],
  ])('calendar ticks over %i weeks', (n, ticks) => {
    expect(calendarTicks(sundays('2021-09-19', n))).toEqual(ticks);
  });
});

/*
 * Hours hand-checked with awk over all-weeks-global.tsv (rows sorted by week): in weeks 1-8 the
 * smallest figure is All of Us Are Dead's 13,820,000 (2022-03-20) and the largest Squid Game's
 * 571,760,000 (2021-10-03); Business Proposal's weeks 1-8 run 15,900,000 .. 41,460,000.
 */
describe('the axes a view gets', () => {
  it.each<[string, Partial<ComparisonView>, string, string[], [number, number]]>([
    ['default', {}, 'Hours viewed', ['0', '200M', '400M', '600M'], [0, 600_000_000]],
    ['log', { scale: 'log' }, 'Hours viewed', ['10M', '20M', '50M', '100M', '200M', '500M', '1B'], [10_000_000, 1_000_000_000]],
    ['log, Business Proposal', { scale: 'log', titles: [BP] }, 'Hours viewed', ['10M', '20M', '50M'], [10_000_000, 50_000_000]],
    ['nothing in range', { titles: [AOUAD], weeks: [20, 32] }, 'Hours viewed', ['0', '1'], [0, 1]],
    ['views without any figure, log asked', { metric: 'views', scale: 'log' }, 'Views', ['0', '1'], [0, 1]],
  ])('y axis: %s', (_name, view, title, labels, domain) => {
    const { yAxis } = compare(view);
    expect([yAxis.title, yAxis.labels, yAxis.domain, yAxis.reversed]).toEqual([title, labels, domain, false]);
  });

  it.each<[Partial<ComparisonView>, string, string[]]>([
    [{}, 'Week in the Top 10', ['1', '2', '3', '4', '5', '6', '7', '8']],
    [{ align: 'premiere', titles: [BP], weeks: [1, 3] }, 'Week since premiere', ['1', '2', '3']],
    [{ align: 'calendar', titles: [BP] }, 'Week ending', ['Apr 2022', 'May 2022']],
  ])('x axis for %j', (view, title, labels) => {
    const { xAxis } = compare(view);
    expect([xAxis.title, xAxis.labels]).toEqual([title, labels]);
  });
});
