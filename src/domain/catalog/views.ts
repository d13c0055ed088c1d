import { daysBetween } from '../dates';
import { formatCount, formatDate, formatInt } from '../format';
import type { Title, TitleWeek } from '../types';

/**
 * The first week for which Netflix published `weekly_views` (and runtime). Earlier weeks have
 * none: they are gaps, never zeros or estimates, and views are never recomputed from hours.
 */
export const VIEWS_SINCE = '2023-06-18';

export interface ViewsCoverage {
  /** Weeks in the range that have Netflix's views. */
  withViews: number;
  /** Weeks in the range. */
  weeks: number;
  /** Sum of the published views, or null when no week has any. */
  total: number | null;
}

/** How many of a title's weeks in a range carry views, and their sum. */
export function viewsCoverage(weeks: readonly TitleWeek[]): ViewsCoverage {
  let withViews = 0;
  let total = 0;
  for (const w of weeks) {
    if (w.views === null) continue;
    withViews++;
    total += w.views;
  }
  return { withViews, weeks: weeks.length, total: withViews === 0 ? null : total };
}

/** "views in 3 of 8 weeks" when some weeks lack views; null when all have them or none are in range. */
export function viewsCoverageText({ withViews, weeks }: ViewsCoverage): string | null {
  if (weeks === 0 || withViews === weeks) return null;
  return `views in ${formatInt(withViews)} of ${formatCount(weeks, 'week')}`;
}

export type CaveatKind = 'reentry' | 'lastWeekOfFile' | 'noViewsBefore' | 'partialWeekUnknown';

export interface TitleCaveat {
  kind: CaveatKind;
  text: string;
}

/** Caveats any title can carry, worked out from its own weeks and the file's last week. */
export function catalogCaveats(title: Title, fileLastWeek: string): TitleCaveat[] {
  const out: TitleCaveat[] = [];
  const { weeks, name } = title;
  const first = weeks[0];
  if (!first) return out;
  const gaps = weeks.filter((w, i) => i > 0 && daysBetween(weeks[i - 1]!.week, w.week) > 7).length;
  if (gaps > 0) {
    const times = gaps === 1 ? 'once' : `${formatInt(gaps)} times`;
    out.push({
      kind: 'reentry',
      text: `${name} left the list and came back ${times}: weeks after a gap are re-entries, not a continuous run.`,
    });
  }
  if (first.week === fileLastWeek) {
    out.push({
      kind: 'lastWeekOfFile',
      text: `${name} first reached the list in the file's last week (ending ${formatDate(fileLastWeek)}): its run has only begun.`,
    });
  }
  if (first.week < VIEWS_SINCE) {
    out.push({
      kind: 'noViewsBefore',
      text: `Netflix published no views before the week ending ${formatDate(VIEWS_SINCE)}; ${name}'s earlier weeks show hours only.`,
    });
  }
  if (title.premiere === null) {
    out.push({
      kind: 'partialWeekUnknown',
      text: `${name}: Netflix's file gives no premiere date, so week 1 is its first week on the list, and whether that week was a partial one is unknown.`,
    });
  }
  return out;
}
