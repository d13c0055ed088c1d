import type { Metric } from '../view';
import type { PlacedWeek } from './types';

// A module of its own, with no import of dates.ts: the export chunk reads figures through it. See ExportTools.tsx.

/** The figure drawn for a week; null where Netflix published none (views before 2023-06-18): a gap, never 0. */
export function metricValue(point: PlacedWeek, metric: Metric): number | null {
  if (metric === 'rank') return point.week.rank;
  if (metric === 'cumulative') return point.cumulative;
  // Netflix's published views stand, even where they are not hours ÷ runtime: never recomputed.
  if (metric === 'views') return point.week.views;
  return point.week.hours;
}
