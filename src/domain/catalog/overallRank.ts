import { formatInt } from '../format';
import type { Category } from '../types';
import type { Align, WeekRange } from '../view';
import type { WeekTable } from './weekTable';

/** The metrics a view can show; "views" is Netflix's weekly_views. */
export type RankMetric = 'hours' | 'cumulative' | 'views' | 'rank';
/** What titles are ranked by: hours or views in the range, or weeks at #1 under the Rank metric. */
export type RankFigure = 'hours' | 'views' | 'weeksAtOne';

export interface OverallRank {
  figure: RankFigure;
  value: number;
  /** 1 + the number of titles with a strictly larger figure: ties share a place. */
  rank: number;
  /** Titles ranked: every title, or under Views only those with views in the range. */
  of: number;
  category: Category;
  categoryRank: number;
  categoryOf: number;
}

export function figureOf(metric: RankMetric): RankFigure {
  return metric === 'views' ? 'views' : metric === 'rank' ? 'weeksAtOne' : 'hours';
}

/** Every title's figure over a view's weeks, and whether it is ranked at all (Views: only titles with views). */
export interface FigureValues {
  figure: RankFigure;
  values: Float64Array;
  has: Uint8Array;
}

/**
 * Each title's figure for the same weeks under the same alignment: the costly part of ranking
 * (every week of every title), which depends on the view's weeks, alignment and metric but not on
 * which titles are compared, so a caller can keep it while titles come and go.
 */
export function figureValues(table: WeekTable, view: { weeks: WeekRange; align: Align; metric: RankMetric }): FigureValues {
  const figure = figureOf(view.metric);
  const [from, to] = view.weeks;
  const n = table.titles.length;
  const values = new Float64Array(n);
  const has = new Uint8Array(n);
  const { starts, hours, rank, views, premiereWeek } = table;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const first = starts[i]!;
    for (let row = first; row < starts[i + 1]!; row++) {
      const pos = view.align === 'premiere' ? premiereWeek[row]! : row - first + 1;
      if (pos < from || pos > to) continue;
      if (figure === 'hours') sum += hours[row]!;
      else if (figure === 'weeksAtOne') sum += rank[row] === 1 ? 1 : 0;
      else if (!Number.isNaN(views[row]!)) {
        sum += views[row]!;
        has[i] = 1;
      }
    }
    values[i] = sum;
    if (figure !== 'views') has[i] = 1;
  }
  return { figure, values, has };
}

/**
 * Where each title of `ids` stands among every title in the catalog, for the same figure over
 * the same weeks under the same alignment. Under Views, only titles with views in the range
 * are ranked (Netflix published none before 2023-06-18); a title without any gets no rank.
 * `figures` must be figureValues(table, view), passed in when the caller already has it.
 */
export function overallRanks(
  table: WeekTable,
  ids: readonly string[],
  view: { weeks: WeekRange; align: Align; metric: RankMetric },
  figures: FigureValues = figureValues(table, view),
): Map<string, OverallRank> {
  const { figure, values, has } = figures;
  const n = table.titles.length;
  const wanted = new Set(ids);
  const out = new Map<string, OverallRank>();
  table.titles.forEach((title, i) => {
    if (!wanted.has(title.id) || !has[i]) return;
    let rank = 1;
    let of = 0;
    let categoryRank = 1;
    let categoryOf = 0;
    for (let k = 0; k < n; k++) {
      if (!has[k]) continue;
      const sameList = table.titles[k]!.category === title.category;
      of++;
      if (sameList) categoryOf++;
      if (values[k]! > values[i]!) {
        rank++;
        if (sameList) categoryRank++;
      }
    }
    out.set(title.id, { figure, value: values[i]!, rank, of, category: title.category, categoryRank, categoryOf });
  });
  return out;
}

/** "#14 of 3,836 titles, #5 of 783 in TV (Non-English)". */
export function describeOverallRank(r: OverallRank): string {
  const titles = r.figure === 'views' ? 'titles with views in these weeks' : 'titles';
  const by = r.figure === 'weeksAtOne' ? ' by weeks at #1' : '';
  return `#${formatInt(r.rank)} of ${formatInt(r.of)} ${titles}${by}, #${formatInt(r.categoryRank)} of ${formatInt(r.categoryOf)} in ${r.category}`;
}

/**
 * The sentence each totals card carries: where the title stands among every title of the table
 * for the view's own figure, weeks and alignment. Under Views a title without views in those
 * weeks is not ranked, and says so.
 */
export function overallRankLines(
  table: WeekTable,
  ids: readonly string[],
  view: { weeks: WeekRange; align: Align; metric: RankMetric },
  figures: FigureValues = figureValues(table, view),
): Map<string, string> {
  const ranks = overallRanks(table, ids, view, figures);
  return new Map(
    ids.map((id) => {
      const r = ranks.get(id);
      return [id, r ? describeOverallRank(r) : 'Not ranked: Netflix published no views for it in these weeks'];
    }),
  );
}
