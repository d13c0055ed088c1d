import { addDays } from '../dates';
import type { Align, Metric, WeekRange } from '../view';
import { reentryStarts } from './caveats';
import { metricValue } from './metricValue';
import { weekNumberOf } from './place';
import type { ChartMarker, ChartRow, ComparisonSeries, PlacedWeek, Segment } from './types';

/** x position of a point: week number, or the week-ending date under Calendar. */
export function xOf(point: PlacedWeek, align: Align): number | string {
  return align === 'calendar' ? point.week.week : weekNumberOf(point, align);
}

const segmentKey = (id: string, run: number) => `${id}#${run}`;

/** One segment per unbroken run of each title in view, so a line never joins across a gap. */
export function buildSegments(series: readonly ComparisonSeries[]): Segment[] {
  return series.flatMap((s) => [...new Set(s.points.map((p) => p.run))].map((run) => ({ key: segmentKey(s.id, run), titleId: s.id, run })));
}

/**
 * Rows over a continuous x domain, so weeks off the list show as gaps (never zeros) and,
 * under Calendar, distance on the axis is distance in time.
 */
export function buildChartRows(
  series: readonly ComparisonSeries[],
  segments: readonly Segment[],
  metric: Metric,
  align: Align,
  range: WeekRange,
): ChartRow[] {
  const keys = align === 'calendar' ? calendarKeys(series) : weekKeys(series, align, range);
  const rows: ChartRow[] = keys.map((key, x) => ({ x, key, values: {}, points: {}, outside: {}, segments: {} }));
  const index = new Map<number | string, ChartRow>(rows.map((r) => [r.key, r]));
  for (const row of rows) {
    for (const s of series) row.values[s.id] = null;
    for (const seg of segments) row.segments[seg.key] = null;
  }
  for (const s of series) {
    for (const p of s.points) {
      const row = index.get(xOf(p, align));
      if (!row) continue;
      const value = metricValue(p, metric);
      row.values[s.id] = value;
      row.points[s.id] = p;
      row.segments[segmentKey(s.id, p.run)] = value;
    }
    if (align !== 'calendar') continue;
    for (const p of s.outside) {
      const row = index.get(p.week.week);
      if (row) row.outside[s.id] = p;
    }
  }
  return rows;
}

function weekKeys(series: readonly ComparisonSeries[], align: Align, [from, to]: WeekRange): number[] {
  const numbers = series.flatMap((s) => s.points.map((p) => weekNumberOf(p, align)));
  if (numbers.length === 0) return [];
  // Under Week in Top 10 the axis ends where the longest selected run ends.
  const last = align === 'top10' ? Math.min(to, Math.max(...numbers)) : to;
  return Array.from({ length: last - from + 1 }, (_, i) => from + i);
}

function calendarKeys(series: readonly ComparisonSeries[]): string[] {
  const weeks = series.flatMap((s) => s.points.map((p) => p.week.week)).sort();
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return [];
  const keys: string[] = [];
  for (let w = first; w <= last; w = addDays(w, 7)) keys.push(w);
  return keys;
}

/**
 * Under Week in Top 10 a return to the list months later sits right after the week before the
 * gap: a rule marks every re-entry in view. Labels that would crowd each other are left off.
 */
export function reentryMarkers(series: readonly ComparisonSeries[], align: Align, rowCount: number): ChartMarker[] {
  if (align !== 'top10') return [];
  return series.flatMap((s) => {
    const inView = new Set(s.points.map((p) => p.listWeek));
    let lastLabelled = -Infinity;
    return reentryStarts(s.title)
      .map((i) => i + 1)
      .filter((week) => inView.has(week))
      .map((x, i) => {
        const labelled = x - lastLabelled >= Math.max(2, rowCount / 4);
        if (labelled) lastLabelled = x;
        return { x, titleId: s.id, label: `${s.shortName} re-enters`, labelled, first: i === 0 };
      });
  });
}
