import { addDays } from '../dates';
import { metricValue } from '../comparison/metricValue';
import type { Comparison } from '../comparison/types';
import type { DatasetSource } from '../types';
import type { Align, Metric } from '../view';
import type { CsvCell, CsvTable } from './csv';
import { toCsv } from './csv';
import { sourceCell } from './source';

const WEEK_COLUMN: Record<Align, string> = {
  top10: 'week_in_top_10',
  premiere: 'week_since_premiere',
  // Under Calendar the dates are the axis; the number says which of the title's weeks it was.
  calendar: 'week_in_top_10',
};

const METRIC_COLUMN: Record<Metric, string> = {
  hours: 'weekly_hours_viewed',
  views: 'weekly_views',
  cumulative: 'cumulative_hours_viewed',
  rank: 'weekly_rank',
};

/**
 * The data on screen in long form: one row per (week, title) cell of the table, weeks in
 * order, titles in legend order. Long, not one column per title, because each title's week N
 * has its own dates and list, and a spreadsheet filters or pivots long rows in one step.
 * A cell the table leaves empty is a row with empty figures, never 0. Read from the one
 * derivation, so the file holds exactly the table's weeks.
 */
export function displayedTable(c: Comparison, source: DatasetSource): CsvTable {
  const { metric, align } = c.view;
  const withRank = metric !== 'rank';
  const columns = [
    'title',
    'category',
    WEEK_COLUMN[align],
    'week_start',
    'week_end',
    METRIC_COLUMN[metric],
    ...(withRank ? ['weekly_rank'] : []),
    'source',
  ];
  const src = sourceCell(source);
  const shownKeys = new Set(c.table.rows.map((r) => r.key));
  const rows: CsvCell[][] = [];
  for (const row of c.rows) {
    if (!shownKeys.has(String(row.key))) continue;
    for (const s of c.series) {
      const point = row.points[s.id];
      const weekEnd = point?.week.week ?? (align === 'calendar' ? String(row.key) : null);
      const weekNumber = align === 'calendar' ? (point?.listWeek ?? null) : Number(row.key);
      rows.push([
        s.title.name,
        s.title.category,
        weekNumber,
        weekEnd === null ? null : addDays(weekEnd, -6),
        weekEnd,
        point ? metricValue(point, metric) : null,
        ...(withRank ? [point?.week.rank ?? null] : []),
        src,
      ]);
    }
  }
  return { columns, rows };
}

export function displayedCsv(c: Comparison, source: DatasetSource): string {
  return toCsv(displayedTable(c, source));
}
