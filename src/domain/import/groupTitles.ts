import { groupTitles } from '../netflixFile';
import type { Dataset, DatasetSource, NetflixRow } from '../types';
import { combineLaunches } from './launch';
import type { ImportedDataset, ImportedTitle, ImportRow, LaunchFacts } from './types';

/** groupTitles' identity of a title: one per (category, show_title, season_title). */
export function titleKey(row: Pick<NetflixRow, 'category' | 'showTitle' | 'seasonTitle'>): string {
  return `${row.category}\u0000${row.showTitle}\u0000${row.seasonTitle ?? ''}`;
}

/**
 * The app's Dataset from rows: titles and ids by the same groupTitles that data:import uses, so a
 * title keeps its id whichever file it came from. Launch facts ride on the titles that have them.
 * What Netflix's file lacks (premiere, release pattern, a runtime from elsewhere) is kept from
 * `known`, the shipped dataset, title by title.
 */
export function buildDataset(rows: readonly ImportRow[], source: DatasetSource, known?: Dataset): ImportedDataset {
  const launches = new Map<string, { week: string; launch: LaunchFacts }[]>();
  for (const row of rows) {
    const { launch, week } = row;
    if (!launch) continue;
    const key = titleKey(row);
    const list = launches.get(key);
    if (list) list.push({ week, launch });
    else launches.set(key, [{ week, launch }]);
  }
  const knownById = new Map(known?.titles.map((t) => [t.id, t]));
  const titles = groupTitles(rows).map((title): ImportedTitle => {
    const before = knownById.get(title.id);
    const same = before?.category === title.category && before.showTitle === title.showTitle;
    // Oldest week first, so the latest week's details are the ones kept as written.
    const facts = (launches.get(titleKey(title)) ?? []).sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
    const launch = combineLaunches(facts.map((f) => f.launch));
    return {
      ...title,
      premiere: title.premiere ?? (same ? before.premiere : null),
      releasePattern: title.releasePattern ?? (same ? before.releasePattern : null),
      runtime: title.runtime ?? (same ? before.runtime : null),
      ...(launch ? { launch } : {}),
    };
  });
  return { source, titles };
}

/** A dataset back into rows, so it can be merged with a file; each title's launch on each row. */
export function rowsOfDataset(dataset: Dataset | ImportedDataset): ImportRow[] {
  return dataset.titles.flatMap((title: ImportedTitle) =>
    title.weeks.map((w): ImportRow => ({
      week: w.week,
      category: title.category,
      rank: w.rank,
      showTitle: title.showTitle,
      seasonTitle: title.seasonTitle,
      hours: w.hours,
      runtime: w.runtime,
      views: w.views,
      cumulativeWeeks: w.cumulativeWeeks,
      ...(title.launch ? { launch: title.launch } : {}),
    })),
  );
}
