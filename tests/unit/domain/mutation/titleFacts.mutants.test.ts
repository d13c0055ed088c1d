// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { latestWeekTitles, titleFacts, type TitleFacts } from '../../../../src/domain/catalog/titleFacts';
import { weekTable } from '../../../../src/domain/catalog/weekTable';
import type { Title } from '../../../../src/domain/types';
import { loadCatalogTable } from '../../../catalog';
import { AOUAD, BP, EX_MAS, SG, exMas, seed, withTitles } from '../../../comparison';

const table = weekTable(withTitles(exMas));
const at = (id: string) => table.titles.findIndex((t) => t.id === id);
const title = (id: string) => table.titles[at(id)]!;

/*
 * Hand-checked with awk over all-weeks-global.tsv, each title's rows sorted by week: first 8 weeks'
 * hours are data.md's (2,058,120,000; 630,570,000; 208,370,000); A Merry Little Ex-Mas ranks 2, 6, 8, 10
 * with 19,400,000 + 13,700,000 + 6,000,000 + 5,400,000 = 44,500,000 hours.
 */
describe('the facts a search option shows', () => {
  it.each<[string, Omit<TitleFacts, 'id' | 'name' | 'category'>]>([
    [SG, { firstWeek: '2021-09-19', weeksOnList: 32, peakRank: 1, hoursFirst8: 2_058_120_000 }],
    [AOUAD, { firstWeek: '2022-01-30', weeksOnList: 11, peakRank: 1, hoursFirst8: 630_570_000 }],
    [BP, { firstWeek: '2022-03-13', weeksOnList: 13, peakRank: 1, hoursFirst8: 208_370_000 }],
    [EX_MAS, { firstWeek: '2025-11-16', weeksOnList: 4, peakRank: 2, hoursFirst8: 44_500_000 }],
  ])('%s', (id, facts) => {
    const t = title(id);
    expect(titleFacts(table, at(id))).toEqual({ id, name: t.name, category: t.category, ...facts });
  });

  it('a title without weeks has no first week and no peak within the list', () => {
    const empty: Title = { ...exMas, weeks: [] };
    expect(titleFacts(weekTable({ source: seed.source, titles: [exMas, empty] }), 1)).toMatchObject({
      firstWeek: '',
      weeksOnList: 0,
      peakRank: 11,
      hoursFirst8: 0,
    });
  });

  // The seed's latest row is Squid Game S1's 2025-07-13, at #7.
  it('the seed’s latest week holds one of its titles', () => {
    expect(latestWeekTitles(weekTable(seed))).toEqual({ week: '2025-07-13', titles: [{ title: title(SG), rank: 7 }] });
  });

  // The file's last week, 2026-07-19: 40 rows, sorted by category then rank.
  it('the catalog’s latest week: every list, rank 1 first', () => {
    const { week, titles } = latestWeekTitles(loadCatalogTable());
    expect([week, titles.length]).toEqual(['2026-07-19', 40]);
    expect([0, 9, 10, 39].map((i) => `${titles[i]!.title.category} #${titles[i]!.rank} ${titles[i]!.title.name}`)).toEqual([
      'Films (English) #1 Shipwrecked: Nightmare at Sea',
      'Films (English) #10 Sniper: No Nation',
      'Films (Non-English) #1 Desire',
      'TV (Non-English) #10 The Map of Longing: Limited Series',
    ]);
  });
});
