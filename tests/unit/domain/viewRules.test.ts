// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type Catalog, type ChartKind, type Metric, type WeekRange } from '../../../src/domain/view';
import { applicableScale, clampRange, defaultViewFor, logScaleRefusal, toggleTitle } from '../../../src/domain/viewRules';

describe('clampRange', () => {
  it.each<[WeekRange, number, WeekRange]>([
    [[1, 8], 32, [1, 8]],
    [[0, 999], 32, [1, 32]],
    [[40, 50], 32, [32, 32]],
    [[9, 2], 32, [9, 9]],
    [[2.6, 7.2], 32, [3, 7]],
    [[1, 8], 5, [1, 5]],
  ])('%j within 1..%i is %j', (range, max, expected) => {
    expect(clampRange(range, max)).toEqual(expected);
  });
});

describe('toggleTitle', () => {
  it.each<[string[], string, string[]]>([
    [['a', 'b', 'c'], 'b', ['a', 'c']],
    [['a', 'c'], 'b', ['a', 'c', 'b']],
    [['a'], 'a', ['a']],
    // The 9th title is refused: eight is the most the chart keeps apart.
    [['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 'i', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'h', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
  ])('%j toggling %s gives %j', (titles, id, expected) => {
    expect(toggleTitle(titles, id)).toEqual(expected);
  });
});

describe('a scale that does not apply is refused, one rule for all', () => {
  it.each<[Metric, ChartKind, string | null]>([
    ['hours', 'line', null],
    ['cumulative', 'line', null],
    ['hours', 'bar', 'a bar on a log axis has no true length'],
    ['cumulative', 'bar', 'a bar on a log axis has no true length'],
    ['rank', 'line', 'Rank has no log scale'],
    ['rank', 'bar', 'Rank has no log scale'],
  ])('log under %s as %s: %s', (metric, chart, reason) => {
    expect(logScaleRefusal(metric, chart)).toBe(reason);
    expect(applicableScale(metric, chart, 'log')).toBe(reason === null ? 'log' : 'linear');
    expect(applicableScale(metric, chart, 'linear')).toBe('linear');
  });
});

describe('defaultViewFor', () => {
  const catalog = (titleIds: string[], max = 32): Catalog => ({ titleIds, maxWeek: { top10: max, premiere: max, calendar: max } });
  it.each<[string, Catalog, string[], WeekRange]>([
    [
      'the shipped data',
      catalog(['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1', 'x']),
      ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'],
      [1, 8],
    ],
    ['data missing one default title', catalog(['x', 'squid-game-s1']), ['squid-game-s1'], [1, 8]],
    ['data with none of them, only 5 weeks', catalog(['a', 'b', 'c', 'd'], 5), ['a', 'b', 'c'], [1, 5]],
  ])('%s', (_name, cat, titles, weeks) => {
    expect(defaultViewFor(cat)).toEqual({ ...DEFAULT_VIEW, titles, weeks });
  });
});
