import { addDays } from '../dates';
import { buildChartRows } from '../chartRows';
import { metricValue, type PlacedWeek, type TitleSeries } from '../series';
import type { DatasetSource } from '../types';
import type { Align, Metric, ViewState } from '../view';
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
  cumulative: 'cumulative_hours_viewed',
  rank: 'weekly_rank',
};

export type DisplayedView = Pick<ViewState, 'metric' | 'align' | 'weeks'>;

/**
 * The data on screen in long form: one row per (week, title) cell of the table, weeks in
 * order, titles in legend order. Long, not one column per title, because each title's week N
 * has its own dates and list, and a spreadsheet filters or pivots long rows in one step.
 * A cell the table leaves empty (not on the list that week) is a row with empty figures.
 */
export function displayedTable(series: readonly TitleSeries[], view: DisplayedView, source: DatasetSource): CsvTable {
  const { metric, align } = view;
  const withRank = metric !== 'rank';
  const columns = ['title', 'category', WEEK_COLUMN[align], 'week_start', 'week_end', METRIC_COLUMN[metric], ...(withRank ? ['weekly_rank'] : []), 'source'];
  const src = sourceCell(source);
  const rows: CsvCell[][] = [];
  for (const row of buildChartRows(series, metric, align, view.weeks)) {
    for (const s of series) {
      const point: PlacedWeek | undefined = row.points[s.title.id];
      const weekEnd = point?.week.week ?? (align === 'calendar' ? String(row.key) : null);
      const weekNumber = align === 'calendar' ? (point?.listWeek ?? null) : Number(row.key);
      const figure = point ? metricValue(point, metric) : null;
      rows.push([
        s.title.name,
        s.title.category,
        weekNumber,
        weekEnd === null ? null : addDays(weekEnd, -6),
        weekEnd,
        figure,
        ...(withRank ? [point?.week.rank ?? null] : []),
        src,
      ]);
    }
  }
  return { columns, rows };
}

export function displayedCsv(series: readonly TitleSeries[], view: DisplayedView, source: DatasetSource): string {
  return toCsv(displayedTable(series, view, source));
}
