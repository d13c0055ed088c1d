import { formatInt, formatOrdinal, formatWeekDates, formatWeekSpan } from '../format';
import type { TitleWeek } from '../types';
import type { Align, Metric, WeekRange } from '../view';
import type { ChartRow, ComparisonSeries, PlacedWeek } from './types';

export interface DetailItem {
  id: string;
  name: string;
  status: 'on' | 'outside' | 'off';
  lines: string[];
  notes: string[];
}

export interface RowDetails {
  heading: string;
  items: DetailItem[];
}

const HEADINGS: Record<Align, (key: number | string) => string> = {
  top10: (key) => `Week ${key} in the Top 10`,
  premiere: (key) => `Week ${key} since premiere`,
  calendar: (key) => `Week of ${formatWeekDates(String(key))}`,
};

/** "12,300,000 views", or where Netflix published none, words saying so: never 0 or an estimate. */
function viewsText(w: TitleWeek): string {
  return w.views === null ? 'No views published' : `${formatInt(w.views)} views`;
}

function figure(p: PlacedWeek, metric: Metric, list: string): string[] {
  const rank = `#${p.week.rank} in ${list}`;
  const hours = `${formatInt(p.week.hours)} hours`;
  if (metric === 'views') return [`${viewsText(p.week)} · ${rank}`];
  const main = metric === 'rank' ? `${rank} · ${hours}` : `${hours} · ${rank}`;
  return metric === 'cumulative' ? [main, `${formatInt(p.cumulative)} hours since its first week on the list`] : [main];
}

function offText(s: ComparisonSeries, align: Align): string {
  // Under Week in Top 10 an empty week is past the end of the title's weeks on the list.
  return align === 'top10' ? `Only ${s.title.weeks.length} weeks in the Top 10` : 'Not in the Top 10 that week';
}

/** What hover, a tap and the keyboard show for one week: the same words everywhere. */
export function rowDetails(row: ChartRow, series: readonly ComparisonSeries[], metric: Metric, align: Align, weeks: WeekRange): RowDetails {
  const items = series.map((s): DetailItem => {
    const p = row.points[s.id];
    const base = { id: s.id, name: s.name };
    if (p) {
      const dates = align === 'calendar' ? [] : [formatWeekDates(p.week.week)];
      return {
        ...base,
        status: 'on',
        lines: [...dates, ...figure(p, metric, s.category)],
        notes: p.notes.map((n) => `${n.mark} ${n.text}`),
      };
    }
    const out = row.outside[s.id];
    if (out) {
      const where = `Outside the selected ${formatWeekSpan(weeks)}: its ${formatOrdinal(out.listWeek)} week on the list`;
      const amount = metric === 'views' ? viewsText(out.week) : `${formatInt(out.week.hours)} hours`;
      return { ...base, status: 'outside', lines: [where, `${amount} · #${out.week.rank} in ${s.category}`], notes: [] };
    }
    return { ...base, status: 'off', lines: [offText(s, align)], notes: [] };
  });
  return { heading: HEADINGS[align](row.key), items };
}

/** One sentence for the live region: the week, then every series' value. */
export function announce(details: RowDetails): string {
  const parts = details.items.map((i) => `${i.name}: ${i.lines.join(', ')}`);
  return `${details.heading}. ${parts.join('; ')}.`;
}
