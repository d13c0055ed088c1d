// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ComparisonView } from '../../../../src/domain/comparison/types';
import type { Dataset } from '../../../../src/domain/types';
import { loadCatalog } from '../../../catalog';
import { AOUAD, BP, SG, compare, seed } from '../../../comparison';
import { SG_WEEKS_1_8, SG_WEEKS_5_8 } from '../../../figures';

const catalog = loadCatalog();

/*
 * Figures hand-checked with awk over all-weeks-global.tsv, rows of one title sorted by week:
 *   Squid Game S1 ($5 == "Squid Game: Season 1"), rows 2021-09-19..2021-11-07: all #1; hours of
 *     weeks 5-8 258,840,000 + 147,560,000 + 90,100,000 + 65,000,000 = 561,500,000; weeks 1-8 2,058,120,000.
 *   All of Us Are Dead S1, rows 2022-01-30..2022-03-20: weeks 1-8 sum 630,570,000; 11 rows in all.
 *   Business Proposal, rows 2022-03-13..2022-05-01: ranks 6,1,1,1,2,2,4,3 (three weeks at #1).
 *   Baby Reindeer ($4 == "Baby Reindeer"), rows 2024-04-14..2024-06-02: weekly_views
 *     2,600,000 + 13,300,000 + 22,000,000 + 18,600,000 + 11,400,000 + 7,400,000 + 4,500,000 + 2,800,000 = 82,600,000.
 *   Wednesday S1, rows 2022-11-27..2023-01-15: weekly_views blank in all eight.
 */
describe('chart summary: every branch says its own sentence', () => {
  it.each<[string, Partial<ComparisonView>, Dataset, string]>([
    [
      'no title on the list in range (AOUAD has 11 weeks)',
      { titles: [AOUAD], weeks: [20, 32] },
      seed,
      'Weekly hours viewed, weeks 20–32 in the Top 10 for All of Us Are Dead: Season 1. None of them was on the list in these weeks.',
    ],
    [
      'rank: the title with most weeks at #1 comes second in the legend',
      { titles: [BP, SG], metric: 'rank' },
      seed,
      'Rank, weeks 1–8 in the Top 10 for Business Proposal: Limited Series and Squid Game: Season 1. Best rank: #1 for Business Proposal: Limited Series and Squid Game: Season 1. Most weeks at #1: Squid Game: Season 1 (8).',
    ],
    [
      'views: no week in range has views',
      { titles: ['wednesday-s1'], metric: 'views' },
      catalog,
      'Views, weeks 1–8 in the Top 10 for Wednesday: Season 1. Netflix published no views for these weeks: none before the week ending Jun 18, 2023.',
    ],
    [
      'views: one title without views, one with all its views',
      { titles: ['wednesday-s1', 'baby-reindeer-s1'], metric: 'views' },
      catalog,
      'Views, weeks 1–8 in the Top 10 for Wednesday: Season 1 and Baby Reindeer: Limited Series. Baby Reindeer: Limited Series leads with 82,600,000 views.',
    ],
    [
      'cumulative: the leader is second in the legend, and its own running total is named',
      { titles: [AOUAD, SG], metric: 'cumulative', weeks: [5, 8] },
      seed,
      `Cumulative hours viewed, weeks 5–8 in the Top 10 for All of Us Are Dead: Season 1 and Squid Game: Season 1. Squid Game: Season 1 leads with ${SG_WEEKS_5_8.text} hours in these weeks; its running total since its first week on the list is ${SG_WEEKS_1_8.text}.`,
    ],
    [
      'one title leads nothing: the head alone',
      { titles: [SG] },
      seed,
      'Weekly hours viewed, weeks 1–8 in the Top 10 for Squid Game: Season 1.',
    ],
  ])('%s', (_name, view, dataset, summary) => {
    expect(compare(view, dataset).summary).toBe(summary);
  });
});

describe('totals sentence: one per metric, and nothing from another metric', () => {
  const base = 'Hours viewed in weeks 1–8 in the Top 10, summed over the weeks each title was on the list, as Netflix reports them.';
  it.each<[Partial<ComparisonView>, string]>([
    [{}, base],
    [{ metric: 'cumulative' }, `${base} The chart’s running totals start earlier, at each title’s first week on the list.`],
    [{ metric: 'rank' }, `${base} Weeks at #1 and best rank count the same weeks.`],
    [
      { metric: 'views', align: 'calendar', weeks: [2, 3] },
      'Views in weeks 2–3 in the Top 10, by calendar date, summed over the weeks each title was on the list with views, as Netflix reports them; weeks without views are left out, never counted as 0.',
    ],
  ])('%j', (view, sentence) => {
    expect(compare(view).totalsSentence).toBe(sentence);
  });
});
