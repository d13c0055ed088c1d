import { dayOfWeek, daysBetween, formatWeekDates, premiereWeekIndex, weekEndingOf } from './dates';
import { formatDate, formatOrdinal } from './format';
import type { TitleSeries } from './series';
import type { Title } from './types';
import type { Align } from './view';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Days of viewing the premiere week holds: Netflix weeks run Monday to Sunday. */
export function daysInPremiereWeek(premiere: string): number {
  return daysBetween(premiere, weekEndingOf(premiere)) + 1;
}

/** Index of the first week that follows a gap, i.e. where re-entries start; -1 if none. */
export function firstReentryIndex(title: Title): number {
  return title.weeks.findIndex((w, i) => i > 0 && daysBetween(title.weeks[i - 1]!.week, w.week) > 7);
}

/** Caveats for the i-th week a title spent on the list. Pass `reentry` when calling week by week. */
export function weekNotes(title: Title, i: number, reentry = firstReentryIndex(title)): string[] {
  const notes: string[] = [];
  const week = title.weeks[i];
  if (!week) return notes;
  if (title.premiere && week.week === weekEndingOf(title.premiere)) {
    const days = daysInPremiereWeek(title.premiere);
    if (days < 7) {
      const weekday = WEEKDAYS[dayOfWeek(title.premiere)];
      notes.push(`Only ${days} days of viewing: premiered ${weekday}, ${formatDate(title.premiere)}`);
    }
  }
  if (i === 0 && title.premiere) {
    const n = premiereWeekIndex(title.premiere, week.week);
    if (n > 1) notes.push(`Entered the list in its ${formatOrdinal(n)} week on Netflix`);
  }
  if (reentry !== -1 && i >= reentry) {
    const prev = title.weeks[i - 1];
    const gap = prev ? daysBetween(prev.week, week.week) / 7 - 1 : 0;
    notes.push(
      gap > 0
        ? `Re-entry after ${gap} weeks off the list (last seen ${formatWeekDates(prev!.week)})`
        : 'Part of a later re-entry, not the original run',
    );
  }
  return notes;
}

/** Title-level caveats shown beside the chart, for the titles and weeks in view. */
export function titleCaveats(title: Title, listWeeksInView: readonly number[]): string[] {
  const out: string[] = [];
  const first = title.weeks[0];
  if (!first) return out;
  if (title.premiere && listWeeksInView.includes(1)) {
    const days = daysInPremiereWeek(title.premiere);
    if (days < 7 && first.week === weekEndingOf(title.premiere)) {
      out.push(`${title.name}: week 1 holds only ${days} days of viewing (premiered ${formatDate(title.premiere)}).`);
    }
    const n = premiereWeekIndex(title.premiere, first.week);
    if (n > 1) out.push(`${title.name}: entered the list in its ${formatOrdinal(n)} week on Netflix.`);
  }
  if (title.releasePattern && /weekly/i.test(title.releasePattern)) {
    out.push(`${title.name}: ${lowerFirst(title.releasePattern)}, so early weeks had few episodes.`);
  }
  const reentry = firstReentryIndex(title);
  if (reentry !== -1 && listWeeksInView.some((w) => w > reentry)) {
    const from = title.weeks[reentry]!.week;
    const to = title.weeks[title.weeks.length - 1]!.week;
    out.push(
      `${title.name}: weeks ${reentry + 1}–${title.weeks.length} are re-entries (${from.slice(0, 4)}–${to.slice(0, 4)}) after a gap of months, not a continuous run.`,
    );
  }
  return out;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export interface ChartMarker {
  /** The x key (week number) the marker stands at. */
  x: number;
  label: string;
}

/**
 * Under Week in Top 10 a return to the list months later sits right after the last week of the
 * first run; a rule on the chart says where the continuous run ends.
 */
export function reentryMarkers(series: readonly TitleSeries[], align: Align): ChartMarker[] {
  if (align !== 'top10') return [];
  return series.flatMap(({ title, points }) => {
    const first = firstReentryIndex(title) + 1;
    if (first < 2 || !points.some((p) => p.listWeek === first)) return [];
    return [{ x: first, label: `${title.showTitle} re-enters` }];
  });
}
