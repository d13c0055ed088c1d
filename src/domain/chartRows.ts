import { addDays } from './dates';
import { metricValue, xOf, type PlacedWeek, type TitleSeries } from './series';
import type { Align, Metric, WeekRange } from './view';

/** One x position of the chart: a value per title (null = not on the list that week). */
export interface ChartRow {
  x: number;
  /** Week number, or the week-ending date under Calendar. */
  key: number | string;
  values: Record<string, number | null>;
  points: Record<string, PlacedWeek | undefined>;
}

/**
 * Rows over a continuous x domain, so weeks off the list show as gaps (never zeros) and,
 * under Calendar, distance on the axis is distance in time.
 */
export function buildChartRows(series: readonly TitleSeries[], metric: Metric, align: Align, range: WeekRange): ChartRow[] {
  const keys = align === 'calendar' ? calendarKeys(series) : weekKeys(series, align, range);
  const rows: ChartRow[] = keys.map((key, x) => ({ x, key, values: {}, points: {} }));
  const index = new Map<number | string, ChartRow>(rows.map((r) => [r.key, r]));
  for (const s of series) {
    for (const row of rows) row.values[s.title.id] = null;
    for (const p of s.points) {
      const row = index.get(xOf(p, align));
      if (!row) continue;
      row.values[s.title.id] = metricValue(p, metric);
      row.points[s.title.id] = p;
    }
  }
  return rows;
}

function weekKeys(series: readonly TitleSeries[], align: Align, [from, to]: WeekRange): number[] {
  // Under Week in Top 10 the axis ends where the longest selected run ends.
  let last = to;
  if (align === 'top10') {
    const longest = Math.max(from, ...series.flatMap((s) => s.points.map((p) => p.listWeek)));
    last = Math.min(to, longest);
  }
  return Array.from({ length: last - from + 1 }, (_, i) => from + i);
}

function calendarKeys(series: readonly TitleSeries[]): string[] {
  const weeks = series.flatMap((s) => s.points.map((p) => p.week.week)).sort();
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return [];
  const keys: string[] = [];
  for (let w = first; w <= last; w = addDays(w, 7)) keys.push(w);
  return keys;
}

/**
 * Calendar axis ticks: the first week of each month, or of each quarter or year when the span
 * is long, so labels never repeat ("Oct 2021, Oct 2021") however many weeks are drawn.
 */
export function calendarTicks(keys: readonly string[]): string[] {
  const step = keys.length <= 60 ? 1 : keys.length <= 160 ? 3 : 12;
  // Keys are Sundays a week apart: exactly one per month falls on day 1-7.
  return keys.filter((key) => Number(key.slice(8, 10)) <= 7 && (Number(key.slice(5, 7)) - 1) % step === 0);
}
