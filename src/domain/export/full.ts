import { COLUMNS } from '../netflixHeaderNames';
import type { DatasetSource, Title, TitleWeek } from '../types';
import type { CsvCell, CsvTable } from './csv';
import { toCsv } from './csv';
import { sourceCell } from './source';

/** Fields another importer may add to a week when the file carries them (11- and 12-column layouts). */
interface ExtraWeekFields {
  isStaggeredLaunch?: boolean | null;
  episodeLaunchDetails?: string | null;
}

// Netflix's own header names, in the order its file gives them (the importer reads the same names).
const NETFLIX_COLUMNS = [
  COLUMNS.week,
  COLUMNS.category,
  COLUMNS.rank,
  COLUMNS.showTitle,
  COLUMNS.seasonTitle,
  COLUMNS.hours,
  COLUMNS.runtime,
  COLUMNS.views,
  COLUMNS.cumulativeWeeks,
];

function extras(week: TitleWeek): ExtraWeekFields {
  return week;
}

function yesNo(value: boolean | null | undefined): CsvCell {
  if (value === undefined || value === null) return null;
  return value ? 'True' : 'False';
}

/**
 * Every week the titles spent on the list, in Netflix's own column names and spellings (`N/A`
 * for a film's season, `True`/`False`), so it lines up with the file it came from. The launch
 * columns appear only when the data holds them.
 */
export function fullTable(titles: readonly Title[], source: DatasetSource): CsvTable {
  const weeks = titles.flatMap((t) => t.weeks.map((w) => ({ t, w })));
  const staggered = weeks.some(({ w }) => extras(w).isStaggeredLaunch != null);
  const launches = weeks.some(({ w }) => extras(w).episodeLaunchDetails != null);
  const columns = [
    ...NETFLIX_COLUMNS,
    ...(staggered ? [COLUMNS.isStaggeredLaunch] : []),
    ...(launches ? [COLUMNS.episodeLaunchDetails] : []),
    'source',
  ];
  const src = sourceCell(source);
  const rows = weeks.map(({ t, w }): CsvCell[] => [
    w.week,
    t.category,
    w.rank,
    t.showTitle,
    t.seasonTitle ?? 'N/A',
    w.hours,
    w.runtime,
    w.views,
    w.cumulativeWeeks,
    ...(staggered ? [yesNo(extras(w).isStaggeredLaunch)] : []),
    ...(launches ? [extras(w).episodeLaunchDetails ?? null] : []),
    src,
  ]);
  return { columns, rows };
}

export function fullCsv(titles: readonly Title[], source: DatasetSource): string {
  return toCsv(fullTable(titles, source));
}
