import type { Category, Title } from '../types';
import type { WeekTable } from './weekTable';

/** What an option in the title search shows, so two titles with one name are easy to tell apart. */
export interface TitleFacts {
  id: string;
  name: string;
  category: Category;
  /** Week-ending date of its first week on the list. */
  firstWeek: string;
  weeksOnList: number;
  peakRank: number;
  /** Hours in its first 8 weeks on the list: what "biggest" means when nothing is typed. */
  hoursFirst8: number;
}

/** Title i's facts, read from the table's columns (its week objects are never built for this). */
export function titleFacts(table: WeekTable, i: number): TitleFacts {
  const title = table.titles[i]!;
  const from = table.starts[i]!;
  const to = table.starts[i + 1]!;
  let peakRank = 11;
  let hoursFirst8 = 0;
  for (let row = from; row < to; row++) {
    if (table.rank[row]! < peakRank) peakRank = table.rank[row]!;
    if (row - from < 8) hoursFirst8 += table.hours[row]!;
  }
  return {
    id: title.id,
    name: title.name,
    category: title.category,
    firstWeek: to > from ? table.weekDates[table.week[from]!]! : '',
    weeksOnList: to - from,
    peakRank,
    hoursFirst8,
  };
}

/** The latest week in the table and its titles, list by list, rank 1 first. */
export function latestWeekTitles(table: WeekTable): { week: string; titles: { title: Title; rank: number }[] } {
  const { titles, starts } = table;
  let latest = -1;
  for (let i = 0; i < titles.length; i++) {
    if (starts[i + 1]! > starts[i]!) latest = Math.max(latest, table.week[starts[i + 1]! - 1]!);
  }
  const out: { title: Title; rank: number }[] = [];
  titles.forEach((title, i) => {
    const last = starts[i + 1]! - 1;
    if (last >= starts[i]! && table.week[last] === latest) out.push({ title, rank: table.rank[last]! });
  });
  out.sort((a, b) => a.title.category.localeCompare(b.title.category) || a.rank - b.rank);
  return { week: latest < 0 ? '' : table.weekDates[latest]!, titles: out };
}
