import { VIEWS_SINCE } from '../catalog/views';
import { formatDate, formatInt, formatList, formatWeekSpan } from '../format';
import type { Align, Metric, WeekRange } from '../view';
import { ALIGN_PHRASE, chartHeading } from './heading';
import { versus } from './names';
import { allBest } from './totals';
import type { ComparisonSeries, TitleTotals } from './types';

const DEK_METRIC: Record<Metric, string> = {
  hours: 'Hours viewed, week by week',
  views: 'Views (hours viewed ÷ runtime), week by week',
  cumulative: 'Hours viewed, added up from each title’s first week on the list',
  rank: 'Each week’s rank on Netflix’s Top 10 list',
};

const DEK_ALIGN: Record<Align, string> = {
  top10: 'lined up from each title’s first week on the list',
  premiere: 'lined up from each title’s premiere week',
  calendar: 'placed by calendar date',
};

const DEK_SOURCE: Record<Metric, string> = {
  hours: 'Figures are Netflix’s own, to the unit.',
  views: 'Views are Netflix’s own, as published.',
  cumulative: 'Figures are Netflix’s own, to the unit.',
  rank: 'Ranks are Netflix’s own.',
};

const TITLE_METRIC: Record<Metric, string> = {
  hours: 'weekly hours',
  views: 'weekly views',
  cumulative: 'cumulative hours',
  rank: 'weekly rank',
};
const TITLE_ALIGN: Record<Align, string> = { top10: '', premiere: ' since premiere', calendar: ' by date' };

export const APP_NAME = 'Top 10 Compare';

/** The headline's dek: the metric and alignment in words. */
export function dekFor(metric: Metric, align: Align): string {
  // The running total and the lines both start at the first week on the list: say it once.
  const lined = metric === 'cumulative' && align === 'top10' ? 'where each line starts' : DEK_ALIGN[align];
  return `${DEK_METRIC[metric]}, ${lined}. ${DEK_SOURCE[metric]}`;
}

/** A text alternative for the chart: titles, metric, range, and who leads by this metric. */
export function chartSummary(
  metric: Metric,
  align: Align,
  weeks: WeekRange,
  series: readonly ComparisonSeries[],
  totals: readonly TitleTotals[],
): string {
  const head = `${chartHeading(metric, align, weeks)} for ${formatList(series.map((s) => s.name))}.`;
  const shown = totals.filter((t) => t.weeksOnList > 0);
  if (shown.length === 0) return `${head} None of them was on the list in these weeks.`;
  if (metric === 'rank') {
    const best = allBest(
      shown,
      (t) => t.best?.week.rank ?? null,
      (a, b) => a < b,
    );
    const no1 = allBest(
      shown,
      (t) => t.weeksAtNo1,
      (a, b) => a > b,
    );
    const bestText = `Best rank: #${best.score} for ${formatList(best.items.map((t) => t.name))}.`;
    const each = no1.items.length > 1 ? ' each' : '';
    const no1Text = no1.score
      ? ` Most weeks at #1: ${formatList(no1.items.map((t) => t.name))} (${no1.score}${each}).`
      : ' No title reached #1 in these weeks.';
    return `${head} ${bestText}${no1Text}`;
  }
  if (metric === 'views' && shown.every((t) => t.weeksCounted === 0)) {
    return `${head} Netflix published no views for these weeks: none before the week ending ${formatDate(VIEWS_SINCE)}.`;
  }
  const leader = totals.find((t) => t.isLeader);
  if (!leader) return head;
  if (metric === 'views') {
    const partial = leader.coverage ? ` (${leader.coverage})` : '';
    return `${head} ${leader.name} leads with ${formatInt(leader.total)} views${partial}.`;
  }
  const since =
    metric === 'cumulative'
      ? ` in these weeks; its running total since its first week on the list is ${formatInt(lastCumulative(series, leader.id))}`
      : '';
  return `${head} ${leader.name} leads with ${formatInt(leader.total)} hours${since}.`;
}

function lastCumulative(series: readonly ComparisonSeries[], id: string): number {
  return series.find((s) => s.id === id)?.points.at(-1)?.cumulative ?? 0;
}

/** What the totals panel adds up. */
export function totalsSentence(metric: Metric, align: Align, weeks: WeekRange): string {
  const span = `${formatWeekSpan(weeks)} ${ALIGN_PHRASE[align]}`;
  if (metric === 'views')
    return `Views in ${span}, summed over the weeks each title was on the list with views, as Netflix reports them; weeks without views are left out, never counted as 0.`;
  const base = `Hours viewed in ${span}, summed over the weeks each title was on the list, as Netflix reports them.`;
  if (metric === 'cumulative') return `${base} The chart’s running totals start earlier, at each title’s first week on the list.`;
  if (metric === 'rank') return `${base} Weeks at #1 and best rank count the same weeks.`;
  return base;
}

/** The tab's title: "Squid Game vs All of Us Are Dead: weekly hours, weeks 1–8 · Top 10 Compare". */
export function documentTitle(shortNames: readonly string[], metric: Metric, align: Align, weeks: WeekRange): string {
  return `${versus(shortNames)}: ${TITLE_METRIC[metric]}, ${formatWeekSpan(weeks)}${TITLE_ALIGN[align]} · ${APP_NAME}`;
}
