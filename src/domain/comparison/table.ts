import { VIEWS_SINCE } from '../catalog/views';
import { formatDate, formatInt, formatList, formatWeekDates, formatWeekSpan } from '../format';
import type { Align, Metric, WeekRange } from '../view';
import { metricValue } from './metricValue';
import type { Caveat, ChartRow, ComparisonSeries, ComparisonTable, TableCell, TableRow, TitleTotals } from './types';

const UNIT: Record<Metric, string> = {
  hours: 'Hours viewed per title',
  views: 'Views per title, as Netflix publishes them',
  cumulative: 'Hours viewed per title, added up since its first week on the list',
  rank: 'Rank per title, on its own list',
};

const SUB: Record<Metric, (s: ComparisonSeries) => string> = {
  hours: () => 'Hours',
  views: () => 'Views',
  cumulative: () => 'Hours since its first week on the list',
  rank: (s) => `Rank in ${s.category}`,
};

export const NO_VIEWS = 'No views: Netflix published none that week';

function cellOf(row: ChartRow, s: ComparisonSeries, metric: Metric, align: Align, weeks: WeekRange): TableCell {
  const p = row.points[s.id];
  const value = p ? metricValue(p, metric) : null;
  // A week without Netflix's views stays empty, never 0.
  if (p && value === null) return { text: '', date: null, marks: '', empty: NO_VIEWS };
  if (p && value !== null)
    return {
      text: metric === 'rank' ? `#${value}` : formatInt(value),
      date: align === 'calendar' ? null : formatWeekDates(p.week.week),
      marks: p.notes.map((n) => n.mark).join(''),
      empty: null,
    };
  const outside = row.outside[s.id] ? `On the list, outside ${formatWeekSpan(weeks)}` : null;
  return {
    text: '',
    date: null,
    marks: '',
    empty: outside ?? (align === 'top10' ? 'No such week in the Top 10' : 'Not in the Top 10 that week'),
  };
}

function totalsRow(series: readonly ComparisonSeries[], totals: readonly TitleTotals[], metric: Metric, weeks: WeekRange): TableRow {
  const label =
    metric === 'rank'
      ? 'Best rank'
      : metric === 'cumulative'
        ? 'Running total at the last week shown'
        : `Total${metric === 'views' ? ' views' : ''}, ${formatWeekSpan(weeks)}`;
  const cells = series.map((s, i): TableCell => {
    const t = totals[i];
    const last = s.points.at(-1);
    if (!t || !last) return { text: '', date: null, marks: '', empty: `Not on the list in ${formatWeekSpan(weeks)}` };
    if (t.weeksCounted === 0) return { text: '', date: null, marks: '', empty: `No views published in ${formatWeekSpan(weeks)}` };
    // "views in 3 of 8 weeks" sits beneath the total, where a week's dates sit beneath its figure.
    if (t.coverage) return { text: formatInt(t.total), date: t.coverage, marks: '', empty: null };
    const text = metric === 'rank' ? `#${t.best!.week.rank}` : formatInt(metric === 'cumulative' ? last.cumulative : t.total);
    return { text, date: null, marks: '', empty: null };
  });
  return { key: 'totals', label, cells };
}

function captionOf(
  heading: string,
  metric: Metric,
  align: Align,
  weeks: WeekRange,
  rows: readonly TableRow[],
  caveats: readonly Caveat[],
): string {
  const cells = rows.flatMap((r) => r.cells);
  const parts = [`${heading}.`, `${UNIT[metric]}${align === 'calendar' ? '.' : '; the week’s dates beneath each figure.'}`];
  if (cells.some((c) => c.empty?.startsWith('No such'))) parts.push('Empty cells: the title had fewer weeks in the Top 10.');
  if (cells.some((c) => c.empty?.startsWith('Not in'))) parts.push('Empty cells: not in the Top 10 that week.');
  if (cells.some((c) => c.empty === NO_VIEWS))
    parts.push(`Empty cells before the week ending ${formatDate(VIEWS_SINCE)}: on the list, but Netflix published no views.`);
  if (cells.some((c) => c.empty?.startsWith('On the list')))
    parts.push(`Cells marked “outside”: on the list that week, but outside ${formatWeekSpan(weeks)}.`);
  if (caveats.length > 0) parts.push(`Marks (${formatList(caveats.map((c) => c.mark))}) point to the notes under “Read with care”.`);
  return parts.join(' ');
}

interface TableInput {
  heading: string;
  series: readonly ComparisonSeries[];
  rows: readonly ChartRow[];
  totals: readonly TitleTotals[];
  caveats: readonly Caveat[];
  columnMarks: ReadonlyMap<string, string>;
  metric: Metric;
  align: Align;
  weeks: WeekRange;
}

/** The chart's accessible twin: every figure, exact, with the chart's marks. */
export function buildTable({ heading, series, rows, totals, caveats, columnMarks, metric, align, weeks }: TableInput): ComparisonTable {
  // Under Calendar, a week where no selected title has a figure in range is no row at all.
  const shown = align === 'calendar' ? rows.filter((r) => series.some((s) => r.points[s.id])) : rows;
  const body = shown.map((row) => ({
    key: String(row.key),
    label: align === 'calendar' ? formatWeekDates(String(row.key)) : `Week ${row.key}`,
    cells: series.map((s) => cellOf(row, s, metric, align, weeks)),
  }));
  return {
    caption: captionOf(heading, metric, align, weeks, body, caveats),
    columns: series.map((s) => ({ id: s.id, name: s.name, sub: SUB[metric](s), marks: columnMarks.get(s.id) ?? '' })),
    rows: body,
    totals: totalsRow(series, totals, metric, weeks),
  };
}
