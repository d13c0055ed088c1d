// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ComparisonView, TableCell } from '../../../../src/domain/comparison/types';
import type { Dataset } from '../../../../src/domain/types';
import { loadCatalog } from '../../../catalog';
import { AOUAD, BP, SG, compare, seed } from '../../../comparison';
import { AOUAD_WEEKS_1_8, AOUAD_WEEK_1, BP_WEEKS_1_8, SG_WEEKS_1_8, SG_WEEK_1 } from '../../../figures';

const catalog = loadCatalog();
const cell = (text: string, date: string | null, marks = ''): TableCell => ({ text, date, marks, empty: null });
const blank = (empty: string): TableCell => ({ text: '', date: null, marks: '', empty });

/*
 * Hand-checked with awk over all-weeks-global.tsv, each title's rows sorted by week:
 *   week 1: Squid Game S1 2021-09-19 63,190,000 (#1); All of Us Are Dead S1 2022-01-30 124,790,000 (#1);
 *     Business Proposal 2022-03-13 15,900,000 (#6).
 *   weeks 1-8 sums: 2,058,120,000; 630,570,000; 208,370,000 (data.md).
 *   Squid Game S1 rows 20-32: 13 rows, 447,380,000 hours; row 20 is 2022-06-19, 7,480,000.
 *   FUBAR S1 ($5 == "FUBAR: Season 1"): weekly_views blank 2023-05-28..06-11, then 3,400,000 (06-18) + 2,100,000 (06-25).
 *   Baby Reindeer weeks 1-8 weekly_views 82,600,000; Wednesday S1 weeks 1-8 none.
 */
describe('table cells say exactly what the chart says', () => {
  it.each<[string, Partial<ComparisonView>, Dataset, number, string, TableCell[]]>([
    [
      'default, week 1: figure, dates and the caveat marks',
      {},
      seed,
      0,
      'Week 1',
      [
        cell(SG_WEEK_1.text, 'Sep 13 – 19, 2021', '*'),
        cell(AOUAD_WEEK_1.text, 'Jan 24 – 30, 2022', '†'),
        cell('15,900,000', 'Mar 7 – 13, 2022', '‡'),
      ],
    ],
    [
      'rank cells keep their #',
      { metric: 'rank' },
      seed,
      0,
      'Week 1',
      [cell('#1', 'Sep 13 – 19, 2021', '*'), cell('#1', 'Jan 24 – 30, 2022', '†'), cell('#6', 'Mar 7 – 13, 2022', '‡')],
    ],
    [
      'past the end of a run, and a re-entry week',
      { titles: [AOUAD, SG], weeks: [20, 32] },
      seed,
      0,
      'Week 20',
      [blank('No such week in the Top 10'), cell('7,480,000', 'Jun 13 – 19, 2022', '*')],
    ],
    [
      'no views yet: empty, never 0',
      { titles: ['fubar-s1'], weeks: [1, 5], metric: 'views' },
      catalog,
      0,
      'Week 1',
      [blank('No views: Netflix published none that week')],
    ],
    [
      'the first week with views',
      { titles: ['fubar-s1'], weeks: [1, 5], metric: 'views' },
      catalog,
      3,
      'Week 4',
      [cell('3,400,000', 'Jun 12 – 18, 2023')],
    ],
    // The Hawk S1's one row (2026-07-19, the file's last week, 24,700,000 hours): two notes, two marks.
    [
      'two caveats on one figure',
      { titles: ['the-hawk-s1'], weeks: [1, 1] },
      catalog,
      0,
      'Week 1',
      [cell('24,700,000', 'Jul 13 – 19, 2026', '*†')],
    ],
    [
      'calendar: the row names the dates, the cell does not',
      { titles: [BP], align: 'calendar' },
      seed,
      0,
      'Mar 7 – 13, 2022',
      [cell('15,900,000', null, '*')],
    ],
  ])('%s', (_name, view, dataset, index, label, cells) => {
    const row = compare(view, dataset).table.rows[index]!;
    expect([row.label, row.cells]).toEqual([label, cells]);
  });

  it.each<[string, Partial<ComparisonView>, Dataset, string, TableCell[]]>([
    [
      'hours',
      {},
      seed,
      'Total, weeks 1–8',
      [cell(SG_WEEKS_1_8.text, null), cell(AOUAD_WEEKS_1_8.text, null), cell(BP_WEEKS_1_8.text, null)],
    ],
    ['rank', { metric: 'rank' }, seed, 'Best rank', [cell('#1', null), cell('#1', null), cell('#1', null)]],
    [
      'cumulative, weeks 5-8: the running totals, not the range’s sums',
      { metric: 'cumulative', weeks: [5, 8] },
      seed,
      'Running total at the last week shown',
      [cell(SG_WEEKS_1_8.text, null), cell(AOUAD_WEEKS_1_8.text, null), cell(BP_WEEKS_1_8.text, null)],
    ],
    [
      'a title with no week in range',
      { titles: [AOUAD, SG], weeks: [20, 32] },
      seed,
      'Total, weeks 20–32',
      [blank('Not on the list in weeks 20–32'), cell('447,380,000', null)],
    ],
    [
      'views, some weeks without them',
      { titles: ['fubar-s1'], weeks: [1, 5], metric: 'views' },
      catalog,
      'Total views, weeks 1–5',
      [cell('5,500,000', 'views in 2 of 5 weeks')],
    ],
    [
      'views, none in range for one title',
      { titles: ['wednesday-s1', 'baby-reindeer-s1'], metric: 'views' },
      catalog,
      'Total views, weeks 1–8',
      [blank('No views published in weeks 1–8'), cell('82,600,000', null)],
    ],
  ])('totals row: %s', (_name, view, dataset, label, cells) => {
    const { totals } = compare(view, dataset).table;
    expect([totals.key, totals.label, totals.cells]).toEqual(['totals', label, cells]);
  });

  it.each<[string, Partial<ComparisonView>, string[]]>([
    ['hours', {}, ['Hours', 'Hours', 'Hours']],
    [
      'cumulative',
      { metric: 'cumulative' },
      ['Hours since its first week on the list', 'Hours since its first week on the list', 'Hours since its first week on the list'],
    ],
    ['rank names the list', { metric: 'rank' }, ['Rank in TV (Non-English)', 'Rank in TV (Non-English)', 'Rank in TV (Non-English)']],
  ])('column subheads: %s', (_name, view, subs) => {
    expect(compare(view).table.columns.map((c) => c.sub)).toEqual(subs);
  });

  it.each<[string, Partial<ComparisonView>, Dataset, string]>([
    [
      'views: the unit, the empty cells before 2023-06-18 and the marks',
      { titles: ['fubar-s1'], weeks: [1, 5], metric: 'views' },
      catalog,
      'Views, weeks 1–5 in the Top 10. Views per title, as Netflix publishes them; the week’s dates beneath each figure. Empty cells before the week ending Jun 18, 2023: on the list, but Netflix published no views. Marks (* and †) point to the notes under “Read with care”.',
    ],
    [
      'calendar: no dates beneath the figures',
      { titles: [BP], align: 'calendar' },
      seed,
      'Weekly hours viewed, weeks 1–8 in the Top 10, by calendar date. Hours viewed per title. Marks (* and †) point to the notes under “Read with care”.',
    ],
    // Squid Game weeks 2-19: no short first week, no re-entry, so no note and no word about marks.
    [
      'no caveat in view',
      { titles: [SG], weeks: [2, 19] },
      seed,
      'Weekly hours viewed, weeks 2–19 in the Top 10. Hours viewed per title; the week’s dates beneath each figure.',
    ],
  ])('caption: %s', (_name, view, dataset, caption) => {
    expect(compare(view, dataset).table.caption).toBe(caption);
  });
});
