import type { CatalogFile } from '../src/domain/catalog/format';

/**
 * tests/fixtures/netflix/global-9col.tsv as the importer encodes it (catalogEncode.mutants.test.ts
 * checks that encoding, written out): Squid Game S1 (rows of 2021-09-19 and 2023-11-26), Leo and
 * Castaway Diva (2023-11-26 only). 2021-09-19 to 2023-11-26 is 114 weeks, so a title's first step
 * may be 0..114 and no week may fall past 114.
 */
export const NINE_COLUMN_CATALOG: CatalogFile = {
  format: 'top10-catalog',
  version: 2,
  source: { file: 'x.tsv', firstWeek: '2021-09-19', lastWeek: '2023-11-26' },
  units: { hours: 10000, views: 100000, runtime: 10000 },
  strings: ['Squid Game', 'Season 1', 'Leo', 'Castaway Diva', 'Limited Series'],
  titles: { id: ['~-s1', '~', '~-s1'], show: [0, 2, 3], season: [-2, 0, -5], category: [3, 0, 3], rows: [2, 1, 1] },
  meta: [[0, '2021-09-17', 'All 9 episodes at once', 8.3167]],
  rows: {
    week: [0, 114, 114, 114],
    rank: [1, 6, 1, 7],
    hours: [6319, 1330, 6170, 1670],
    runtime: [null, 83167, 17833, null],
    views: [null, 16, 346, 16],
    cumulative: [0, 19, 0, 3],
  },
};
