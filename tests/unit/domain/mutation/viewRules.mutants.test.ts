// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { logRefusalFor } from '../../../../src/domain/comparison/scale';
import { DEFAULT_TITLES, type ChartKind, type Metric, type WeekRange } from '../../../../src/domain/view';
import { clampRange, defaultTitles, defaultWeeks, weekLimit } from '../../../../src/domain/viewRules';

describe('view rules at their edges', () => {
  // A catalog from an empty or odd file still allows week 1.
  it.each<[number, number]>([
    [32, 32],
    [32.9, 32],
    [1, 1],
    [0.5, 1],
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
  ])('weekLimit(%d) = %i', (max, limit) => {
    expect(weekLimit(max)).toBe(limit);
  });

  it.each<[WeekRange, number, WeekRange]>([
    [[1, 8], Number.NaN, [1, 1]],
    [[3, 3], 32, [3, 3]],
    [[-2, -1], 32, [1, 1]],
    [[2.4, 2.5], 32, [2, 3]],
  ])('clampRange(%j, %d) = %j', (range, max, expected) => {
    expect(clampRange(range, max)).toEqual(expected);
  });

  it.each<[number, WeekRange]>([
    [32, [1, 8]],
    [3, [1, 3]],
    [0, [1, 1]],
  ])('defaultWeeks(%d) = %j', (max, weeks) => {
    expect(defaultWeeks(max)).toEqual(weeks);
  });

  it('an empty catalog still names the default titles, never none', () => {
    expect(defaultTitles({ titleIds: [], maxWeek: { top10: 1, premiere: 1, calendar: 1 } })).toEqual(DEFAULT_TITLES);
  });

  it.each<[Metric, ChartKind, string | null]>([
    ['hours', 'line', null],
    ['views', 'line', null],
    ['hours', 'bar', 'Log does not apply: a bar on a log axis has no true length.'],
    ['rank', 'line', 'Log does not apply: Rank has no log scale.'],
  ])('the Log control under %s as %s says %s', (metric, chart, sentence) => {
    expect(logRefusalFor(metric, chart)).toBe(sentence);
  });
});
