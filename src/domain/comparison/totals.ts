import { viewsCoverage, viewsCoverageText } from '../catalog/views';
import type { Align, Metric, WeekRange } from '../view';
import type { ComparisonSeries, PlacedWeek, TitleTotals } from './types';

/** The figure the totals add up: views under Views, hours under every other metric (Cumulative and Rank stay in hours). */
export function totalsFigure(p: PlacedWeek, metric: Metric): number | null {
  return metric === 'views' ? p.week.views : p.week.hours;
}

// Ties keep the earlier week: a peak repeated later is still first reached then.
const higherBy = (metric: Metric) => (best: PlacedWeek | null, p: PlacedWeek) => {
  const v = totalsFigure(p, metric);
  if (v === null) return best;
  return best && totalsFigure(best, metric)! >= v ? best : p;
};
const betterRank = (best: PlacedWeek | null, p: PlacedWeek) => (best && best.week.rank <= p.week.rank ? best : p);

export function buildTotals(series: readonly ComparisonSeries[], metric: Metric, align: Align, [from, to]: WeekRange): TitleTotals[] {
  const base = series.map((s) => {
    // Weeks without Netflix's views are left out of the sum, never counted as 0, and said so.
    const coverage = metric === 'views' ? viewsCoverage(s.points.map((p) => p.week)) : null;
    const counted = coverage ? coverage.withViews : s.points.length;
    const total = coverage ? (coverage.total ?? 0) : s.points.reduce((sum, p) => sum + p.week.hours, 0);
    return {
      id: s.id,
      name: s.name,
      category: s.category,
      total,
      weeksOnList: s.points.length,
      weeksCounted: counted,
      coverage: coverage ? viewsCoverageText(coverage) : null,
      weeksInRange: align === 'premiere' ? to - from + 1 : s.points.length,
      average: counted > 0 ? total / counted : null,
      peak: s.points.reduce(higherBy(metric), null),
      best: s.points.reduce(betterRank, null),
      weeksAtNo1: s.points.filter((p) => p.week.rank === 1).length,
    };
  });
  // One title leads nothing; a title with no figure in range neither leads nor gets a share.
  // Ties go to the first title in legend order.
  const scored = base.filter((t) => t.weeksCounted > 0);
  const leader =
    base.length < 2 ? null : scored.reduce<(typeof base)[number] | null>((best, t) => (best && best.total >= t.total ? best : t), null);
  return base.map((t) => ({
    ...t,
    shareOfLeader: leader && leader.total > 0 && t.weeksCounted > 0 ? t.total / leader.total : null,
    leaderName: leader?.name ?? '',
    isLeader: t === leader,
  }));
}

/** Every title holding the best value, in legend order: a tie names them all. */
export function allBest<T>(
  items: readonly T[],
  score: (t: T) => number | null,
  better: (a: number, b: number) => boolean,
): { items: T[]; score: number | null } {
  let best: number | null = null;
  let winners: T[] = [];
  for (const item of items) {
    const v = score(item);
    if (v === null) continue;
    if (best === null || better(v, best)) {
      best = v;
      winners = [item];
    } else if (v === best) {
      winners.push(item);
    }
  }
  return { items: winners, score: best };
}
