// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ComparisonView } from '../../../../src/domain/comparison/types';
import type { WeekRange } from '../../../../src/domain/view';
import { AOUAD, SG, compare } from '../../../comparison';

/*
 * Squid Game S1 re-enters the list at its 20th, 21st, 23rd and 30th rows (all-weeks-global.tsv,
 * gaps of more than 7 days found with awk). A label needs max(2, rows / 4) weeks after the last one.
 */
describe('re-entry rules and their labels', () => {
  it.each<[WeekRange, [number, boolean, boolean][]]>([
    // 32 rows: labels 8 weeks apart, so 21 and 23 stay unlabelled and 30 is labelled.
    [
      [1, 32],
      [
        [20, true, true],
        [21, false, false],
        [23, false, false],
        [30, true, false],
      ],
    ],
    // 4 rows: 2 weeks apart is enough.
    [
      [20, 23],
      [
        [20, true, true],
        [21, false, false],
        [23, true, false],
      ],
    ],
    // 3 rows: exactly 2 weeks apart is still enough; the first rule in view is the first.
    [
      [21, 23],
      [
        [21, true, true],
        [23, true, false],
      ],
    ],
    [[1, 19], []],
  ])('Squid Game, weeks %j', (weeks, expected) => {
    const { markers } = compare({ titles: [SG], weeks });
    expect(markers.map((m) => [m.x, m.labelled, m.first])).toEqual(expected);
    expect(new Set(markers.map((m) => `${m.titleId} ${m.label}`))).toEqual(new Set(markers.length ? [`${SG} Squid Game re-enters`] : []));
  });

  it.each<[string, Partial<ComparisonView>]>([
    ['since premiere', { align: 'premiere', weeks: [1, 300] }],
    ['calendar', { align: 'calendar', weeks: [1, 32] }],
  ])('no rules %s: distance on the axis is already time', (_name, view) => {
    expect(compare({ titles: [SG], ...view }).markers).toEqual([]);
  });
});

// All of Us Are Dead S1: 11 rows, 2022-01-30 .. 2022-04-10; Squid Game S1 weeks 1-8 are 2021-09-19 .. 2021-11-07.
describe('the rows an axis gets', () => {
  it.each<[string, Partial<ComparisonView>, number, (number | string)[]]>([
    ['Week in Top 10 ends where the longest run ends', { titles: [AOUAD], weeks: [1, 40] }, 11, [1, 11]],
    ['Week since premiere keeps the whole range', { titles: [AOUAD], align: 'premiere', weeks: [1, 12] }, 12, [1, 12]],
    ['nothing in range since premiere: no rows', { titles: [AOUAD], align: 'premiere', weeks: [20, 32] }, 0, []],
    // 2021-09-19 .. 2022-03-20 is 182 days: 27 Sundays, whatever the legend order.
    ['calendar runs from the earliest week to the latest', { titles: [AOUAD, SG], align: 'calendar' }, 27, ['2021-09-19', '2022-03-20']],
  ])('%s', (_name, view, count, ends) => {
    const { rows } = compare(view);
    expect([rows.length, ...(rows.length ? [rows[0]!.key, rows.at(-1)!.key] : [])]).toEqual([count, ...ends]);
  });
});
