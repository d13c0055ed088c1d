import { formatInt } from './format';
import type { TitleTotals } from './totals';
import { METRIC_LABELS, type Align, type Metric, type WeekRange } from './view';

const ALIGN_PHRASE: Record<Align, string> = {
  top10: 'in the Top 10',
  premiere: 'since premiere',
  calendar: 'in the Top 10, by calendar date',
};

/** The chart's heading: what is plotted, over which weeks. */
export function chartHeading(metric: Metric, align: Align, [from, to]: WeekRange): string {
  const weeks = from === to ? `week ${from}` : `weeks ${from}–${to}`;
  return `${METRIC_LABELS[metric]} viewed, ${weeks} ${ALIGN_PHRASE[align]}`.replace('Rank viewed', 'Rank');
}

/** A text alternative for the chart: titles, metric, range and leader. */
export function chartSummary(metric: Metric, align: Align, range: WeekRange, totals: readonly TitleTotals[]): string {
  const names = totals.map((t) => t.name);
  const list = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const leader = totals.find((t) => t.isLeader);
  const lead = leader && totals.length > 1 ? ` ${leader.name} leads with ${formatInt(leader.total)} hours.` : '';
  return `${chartHeading(metric, align, range)} for ${list}.${lead}`;
}
