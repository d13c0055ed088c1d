import type { ImportRow } from '../src/domain/import/types';

/**
 * One row of Netflix's file as the importer reads it: Leo, Films (English), #1 in the week of
 * 2023-11-26 with 61,700,000 hours, runtime 1.7833, 34,600,000 views (all-weeks-global.tsv).
 * Tests spread their own fields over it.
 */
export const LEO_ROW: ImportRow = {
  week: '2023-11-26',
  category: 'Films (English)',
  rank: 1,
  showTitle: 'Leo',
  seasonTitle: null,
  hours: 61_700_000,
  runtime: 1.7833,
  views: 34_600_000,
  cumulativeWeeks: 1,
};
