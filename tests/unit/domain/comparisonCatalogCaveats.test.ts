// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/domain/comparison/types';
import type { Align, Metric, WeekRange } from '../../../src/domain/view';
import { loadCatalog } from '../../catalog';
import { compare } from '../../comparison';

const catalog = loadCatalog();
const texts = (c: Comparison) => c.caveats.map((x) => x.text);
const count = (c: Comparison, re: RegExp) => texts(c).filter((t) => re.test(t)).length;

const PARTIAL = /whether that week was a partial one is unknown/;
const FROM_FIRST_WEEK = /“Week since premiere” counts from its first week on the list/;
const LAST_WEEK = /first reached the list in the file's last week/;
const REENTRY = /left the list and came back/;
const NO_VIEWS = /^Netflix published no views before/;

// Caveats for titles outside the curated three, counted in all-weeks-global.tsv with awk:
// Wednesday S1 first listed 2022-11-27, 28 weeks, gaps before 2023-03-19, 2023-04-16, 2025-08-03;
// The Hawk S1 has one row, 2026-07-19, the file's last week; Baby Reindeer 8 weeks in a row from
// 2024-04-14; Squid Game S1 keeps its curated premiere (2021-09-17).
describe('caveats for every title', () => {
  it.each<[string, string, Metric, Align, WeekRange, [RegExp, number][]]>([
    [
      'no premiere: partial first week unknown',
      'baby-reindeer-s1',
      'hours',
      'top10',
      [1, 8],
      [
        [PARTIAL, 1],
        [FROM_FIRST_WEEK, 0],
        [NO_VIEWS, 0],
      ],
    ],
    [
      '…and under Week since premiere it counts from the first week on the list',
      'baby-reindeer-s1',
      'hours',
      'premiere',
      [1, 8],
      [
        [PARTIAL, 1],
        [FROM_FIRST_WEEK, 1],
      ],
    ],
    [
      '…said even when week 1 is out of range, since every week number depends on it',
      'baby-reindeer-s1',
      'hours',
      'premiere',
      [3, 8],
      [[FROM_FIRST_WEEK, 1]],
    ],
    ['…but not under Week in Top 10 when week 1 is out of range', 'baby-reindeer-s1', 'hours', 'top10', [3, 8], [[PARTIAL, 0]]],
    [
      'first week on the list is the last week of the file',
      'the-hawk-s1',
      'hours',
      'top10',
      [1, 1],
      [
        [LAST_WEEK, 1],
        [PARTIAL, 1],
      ],
    ],
    [
      're-entries once, not doubled by the catalog caveat',
      'wednesday-s1',
      'hours',
      'top10',
      [1, 28],
      [
        [REENTRY, 1],
        [PARTIAL, 1],
        [NO_VIEWS, 0],
      ],
    ],
    [
      'views missing before 2023-06-18, only under Views',
      'wednesday-s1',
      'views',
      'top10',
      [1, 8],
      [
        [NO_VIEWS, 1],
        [PARTIAL, 1],
      ],
    ],
    [
      'a curated premiere: no unknown partial week',
      'squid-game-s1',
      'hours',
      'premiere',
      [1, 8],
      [
        [PARTIAL, 0],
        [FROM_FIRST_WEEK, 0],
        [/week 1 holds only 3 days of viewing/, 1],
      ],
    ],
  ])('%s (%s, %s, %s, %j)', (_name, id, metric, align, weeks, expected) => {
    const c = compare({ titles: [id], metric, align, weeks }, catalog);
    for (const [re, n] of expected) expect(count(c, re), `${re} in ${JSON.stringify(texts(c))}`).toBe(n);
  });

  it('words them plainly', () => {
    const premiere = compare({ titles: ['baby-reindeer-s1'], align: 'premiere' }, catalog);
    expect(texts(premiere)).toEqual([
      "Baby Reindeer: Limited Series: Netflix's file gives no premiere date, so “Week since premiere” counts from its first week on the list, and whether that week was a partial one is unknown.",
    ]);
    const top10 = compare({ titles: ['baby-reindeer-s1'] }, catalog);
    expect(texts(top10)).toEqual([
      "Baby Reindeer: Limited Series: Netflix's file gives no premiere date, so week 1 is its first week on the list, and whether that week was a partial one is unknown.",
    ]);
    const hawk = compare({ titles: ['the-hawk-s1'], weeks: [1, 1] }, catalog);
    expect(texts(hawk)[0]).toBe(
      "The Hawk: Season 1 first reached the list in the file's last week (ending Jul 19, 2026): its run has only begun.",
    );
  });

  it('marks the first week it concerns, and the column under Week since premiere', () => {
    const c = compare({ titles: ['baby-reindeer-s1'], align: 'premiere' }, catalog);
    const mark = c.caveats[0]!.mark;
    expect(c.series[0]!.points.filter((p) => p.notes.some((n) => n.mark === mark)).map((p) => p.week.week)).toEqual(['2024-04-14']);
    expect(c.table.columns[0]!.marks).toBe(mark);
  });

  it('gives each title its own note, in legend order, and keeps the marks distinct', () => {
    const c = compare({ titles: ['wednesday-s1', 'baby-reindeer-s1'], weeks: [1, 8], metric: 'views' }, catalog);
    expect(c.caveats.map((x) => [x.mark, x.titleId])).toEqual([
      ['*', 'wednesday-s1'],
      ['†', 'wednesday-s1'],
      ['‡', 'baby-reindeer-s1'],
    ]);
    expect(c.caveats[0]!.text).toMatch(NO_VIEWS);
  });
});
