import { buildComparison } from '../src/domain/comparison/buildComparison';
import type { Comparison, ComparisonView } from '../src/domain/comparison/types';
import type { Dataset, Title } from '../src/domain/types';
import { DEFAULT_VIEW } from '../src/domain/view';
import { AOUAD, BP, SG, loadSeed } from './seed';

export const seed = loadSeed();

export const EX_MAS = 'a-merry-little-ex-mas';

/**
 * A Merry Little Ex-Mas, Films (English): its four rows in all-weeks-global.tsv. It left the list
 * for one week (2025-11-30 -> 2025-12-14, 14 days apart), the shortest gap a re-entry can have,
 * and it ranks on another list than the seed's three titles.
 */
export const exMas: Title = {
  id: EX_MAS,
  showTitle: 'A Merry Little Ex-Mas',
  name: 'A Merry Little Ex-Mas',
  seasonTitle: null,
  category: 'Films (English)',
  premiere: null,
  releasePattern: null,
  runtime: null,
  weeks: [
    { week: '2025-11-16', rank: 2, hours: 19_400_000, runtime: null, views: null, cumulativeWeeks: 1 },
    { week: '2025-11-23', rank: 6, hours: 13_700_000, runtime: null, views: null, cumulativeWeeks: 2 },
    { week: '2025-11-30', rank: 8, hours: 6_000_000, runtime: null, views: null, cumulativeWeeks: 3 },
    { week: '2025-12-14', rank: 10, hours: 5_400_000, runtime: null, views: null, cumulativeWeeks: 4 },
  ],
};

export const withTitles = (...extra: Title[]): Dataset => ({ ...seed, titles: [...seed.titles, ...extra] });

export const DEFAULT: ComparisonView = {
  titles: [SG, AOUAD, BP],
  weeks: DEFAULT_VIEW.weeks,
  metric: 'hours',
  align: 'top10',
  chart: 'line',
  scale: 'linear',
  view: 'chart',
};

export function compare(view: Partial<ComparisonView> = {}, dataset: Dataset = seed): Comparison {
  return buildComparison(dataset, { ...DEFAULT, ...view });
}

export { AOUAD, BP, SG };
