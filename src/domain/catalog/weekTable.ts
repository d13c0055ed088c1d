import { weekEndingOf, weeksBetween } from '../dates';
import type { Dataset, Title } from '../types';
import type { Catalog } from '../view';

/**
 * Every week of every title of a dataset, by column, in the order of its titles: what the work
 * over all titles reads (search facts, the overall ranks, the view limits), so it never needs a
 * title's week objects. The catalog's decoder fills it straight from the file's columns, and
 * builds a title's weeks only when something asks for them (a chart, an export).
 */
export interface WeekTable {
  titles: readonly Title[];
  /** Title i's weeks are rows starts[i] up to starts[i + 1], oldest first; n + 1 entries. */
  starts: Uint32Array;
  /** Every week-ending date from the earliest week of any title to the latest, oldest first. */
  weekDates: readonly string[];
  /** Each row's week, as its index in `weekDates`. */
  week: Uint16Array;
  rank: Uint8Array;
  hours: Float64Array;
  /** Netflix's weekly views; NaN where it published none. */
  views: Float64Array;
  /** Each row's place under "week since premiere": the first week on the list where no premiere is known. */
  premiereWeek: Int32Array;
}

const WEEK_MS = 7 * 86_400_000;

/** Every week-ending date from `first` to `last`, both Sundays, oldest first. */
export function weekDatesFrom(first: string, last: string): string[] {
  const count = weeksBetween(first, last) + 1;
  const firstMs = Date.parse(`${first}T00:00:00Z`);
  const out = new Array<string>(Math.max(0, count));
  for (let k = 0; k < count; k++) out[k] = new Date(firstMs + k * WEEK_MS).toISOString().slice(0, 10);
  return out;
}

/** A dataset's table, read from its titles' weeks (a reader's own file; the catalog's decoder has its own). */
export function weekTable(dataset: Dataset): WeekTable {
  const { titles } = dataset;
  const starts = new Uint32Array(titles.length + 1);
  let first = '';
  let last = '';
  titles.forEach((t, i) => {
    starts[i + 1] = starts[i]! + t.weeks.length;
    for (const w of t.weeks) {
      if (first === '' || w.week < first) first = w.week;
      if (w.week > last) last = w.week;
    }
  });
  const rows = starts[titles.length]!;
  const weekDates = first === '' ? [] : weekDatesFrom(first, last);
  const week = new Uint16Array(rows);
  const rank = new Uint8Array(rows);
  const hours = new Float64Array(rows);
  const views = new Float64Array(rows);
  const premiereWeek = new Int32Array(rows);
  // A date to its index by lookup: working out 10,000 weeks' dates one by one took a long task.
  const indexOf = new Map(weekDates.map((d, k) => [d, k]));
  titles.forEach((t, i) => {
    if (t.weeks.length === 0) return;
    // Without a known premiere, the first week on the list is week 1 (as the chart counts).
    // Every week is a Sunday, so on the list of dates; the sum is there for any that is not.
    const at = (week: string) => indexOf.get(week) ?? weeksBetween(first, week);
    const firstAt = at(t.weeks[0]!.week);
    const shift = t.premiere ? weeksBetween(weekEndingOf(t.premiere), t.weeks[0]!.week) : 0;
    t.weeks.forEach((w, j) => {
      const row = starts[i]! + j;
      const k = at(w.week);
      week[row] = k;
      rank[row] = w.rank;
      hours[row] = w.hours;
      views[row] = w.views ?? NaN;
      premiereWeek[row] = k - firstAt + shift + 1;
    });
  });
  return { titles, starts, weekDates, week, rank, hours, views, premiereWeek };
}

/**
 * catalogOf's ids and week limits, from the titles' ids and the table: for the catalog's worker,
 * which has no week objects to read (tests hold the two to the same answers).
 */
export function catalogOfTable(ids: readonly string[], { starts, premiereWeek }: Pick<WeekTable, 'starts' | 'premiereWeek'>): Catalog {
  let top10 = 1;
  let premiere = 1;
  for (let i = 0; i < ids.length; i++) {
    const count = starts[i + 1]! - starts[i]!;
    if (count === 0) continue;
    top10 = Math.max(top10, count);
    // The last week's place since the premiere (or, without one, since the first week on the list).
    premiere = Math.max(premiere, premiereWeek[starts[i + 1]! - 1]!);
  }
  return { titleIds: ids, maxWeek: { top10, premiere, calendar: top10 } };
}
