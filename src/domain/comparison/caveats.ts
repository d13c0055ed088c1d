import { daysBetween, premiereWeekIndex, weekEndingOf } from '../dates';
import { formatCount, formatDate, formatList, formatOrdinal, formatWeekDates, formatWeekday, formatYearRange } from '../format';
import type { Title } from '../types';
import { catalogRules, viewsCaveat, type CaveatContext } from './catalogRules';
import { isGap } from './place';
import type { Caveat, ComparisonSeries, PlacedWeek } from './types';

// Footnote marks, in the order notes appear; doubled once the six run out.
const MARKS = ['*', '†', '‡', '§', '‖', '¶'];

export function markFor(n: number): string {
  return MARKS[n % MARKS.length]!.repeat(Math.floor(n / MARKS.length) + 1);
}

/** Days of viewing the premiere week holds: Netflix weeks run Monday to Sunday. */
export function daysInPremiereWeek(premiere: string): number {
  return daysBetween(premiere, weekEndingOf(premiere)) + 1;
}

/** Indices of the weeks that follow a gap: each is a re-entry. */
export function reentryStarts(title: Title): number[] {
  return title.weeks.flatMap((w, i) => (i > 0 && isGap(title.weeks[i - 1]!.week, w.week) ? [i] : []));
}

export interface Rule {
  /** The title-level note, or null when it does not apply to this title. */
  caveat: (title: Title) => string | null;
  /** The note for one week, or null when that week is not concerned. */
  note: (title: Title, i: number) => string | null;
  /** Title-level only (no single week): marks the title's column, not its cells. */
  wholeTitle?: boolean;
}

function shortFirstWeek(title: Title): number | null {
  const first = title.weeks[0];
  if (!title.premiere || first?.week !== weekEndingOf(title.premiere)) return null;
  const days = daysInPremiereWeek(title.premiere);
  return days < 7 ? days : null;
}

function entryWeek(title: Title): number | null {
  const first = title.weeks[0];
  if (!title.premiere || !first) return null;
  const n = premiereWeekIndex(title.premiere, first.week);
  return n > 1 ? n : null;
}

const RULES: readonly Rule[] = [
  {
    caveat: (t) => {
      const days = shortFirstWeek(t);
      return days === null
        ? null
        : `${t.name}: week 1 holds only ${formatCount(days, 'day')} of viewing (premiered ${formatDate(t.premiere!)}).`;
    },
    note: (t, i) => {
      const days = shortFirstWeek(t);
      return i === 0 && days !== null
        ? `Only ${formatCount(days, 'day')} of viewing: premiered ${formatWeekday(t.premiere!)}, ${formatDate(t.premiere!)}`
        : null;
    },
  },
  {
    caveat: (t) => {
      const n = entryWeek(t);
      return n === null ? null : `${t.name}: entered the list in its ${formatOrdinal(n)} week on Netflix.`;
    },
    note: (t, i) => {
      const n = entryWeek(t);
      return i === 0 && n !== null ? `Entered the list in its ${formatOrdinal(n)} week on Netflix` : null;
    },
  },
  {
    caveat: (t) =>
      t.releasePattern && /weekly/i.test(t.releasePattern)
        ? `${t.name}: ${lowerFirst(t.releasePattern)}, so early weeks had few episodes.`
        : null,
    note: () => null,
    wholeTitle: true,
  },
  {
    caveat: (t) => {
      const starts = reentryStarts(t);
      if (starts.length === 0) return null;
      const years = formatYearRange(t.weeks[starts[0]!]!.week, t.weeks.at(-1)!.week);
      const weeks = formatList(starts.map((i) => formatOrdinal(i + 1)));
      return `${t.name}: left the list and came back for its ${weeks} weeks on it (${years}); from week ${starts[0]! + 1} on, weeks are not a continuous run.`;
    },
    note: (t, i) => {
      const starts = reentryStarts(t);
      if (starts.length === 0 || i < starts[0]!) return null;
      if (!starts.includes(i)) return 'Part of a later re-entry, not the original run';
      const prev = t.weeks[i - 1]!;
      const gap = daysBetween(prev.week, t.weeks[i]!.week) / 7 - 1;
      return `Re-entry after ${formatCount(gap, 'week')} off the list (last seen ${formatWeekDates(prev.week)})`;
    },
  },
];

/**
 * Caveats for the titles and weeks in view, each with its footnote mark, and the same marks
 * attached to the figures they concern. A caveat whose weeks are all out of view is left out.
 */
export function applyCaveats(
  series: readonly ComparisonSeries[],
  ctx: CaveatContext,
): { caveats: Caveat[]; columnMarks: Map<string, string> } {
  const caveats: Caveat[] = [];
  const columnMarks = new Map<string, string>();
  const views = viewsCaveat(series, ctx, markFor(0));
  if (views) caveats.push(views);
  const rules = [...RULES, ...catalogRules(ctx)];
  for (const s of series) {
    for (const rule of rules) {
      const text = rule.caveat(s.title);
      if (text === null) continue;
      const concerned = (p: PlacedWeek) => rule.note(s.title, p.listWeek - 1) !== null;
      const inView = rule.wholeTitle ? s.points.length > 0 : s.points.some(concerned);
      if (!inView) continue;
      const mark = markFor(caveats.length);
      caveats.push({ mark, titleId: s.id, text });
      if (rule.wholeTitle) columnMarks.set(s.id, (columnMarks.get(s.id) ?? '') + mark);
      for (const p of [...s.points, ...s.outside]) {
        const note = rule.note(s.title, p.listWeek - 1);
        if (note !== null) p.notes.push({ mark, text: note });
      }
    }
  }
  return { caveats, columnMarks };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
