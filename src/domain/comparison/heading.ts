import { formatWeekSpan } from '../format';
import { METRIC_LABELS, type Align, type Metric, type WeekRange } from '../view';

// Apart from text.ts, with no import of dates.ts: the embed dialog names its frame with it. See ExportTools.tsx.

export const ALIGN_PHRASE: Record<Align, string> = {
  top10: 'in the Top 10',
  premiere: 'since premiere',
  calendar: 'in the Top 10, by calendar date',
};

/** The chart's heading: what is plotted, over which weeks. */
export function chartHeading(metric: Metric, align: Align, weeks: WeekRange): string {
  const what = metric === 'rank' || metric === 'views' ? METRIC_LABELS[metric] : `${METRIC_LABELS[metric]} viewed`;
  return `${what}, ${formatWeekSpan(weeks)} ${ALIGN_PHRASE[align]}`;
}
