import { addDays, daysBetween, premiereWeekIndex } from '../dates';
import type { Title } from '../types';
import type { Align, WeekRange } from '../view';
import type { PlacedWeek } from './types';

/** A gap of more than one calendar week between two weeks on the list: the title left and came back. */
export function isGap(prevWeek: string, week: string): boolean {
  return daysBetween(prevWeek, week) > 7;
}

/** Titles in legend order; ids the data lacks are skipped. */
export function selectedTitles(dataset: { titles: readonly Title[] }, ids: readonly string[]): Title[] {
  // One pass that keeps only the few wanted: indexing all 3,836 titles on every click cost more.
  const wanted = new Set(ids);
  const found = new Map<string, Title>();
  for (const t of dataset.titles) if (wanted.has(t.id)) found.set(t.id, t);
  return ids.flatMap((id) => found.get(id) ?? []);
}

export function premiereOf(title: Title): string {
  // Without a known premiere the first week on the list counts as week 1.
  return title.premiere ?? addDays(title.weeks[0]?.week ?? '1970-01-04', -6);
}

/** Every week of a title on the list, placed; notes are added once caveats have their marks. */
export function placeWeeks(title: Title): PlacedWeek[] {
  const premiere = premiereOf(title);
  let cumulative = 0;
  let run = 0;
  return title.weeks.map((week, i) => {
    const prev = title.weeks[i - 1];
    if (prev && isGap(prev.week, week.week)) run += 1;
    cumulative += week.hours;
    return { listWeek: i + 1, premiereWeek: premiereWeekIndex(premiere, week.week), week, cumulative, run, notes: [] };
  });
}

/** The week number a reader sees for a point: since premiere, or in the Top 10 otherwise. */
export function weekNumberOf(point: PlacedWeek, align: Align): number {
  return align === 'premiere' ? point.premiereWeek : point.listWeek;
}

export function inRange(point: PlacedWeek, align: Align, [from, to]: WeekRange): boolean {
  const n = weekNumberOf(point, align);
  return n >= from && n <= to;
}

/** Highest week a title reaches under an alignment: the slider's reach for it. */
export function lastWeekOf(title: Title, align: Align): number {
  const last = title.weeks.at(-1);
  if (!last) return 0;
  return align === 'premiere' ? premiereWeekIndex(premiereOf(title), last.week) : title.weeks.length;
}

/** First week a title reaches under an alignment. */
export function firstWeekOf(title: Title, align: Align): number {
  const first = title.weeks[0];
  if (!first) return 1;
  return align === 'premiere' ? Math.max(1, premiereWeekIndex(premiereOf(title), first.week)) : 1;
}

/** The longest run among the ticked titles under an alignment: how far the week sliders reach. */
export function longestRun(titles: readonly Title[], ids: readonly string[], align: Align): number {
  return Math.max(1, ...selectedTitles({ titles }, ids).map((t) => lastWeekOf(t, align)));
}
