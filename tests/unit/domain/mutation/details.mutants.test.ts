// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { announce, rowDetails, type RowDetails } from '../../../../src/domain/comparison/details';
import type { ComparisonView } from '../../../../src/domain/comparison/types';
import type { Dataset } from '../../../../src/domain/types';
import { loadCatalog } from '../../../catalog';
import { AOUAD, BP, SG, compare, seed } from '../../../comparison';
import { AOUAD_WEEK_1, SG_WEEK_1 } from '../../../figures';

const catalog = loadCatalog();

function detailsAt(
  view: Partial<ComparisonView> & Pick<ComparisonView, 'weeks'>,
  key: number | string,
  dataset: Dataset = seed,
): RowDetails {
  const c = compare(view, dataset);
  return rowDetails(
    c.rows.find((r) => r.key === key)!,
    c.series,
    c.view.metric,
    c.view.align,
    view.weeks,
  );
}

/*
 * Rows hand-checked with awk over all-weeks-global.tsv:
 *   2021-09-19 Squid Game S1 #1 63,190,000; 2022-01-30 All of Us Are Dead S1 #1 124,790,000;
 *   2022-03-13 AOUAD #4 17,480,000 (its 7th row) and Business Proposal #6 15,900,000 (its 1st), no views;
 *   2021-12-05 Squid Game S1 #4 21,200,000 (12th row); AOUAD has 11 rows.
 *   2023-06-18 FUBAR S1 #5 3,400,000 views; A Beautiful Life #4 4,000,000 views (its 3rd row).
 */
describe('what hover, a tap and the keyboard say for one week', () => {
  it('since premiere: dates, figure and notes for titles on the list; the reason for one that is not', () => {
    expect(detailsAt({ align: 'premiere', weeks: [1, 3] }, 1)).toEqual({
      heading: 'Week 1 since premiere',
      items: [
        {
          id: SG,
          name: 'Squid Game: Season 1',
          status: 'on',
          lines: ['Sep 13 – 19, 2021', `${SG_WEEK_1.text} hours · #1 in TV (Non-English)`],
          notes: ['* Only 3 days of viewing: premiered Friday, Sep 17, 2021'],
        },
        {
          id: AOUAD,
          name: 'All of Us Are Dead: Season 1',
          status: 'on',
          lines: ['Jan 24 – 30, 2022', `${AOUAD_WEEK_1.text} hours · #1 in TV (Non-English)`],
          notes: ['† Only 3 days of viewing: premiered Friday, Jan 28, 2022'],
        },
        { id: BP, name: 'Business Proposal: Limited Series', status: 'off', lines: ['Not in the Top 10 that week'], notes: [] },
      ],
    });
  });

  it.each<[string, Partial<ComparisonView> & Pick<ComparisonView, 'weeks'>, string, Dataset, RowDetails]>([
    [
      'calendar, hours, both titles outside the range',
      { align: 'calendar', titles: [BP, AOUAD], weeks: [2, 3] },
      '2022-03-13',
      seed,
      {
        heading: 'Week of Mar 7 – 13, 2022',
        items: [
          {
            id: BP,
            name: 'Business Proposal: Limited Series',
            status: 'outside',
            lines: ['Outside the selected weeks 2–3: its 1st week on the list', '15,900,000 hours · #6 in TV (Non-English)'],
            notes: [],
          },
          {
            id: AOUAD,
            name: 'All of Us Are Dead: Season 1',
            status: 'outside',
            lines: ['Outside the selected weeks 2–3: its 7th week on the list', '17,480,000 hours · #4 in TV (Non-English)'],
            notes: [],
          },
        ],
      },
    ],
    [
      'calendar, views: no dates beneath a figure, and views for a week outside',
      { align: 'calendar', titles: ['fubar-s1', 'a-beautiful-life'], weeks: [4, 5], metric: 'views' },
      '2023-06-18',
      catalog,
      {
        heading: 'Week of Jun 12 – 18, 2023',
        items: [
          { id: 'fubar-s1', name: 'FUBAR: Season 1', status: 'on', lines: ['3,400,000 views · #5 in TV (English)'], notes: [] },
          {
            id: 'a-beautiful-life',
            name: 'A Beautiful Life',
            status: 'outside',
            lines: ['Outside the selected weeks 4–5: its 3rd week on the list', '4,000,000 views · #4 in Films (Non-English)'],
            notes: [],
          },
        ],
      },
    ],
    [
      'calendar, views, outside weeks before Netflix published views',
      { align: 'calendar', titles: [BP, AOUAD], weeks: [2, 3], metric: 'views' },
      '2022-03-13',
      seed,
      {
        heading: 'Week of Mar 7 – 13, 2022',
        items: [
          {
            id: BP,
            name: 'Business Proposal: Limited Series',
            status: 'outside',
            lines: ['Outside the selected weeks 2–3: its 1st week on the list', 'No views published · #6 in TV (Non-English)'],
            notes: [],
          },
          {
            id: AOUAD,
            name: 'All of Us Are Dead: Season 1',
            status: 'outside',
            lines: ['Outside the selected weeks 2–3: its 7th week on the list', 'No views published · #4 in TV (Non-English)'],
            notes: [],
          },
        ],
      },
    ],
  ])('%s', (_name, view, key, dataset, details) => {
    expect(detailsAt(view, key, dataset)).toEqual(details);
  });

  it('the live region reads the heading, then every series, past a run’s end too', () => {
    expect(announce(detailsAt({ titles: [AOUAD, SG], weeks: [11, 12] }, 12))).toBe(
      'Week 12 in the Top 10. All of Us Are Dead: Season 1: Only 11 weeks in the Top 10; Squid Game: Season 1: Nov 29 – Dec 5, 2021, 21,200,000 hours · #4 in TV (Non-English).',
    );
  });
});
