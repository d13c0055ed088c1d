import { addDays, premiereWeekIndex } from './dates';
import { firstReentryIndex, weekNotes } from './caveats';
import type { Dataset, Title, TitleWeek } from './types';
import type { Align, Metric, ViewState, WeekRange } from './view';

/** One week of one title, placed on the chart's x axis. */
export interface PlacedWeek {
  /** Position on the list: the nth week the title spent in the Top 10. */
  listWeek: number;
  /** Week 1 = the Monday–Sunday week holding the premiere. */
  premiereWeek: number;
  week: TitleWeek;
  /** Running total of hours from the first week of the range. */
  cumulative: number;
  /** Caveats a reader needs for this very figure. */
  notes: string[];
}

export interface TitleSeries {
  title: Title;
  points: PlacedWeek[];
}

/** Titles in legend order; ids the data lacks are skipped. */
export function selectedTitles(dataset: Dataset, ids: readonly string[]): Title[] {
  const byId = new Map(dataset.titles.map((t) => [t.id, t]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function premiereOf(title: Title): string {
  // Without a known premiere the first week on the list counts as week 1.
  return title.premiere ?? addDays(title.weeks[0]?.week ?? '1970-01-04', -6);
}

/** The weeks of a title that fall in the range under the given alignment. */
export function buildSeries(title: Title, range: WeekRange, align: Align): TitleSeries {
  const [from, to] = range;
  const premiere = premiereOf(title);
  const points: PlacedWeek[] = [];
  let cumulative = 0;
  const reentry = firstReentryIndex(title);
  title.weeks.forEach((week, i) => {
    const listWeek = i + 1;
    const premiereWeek = premiereWeekIndex(premiere, week.week);
    const pos = align === 'premiere' ? premiereWeek : listWeek;
    if (pos < from || pos > to) return;
    cumulative += week.hours;
    points.push({ listWeek, premiereWeek, week, cumulative, notes: weekNotes(title, i, reentry) });
  });
  return { title, points };
}

export function buildAllSeries(dataset: Dataset, view: Pick<ViewState, 'titles' | 'weeks' | 'align'>): TitleSeries[] {
  return selectedTitles(dataset, view.titles).map((t) => buildSeries(t, view.weeks, view.align));
}

export function metricValue(point: PlacedWeek, metric: Metric): number {
  if (metric === 'rank') return point.week.rank;
  if (metric === 'cumulative') return point.cumulative;
  return point.week.hours;
}

/** The week number a reader sees for a point: since premiere, or in the Top 10 otherwise. */
export function weekNumberOf(point: PlacedWeek, align: Align): number {
  return align === 'premiere' ? point.premiereWeek : point.listWeek;
}

/** x position of a point: week number, or the week-ending date under Calendar. */
export function xOf(point: PlacedWeek, align: Align): number | string {
  return align === 'calendar' ? point.week.week : weekNumberOf(point, align);
}
