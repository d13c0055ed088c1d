import type { Align, Metric, WeekRange } from '../view';

const PREFIX = 'top10-compare';
/** File names stay readable in a downloads folder and under every system's path limits. */
export const MAX_FILE_BASE = 120;

const WEEKS_WORD: Record<Align, string> = {
  top10: 'weeks',
  premiere: 'weeks-since-premiere',
  calendar: 'calendar-weeks',
};

export interface FileNameView {
  titles: readonly string[];
  metric: Metric;
  align: Align;
  weeks: WeekRange;
}

/**
 * What the file holds, e.g. `top10-compare_squid-game-s1_vs_all-of-us-are-dead-s1_hours_weeks-1-8`.
 * Title ids are already `[a-z0-9-]`, so the name needs no escaping. Past MAX_FILE_BASE the
 * titles that do not fit become `_and-N-more`; the first title always stays.
 */
export function fileBase(view: FileNameView, what: string = view.metric): string {
  const [from, to] = view.weeks;
  const weeks = from === to ? `${WEEKS_WORD[view.align].replace(/s$/, '')}-${from}` : `${WEEKS_WORD[view.align]}-${from}-${to}`;
  const tail = what === 'all-weeks' ? `_${what}` : `_${what}_${weeks}`;
  const ids = view.titles;
  const more = (rest: number) => (rest > 0 ? `_and-${rest}-more` : '');
  for (let kept = ids.length; kept >= 1; kept--) {
    const name = `${PREFIX}_${ids.slice(0, kept).join('_vs_')}${more(ids.length - kept)}${tail}`;
    if (name.length <= MAX_FILE_BASE) return name;
  }
  // Even the first id alone is too long: cut it at a word boundary.
  const end = `${more(ids.length - 1)}${tail}`;
  const room = Math.max(8, MAX_FILE_BASE - PREFIX.length - 1 - end.length);
  const first = (ids[0] ?? 'chart').slice(0, room).replace(/-[^-]*$/, '') || (ids[0] ?? 'chart').slice(0, room);
  return `${PREFIX}_${first}${end}`;
}
