// @vitest-environment node
import {
  describeOverallRank,
  figureValues,
  overallRankLines,
  overallRanks,
  type RankMetric,
} from '../../../../src/domain/catalog/overallRank';
import type { Align, WeekRange } from '../../../../src/domain/view';
import { loadCatalogTable } from '../../../catalog';
import { AOUAD_WEEKS_1_8, SG_WEEKS_1_8, WEDNESDAY_WEEKS_1_8 } from '../../../figures';

const table = loadCatalogTable();
const rankOf = (id: string, weeks: WeekRange, metric: RankMetric = 'hours', align: Align = 'top10') => {
  const r = overallRanks(table, [id], { weeks, align, metric }).get(id);
  if (!r) throw new Error(`no rank for ${id}`);
  return r;
};

describe('overallRanks: where a title stands among all 3,836', () => {
  it.each([
    // First 8 weeks on the list, hours. Sums by awk over all-weeks-global.tsv (data.md):
    // Squid Game S1 weeks 1-8 is the largest of any title (rows in tests/figures.ts).
    ['squid-game-s1', SG_WEEKS_1_8.value, 1, 1],
    // Wednesday S1, rows 2022-11-27 .. 2023-01-15.
    ['wednesday-s1', WEDNESDAY_WEEKS_1_8.value, 2, 1],
    // The example: All of Us Are Dead S1, rows 2022-01-30 .. 2022-03-20.
    ['all-of-us-are-dead-s1', AOUAD_WEEKS_1_8.value, 14, 5],
  ])('%s: %i hours in its first 8 weeks, #%i overall, #%i in its list', (id, hours, rank, categoryRank) => {
    expect(rankOf(id, [1, 8])).toMatchObject({ figure: 'hours', value: hours, rank, of: 3_836, categoryRank });
  });

  it('ranks from figures worked out once for the weeks, whichever titles are then compared', () => {
    const view = { weeks: [1, 8] as const, align: 'top10' as const, metric: 'hours' as const };
    const figures = figureValues(table, view);
    expect(figures.values[table.titles.findIndex((t) => t.id === 'wednesday-s1')]).toBe(WEDNESDAY_WEEKS_1_8.value);
    const ids = ['squid-game-s1', 'wednesday-s1', 'all-of-us-are-dead-s1'];
    expect(overallRanks(table, ids, view, figures)).toEqual(overallRanks(table, ids, view));
    // awk over the file: 900 distinct (show, season) in TV (English), 3,836 in all.
    expect(overallRankLines(table, ['wednesday-s1'], view, figures).get('wednesday-s1')).toBe(
      '#2 of 3,836 titles, #1 of 900 in TV (English)',
    );
  });

  it('counts the titles of each list: 783 in TV (Non-English)', () => {
    expect(rankOf('all-of-us-are-dead-s1', [1, 8]).categoryOf).toBe(783);
    expect(describeOverallRank(rankOf('all-of-us-are-dead-s1', [1, 8]))).toBe('#14 of 3,836 titles, #5 of 783 in TV (Non-English)');
  });

  it('ranks Cumulative hours as Weekly hours: by hours in the range', () => {
    expect(rankOf('wednesday-s1', [1, 8], 'cumulative')).toEqual(rankOf('wednesday-s1', [1, 8], 'hours'));
  });

  it('ranks Views only among titles with views in the range, and says how many', () => {
    const r = rankOf('wednesday-s2', [1, 8], 'views');
    expect(r.figure).toBe('views');
    expect(r.of).toBeLessThan(3_836);
    expect(describeOverallRank(r)).toContain(`of ${r.of.toLocaleString('en')} titles with views in these weeks`);
  });

  it('gives no Views rank to a title whose range is all before 2023-06-18', () => {
    expect(overallRanks(table, ['squid-game-s1'], { weeks: [1, 8], align: 'top10', metric: 'views' }).has('squid-game-s1')).toBe(false);
  });

  it('ranks the Rank metric by weeks at #1: Squid Game S1 held #1 for its first 8 weeks (awk: rank 1 in rows 1-8)', () => {
    expect(rankOf('squid-game-s1', [1, 8], 'rank')).toMatchObject({ figure: 'weeksAtOne', value: 8 });
  });

  it('counts weeks since premiere under that alignment: Business Proposal entered in its 2nd week', () => {
    // Premiere Mon 2022-02-28, so the week ending 2022-03-06 is week 1 since premiere (not on the list)
    // and its first list week, ending 2022-03-13, is week 2.
    const byList = rankOf('business-proposal-s1', [1, 1]);
    const byPremiere = rankOf('business-proposal-s1', [2, 2], 'hours', 'premiere');
    expect(byPremiere.value).toBe(byList.value);
    expect(rankOf('business-proposal-s1', [1, 1], 'hours', 'premiere').value).toBe(0);
  });
});

describe('overallRankLines: the sentence each totals card carries', () => {
  it('names the place among all titles and in its list, for every title in view', () => {
    const lines = overallRankLines(table, ['squid-game-s1', 'all-of-us-are-dead-s1'], { weeks: [1, 8], align: 'top10', metric: 'hours' });
    expect(lines.get('squid-game-s1')).toBe('#1 of 3,836 titles, #1 of 783 in TV (Non-English)');
    expect(lines.get('all-of-us-are-dead-s1')).toBe('#14 of 3,836 titles, #5 of 783 in TV (Non-English)');
  });

  it('says a title without views in the weeks is not ranked under Views', () => {
    // Squid Game S1's first 8 weeks end 2021-11-07, long before Netflix published views (2023-06-18).
    const lines = overallRankLines(table, ['squid-game-s1'], { weeks: [1, 8], align: 'top10', metric: 'views' });
    expect(lines.get('squid-game-s1')).toMatch(/^Not ranked: Netflix published no views/);
  });
});
