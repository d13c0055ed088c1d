// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { firstWeekOf, lastWeekOf, longestRun } from '../../../../src/domain/comparison/place';
import { allBest } from '../../../../src/domain/comparison/totals';
import type { ComparisonView, EmptyRange } from '../../../../src/domain/comparison/types';
import type { Dataset, Title } from '../../../../src/domain/types';
import type { Align } from '../../../../src/domain/view';
import { loadCatalog } from '../../../catalog';
import { AOUAD, BP, SG, compare, seed } from '../../../comparison';

const catalog = loadCatalog();
const title = (id: string) => seed.titles.find((t) => t.id === id)!;

/*
 * Hand-checked with awk over all-weeks-global.tsv and the premieres in data.md:
 *   Squid Game S1: 32 rows, premiere Fri 2021-09-17, last row 2025-07-13 = week 200 since premiere.
 *   All of Us Are Dead S1: 11 rows in a row, 2022-01-30 .. 2022-04-10, premiere Fri 2022-01-28 (weeks 1-11).
 *   Business Proposal: 13 rows in a row, 2022-03-13 .. 2022-06-05; premiere Mon 2022-02-28, so its
 *     first row is week 2 since premiere and its last week 14.
 */
describe('where each title starts and ends under each alignment', () => {
  it.each<[string, Align, number, number]>([
    [SG, 'top10', 1, 32],
    [SG, 'premiere', 1, 200],
    [BP, 'top10', 1, 13],
    [BP, 'premiere', 2, 14],
    [AOUAD, 'premiere', 1, 11],
  ])('%s under %s: weeks %i to %i', (id, align, first, last) => {
    expect([firstWeekOf(title(id), align), lastWeekOf(title(id), align)]).toEqual([first, last]);
  });

  it('a title listed before the premiere it was given still starts at week 1', () => {
    const early: Title = { ...title(AOUAD), premiere: '2022-02-10' };
    expect(firstWeekOf(early, 'premiere')).toBe(1);
  });

  it.each<[string[], Align, number]>([
    [[AOUAD, BP], 'top10', 13],
    [[AOUAD, BP], 'premiere', 14],
    [[SG, AOUAD], 'premiere', 200],
    [['nope'], 'top10', 1],
  ])('longestRun(%j, %s) = %i', (ids, align, max) => {
    expect(longestRun(seed.titles, ids, align)).toBe(max);
  });
});

describe('an empty range says so and offers the weeks the titles have', () => {
  it.each<[string, Partial<ComparisonView>, EmptyRange]>([
    [
      'one title since premiere: from its own first week',
      { titles: [BP], align: 'premiere', weeks: [20, 32] },
      {
        message: 'Business Proposal: Limited Series: nothing to draw in weeks 20–32 since premiere. It was not on the list in those weeks.',
        suggestion: [2, 14],
        suggestionLabel: 'Show weeks 2–14',
      },
    ],
    [
      'two titles since premiere: from the earlier first week to the longest run',
      { titles: [BP, AOUAD], align: 'premiere', weeks: [20, 32] },
      {
        message:
          'Business Proposal: Limited Series and All of Us Are Dead: Season 1: nothing to draw in weeks 20–32 since premiere. None of them was on the list in those weeks.',
        suggestion: [1, 14],
        suggestionLabel: 'Show weeks 1–14',
      },
    ],
  ])('%s', (_name, view, empty) => {
    expect(compare(view).empty).toEqual(empty);
  });

  it.each<[string, Partial<ComparisonView>, Dataset]>([
    ['no known title', { titles: ['nope'] }, seed],
    ['no known title, under Views', { titles: ['nope'], metric: 'views' }, seed],
    ['Views where one title has figures and one has none', { titles: ['wednesday-s1', 'baby-reindeer-s1'], metric: 'views' }, catalog],
  ])('nothing to say: %s', (_name, view, dataset) => {
    expect(compare(view, dataset).empty).toBeNull();
  });
});

describe('totals at their edges', () => {
  it('Week in Top 10 counts the weeks a title has, not the width of the range', () => {
    const [sg, bp] = compare({ titles: [SG, BP], weeks: [1, 40] }).totals;
    expect([sg!.weeksInRange, bp!.weeksInRange]).toEqual([32, 13]);
  });

  // Squid Game S1 and Wednesday S1 both left the list before 2023-06-18: no views to compare.
  it('no title leads when none has a figure', () => {
    const totals = compare({ titles: ['wednesday-s1', SG], metric: 'views' }, catalog).totals;
    expect(totals.map((t) => [t.isLeader, t.leaderName, t.shareOfLeader])).toEqual([
      [false, '', null],
      [false, '', null],
    ]);
  });

  it.each<[string, (number | null)[], boolean, { items: number[]; score: number | null }]>([
    ['nothing to score', [], true, { items: [], score: null }],
    ['only blanks', [null, null], true, { items: [], score: null }],
    ['a blank after a score is skipped, not a winner', [3, null], true, { items: [0], score: 3 }],
    ['a tie names both, in order', [2, 1, 1], true, { items: [1, 2], score: 1 }],
    ['higher is better', [2, 5, 5, 1], false, { items: [1, 2], score: 5 }],
  ])('allBest: %s', (_name, values, lowerIsBetter, expected) => {
    const items = values.map((_, i) => i);
    const better = lowerIsBetter ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
    expect(allBest(items, (i) => values[i]!, better)).toEqual(expected);
  });
});
