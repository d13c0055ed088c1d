import type { PlacedWeek, TitleSeries } from './series';
import type { Align, WeekRange } from './view';

export interface TitleTotals {
  id: string;
  name: string;
  /** Hours over the weeks in range the title was on the list. */
  total: number;
  weeksOnList: number;
  /** Weeks the range spans for this title (under Week since premiere, gaps included). */
  weeksInRange: number;
  average: number | null;
  peak: PlacedWeek | null;
  weeksAtNo1: number;
  /** total / leader's total; 1 for the leader. null when the leader has 0 hours. */
  shareOfLeader: number | null;
  leaderName: string;
  isLeader: boolean;
}

export function buildTotals(series: readonly TitleSeries[], align: Align, [from, to]: WeekRange): TitleTotals[] {
  const base = series.map((s) => {
    const total = s.points.reduce((sum, p) => sum + p.week.hours, 0);
    const peak = s.points.reduce<PlacedWeek | null>((best, p) => (best && best.week.hours >= p.week.hours ? best : p), null);
    const weeksInRange = align === 'premiere' ? to - from + 1 : s.points.length;
    return {
      id: s.title.id,
      name: s.title.name,
      total,
      weeksOnList: s.points.length,
      weeksInRange,
      average: s.points.length > 0 ? total / s.points.length : null,
      peak,
      weeksAtNo1: s.points.filter((p) => p.week.rank === 1).length,
    };
  });
  // Ties go to the first title in legend order.
  const leader = base.reduce<(typeof base)[number] | null>((best, t) => (best && best.total >= t.total ? best : t), null);
  return base.map((t) => ({
    ...t,
    shareOfLeader: leader && leader.total > 0 ? t.total / leader.total : null,
    leaderName: leader?.name ?? '',
    isLeader: t === leader,
  }));
}
