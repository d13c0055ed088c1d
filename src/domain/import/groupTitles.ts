import { titleFields, titleGroups, titleOf } from '../netflixFile';
import type { Dataset, DatasetSource, NetflixRow, Title } from '../types';
import { combineLaunches } from './launch';
import { dayOf, type PackedDataset, type WeekLaunch } from './packed';
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

/**
 * packDataset(buildDataset(rows, source, known)), written straight into the packed columns: no
 * week objects, no title objects holding them, no second pass to pack them. In a fresh import
 * worker those were a fifth of the merge. Titles, weeks and launch facts are buildDataset's and
 * titleOf's, field for field.
 */
export function buildPacked(rows: readonly ImportRow[], source: DatasetSource, known?: Dataset): PackedDataset {
  const knownById = new Map<string, Title>();
  if (known) for (const t of known.titles) knownById.set(t.id, t);
  const { groups, ids } = titleGroups(rows);
  // Every row a week: the columns are cut to size only when some row gave no hours or week count.
  const n = rows.length;
  const offsets = new Uint32Array(groups.length + 1);
  const day = new Int32Array(n);
  const rank = new Uint8Array(n);
  const hours = new Float64Array(n);
  const runtime = new Float64Array(n);
  const views = new Float64Array(n);
  const cumulativeWeeks = new Uint32Array(n);
  const launches: WeekLaunch[] = [];
  const titles: PackedDataset['titles'] = [];
  const days = new Map<string, number>();
  let at = 0;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const start = at;
    // The latest row that gives a runtime gives the title's (titleOf).
    let latestRuntime: number | null = null;
    let facts: LaunchFacts[] | undefined;
    for (const row of group) {
      if (row.runtime !== null) latestRuntime = row.runtime;
      if (row.launch) (facts ??= []).push(row.launch);
      if (row.hours === null || row.cumulativeWeeks === null) continue;
      let d = days.get(row.week);
      if (d === undefined) days.set(row.week, (d = dayOf(row.week)));
      day[at] = d;
      rank[at] = row.rank;
      hours[at] = row.hours;
      runtime[at] = row.runtime ?? NaN;
      views[at] = row.views ?? NaN;
      cumulativeWeeks[at] = row.cumulativeWeeks;
      if (row.isStaggeredLaunch != null || row.episodeLaunchDetails != null || row.runtimeOverride != null) {
        const launch: WeekLaunch = { at };
        if (row.isStaggeredLaunch != null) launch.isStaggeredLaunch = row.isStaggeredLaunch;
        if (row.episodeLaunchDetails != null) launch.episodeLaunchDetails = row.episodeLaunchDetails;
        if (row.runtimeOverride != null) launch.runtimeOverride = row.runtimeOverride;
        launches.push(launch);
      }
      at++;
    }
    // A title none of whose rows can be charted is left out (titleOf).
    if (at === start) continue;
    offsets[titles.length] = start;
    const title: PackedDataset['titles'][number] = titleFields(ids[g]!, group[0]!, latestRuntime);
    const before = knownById.get(title.id);
    if (before?.category === title.category && before.showTitle === title.showTitle) {
      title.premiere = before.premiere;
      title.releasePattern = before.releasePattern;
      title.runtime ??= before.runtime;
    }
    const launch = facts && combineLaunches(facts);
    if (launch) title.launch = launch;
    titles.push(title);
  }
  offsets[titles.length] = at;
  const cut = <A extends Uint32Array | Int32Array | Uint8Array | Float64Array>(a: A, length: number): A =>
    (a.length === length ? a : a.slice(0, length)) as A;
  return {
    source,
    titles,
    offsets: cut(offsets, titles.length + 1),
    day: cut(day, at),
    rank: cut(rank, at),
    hours: cut(hours, at),
    runtime: cut(runtime, at),
    views: cut(views, at),
    cumulativeWeeks: cut(cumulativeWeeks, at),
    launches,
  };
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
