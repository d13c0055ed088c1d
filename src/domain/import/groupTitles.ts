import { titleGroups, titleOf } from '../netflixFile';
import type { Dataset, DatasetSource, NetflixRow, Title } from '../types';
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
  const knownById = new Map<string, Title>();
  if (known) for (const t of known.titles) knownById.set(t.id, t);
  const { groups, ids } = titleGroups(rows);
  const titles: ImportedTitle[] = [];
  // One pass over the groups, the title filled in place: a fresh worker felt every extra pass and copy.
  groups.forEach((group, i) => {
    const title: ImportedTitle | null = titleOf(group, ids[i]!);
    if (!title) return;
    const before = knownById.get(title.id);
    if (before?.category === title.category && before.showTitle === title.showTitle) {
      title.premiere ??= before.premiere;
      title.releasePattern ??= before.releasePattern;
      title.runtime ??= before.runtime;
    }
    // The group's rows are oldest first (stably), so the latest week's details are the ones kept as written.
    let facts: LaunchFacts[] | undefined;
    for (const { launch: fact } of group) if (fact) (facts ??= []).push(fact);
    const launch = facts && combineLaunches(facts);
    if (launch) title.launch = launch;
    titles.push(title);
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
