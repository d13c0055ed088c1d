import type { Align, WeekRange } from '../view';
import type { ComparisonSeries, PlacedWeek, TitleTotals } from './types';

// Ties keep the earlier week: a peak repeated later is still first reached then.
const higherHours = (best: PlacedWeek | null, p: PlacedWeek) => (best && best.week.hours >= p.week.hours ? best : p);
const betterRank = (best: PlacedWeek | null, p: PlacedWeek) => (best && best.week.rank <= p.week.rank ? best : p);

export function buildTotals(series: readonly ComparisonSeries[], align: Align, [from, to]: WeekRange): TitleTotals[] {
  const base = series.map((s) => {
    const total = s.points.reduce((sum, p) => sum + p.week.hours, 0);
    return {
      id: s.id,
      name: s.name,
      category: s.category,
      total,
      weeksOnList: s.points.length,
      weeksInRange: align === 'premiere' ? to - from + 1 : s.points.length,
      average: s.points.length > 0 ? total / s.points.length : null,
      peak: s.points.reduce(higherHours, null),
      best: s.points.reduce(betterRank, null),
      weeksAtNo1: s.points.filter((p) => p.week.rank === 1).length,
    };
  });
  // One title leads nothing. Ties go to the first title in legend order.
  const leader = base.length < 2 ? null : base.reduce<(typeof base)[number] | null>((best, t) => (best && best.total >= t.total ? best : t), null);
  return base.map((t) => ({
    ...t,
    shareOfLeader: leader && leader.total > 0 ? t.total / leader.total : null,
    leaderName: leader?.name ?? '',
    isLeader: t === leader,
  }));
}

/** Every title holding the best value, in legend order: a tie names them all. */
export function allBest<T>(items: readonly T[], score: (t: T) => number | null, better: (a: number, b: number) => boolean): { items: T[]; score: number | null } {
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
