import { catalogCaveats, VIEWS_SINCE, type CaveatKind } from '../catalog/views';
import { formatDate, formatList } from '../format';
import type { Title } from '../types';
import type { Align, Metric } from '../view';
import type { Rule } from './caveats';
import type { Caveat, ComparisonSeries } from './types';

export interface CaveatContext {
  metric: Metric;
  align: Align;
  /** The file's last week: a title first listed then has only begun its run. */
  fileLastWeek: string;
}

/**
 * The caveats any title in the catalog can carry, beyond the curated ones. Re-entries have their
 * own rule (with per-week notes) and missing views are said once for the chart, so those two
 * kinds of `catalogCaveats` are left out here.
 */
export function catalogRules({ align, fileLastWeek }: CaveatContext): Rule[] {
  const found = new Map<Title, Map<CaveatKind, string>>();
  const textOf = (t: Title, kind: CaveatKind): string | null => {
    let kinds = found.get(t);
    if (!kinds) {
      kinds = new Map(catalogCaveats(t, fileLastWeek).map((c) => [c.kind, c.text]));
      found.set(t, kinds);
    }
    return kinds.get(kind) ?? null;
  };
  const firstWeekNote = (kind: CaveatKind, note: string) => (t: Title, i: number) => (i === 0 && textOf(t, kind) !== null ? note : null);
  // Under Week since premiere every week number of such a title counts from its first week on the list.
  const byPremiere = align === 'premiere';
  return [
    {
      caveat: (t) => textOf(t, 'lastWeekOfFile'),
      note: firstWeekNote('lastWeekOfFile', 'First week on the list, and the last week of the file: its run has only begun'),
    },
    {
      caveat: (t) =>
        byPremiere && t.premiere === null
          ? `${t.name}: Netflix's file gives no premiere date, so “Week since premiere” counts from its first week on the list, and whether that week was a partial one is unknown.`
          : textOf(t, 'partialWeekUnknown'),
      note: firstWeekNote(
        'partialWeekUnknown',
        'Its first week on the list: whether it was a partial week is unknown without a premiere date',
      ),
      wholeTitle: byPremiere,
    },
  ];
}

const isBefore = (week: string) => week < VIEWS_SINCE;

/**
 * Under Views, said once for the whole chart: the weeks in view without Netflix's views, and
 * why. They are gaps, never zeros or estimates. Each such week gets the same mark.
 */
export function viewsCaveat(series: readonly ComparisonSeries[], { metric }: CaveatContext, mark: string): Caveat | null {
  if (metric !== 'views') return null;
  const concerned = series.filter((s) => s.points.some((p) => p.week.views === null));
  const first = concerned[0];
  if (!first) return null;
  const names = formatList(concerned.map((s) => s.name));
  const since = formatDate(VIEWS_SINCE);
  const allEarly = concerned.every((s) => s.points.every((p) => p.week.views !== null || isBefore(p.week.week)));
  const text = allEarly
    ? `Netflix published no views before the week ending ${since}: the earlier weeks of ${names} are gaps, never zeros or estimates.`
    : `This file has no views for some weeks of ${names}: they are gaps, never zeros or estimates.`;
  for (const s of concerned) {
    for (const p of [...s.points, ...s.outside]) {
      if (p.week.views !== null) continue;
      const note = isBefore(p.week.week)
        ? `No views: Netflix published none before the week ending ${since}`
        : 'No views for this week in this file';
      p.notes.push({ mark, text: note });
    }
  }
  return { mark, titleId: first.id, text };
}
