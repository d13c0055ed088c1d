// @vitest-environment node
import { holdsEveryWeek, weeksOf } from '../../../../src/domain/import/merge';
import type { ImportRow } from '../../../../src/domain/import/types';
import type { Dataset, TitleWeek } from '../../../../src/domain/types';

const row = (week: string): ImportRow => ({
  week,
  category: 'Films (English)',
  rank: 1,
  showTitle: 'Leo',
  seasonTitle: null,
  hours: 61_700_000,
  runtime: null,
  views: null,
  cumulativeWeeks: 1,
});

describe('weeksOf: each distinct week once, in order of first appearance', () => {
  it.each<[string, string[], string[]]>([
    ['none', [], []],
    ['a file lists each week in a run', ['2026-07-19', '2026-07-19', '2026-07-12', '2026-07-12'], ['2026-07-19', '2026-07-12']],
    ['a week that comes back after another', ['2026-07-19', '2026-07-12', '2026-07-19'], ['2026-07-19', '2026-07-12']],
  ])('%s', (_, weeks, distinct) => {
    expect([...weeksOf(weeks.map(row))]).toEqual(distinct);
  });
});

describe('holdsEveryWeek', () => {
  const week = (w: string): TitleWeek => ({ week: w, rank: 1, hours: 1, runtime: null, views: null, cumulativeWeeks: 1 });
  const dataset = (...titles: string[][]): Dataset => ({
    source: { file: 's', firstWeek: '2021-07-04', lastWeek: '2026-07-19' },
    titles: titles.map((weeks, i) => ({
      id: `t${i}`,
      showTitle: `T${i}`,
      name: `T${i}`,
      seasonTitle: null,
      category: 'Films (English)',
      premiere: null,
      releasePattern: null,
      runtime: null,
      weeks: weeks.map(week),
    })),
  });
  const held = new Set(['2026-07-05', '2026-07-12', '2026-07-19']);
  const has = (w: string) => held.has(w);

  it.each<[string, Dataset, boolean]>([
    ['every week held', dataset(['2026-07-05', '2026-07-12'], ['2026-07-19']), true],
    ['one week of one title missing', dataset(['2026-07-05'], ['2026-07-12', '2026-06-28']), false],
    ['no titles', dataset(), true],
  ])('%s', (_, d, expected) => {
    expect(holdsEveryWeek(d, has)).toBe(expected);
  });
});
