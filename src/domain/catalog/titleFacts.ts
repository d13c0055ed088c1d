import type { Category, Dataset, Title } from '../types';

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

export function titleFacts(title: Title): TitleFacts {
  let peakRank = 11;
  let hoursFirst8 = 0;
  title.weeks.forEach((w, i) => {
    if (w.rank < peakRank) peakRank = w.rank;
    if (i < 8) hoursFirst8 += w.hours;
  });
  return {
    id: title.id,
    name: title.name,
    category: title.category,
    firstWeek: title.weeks[0]?.week ?? '',
    weeksOnList: title.weeks.length,
    peakRank,
    hoursFirst8,
  };
}

/** The latest week in the dataset and its titles, list by list, rank 1 first. */
export function latestWeekTitles(dataset: Dataset): { week: string; titles: { title: Title; rank: number }[] } {
  let week = '';
  for (const t of dataset.titles) {
    const last = t.weeks.at(-1)?.week ?? '';
    if (last > week) week = last;
  }
  const titles = dataset.titles.flatMap((title) => {
    const w = title.weeks.at(-1);
    return w?.week === week ? [{ title, rank: w.rank }] : [];
  });
  titles.sort((a, b) => a.title.category.localeCompare(b.title.category) || a.rank - b.rank);
  return { week, titles };
}
