import type { Dataset, DatasetSource } from '../types';
import { buildDataset, buildPacked, rowsOfDataset, titleKey } from './groupTitles';
import type { PackedDataset } from './packed';
import type { ImportedDataset, ImportedFile, ImportRow } from './types';

export interface MergeSummary {
  /** Rows in the reader's file. */
  rows: number;
  /** Last week of the reader's file. */
  lastWeek: string;
  /** Which side supplied every week it has: the later last week, the loaded file on a tie. */
  newer: 'loaded' | 'shipped';
  /** Weeks the shown data lacked, oldest first. */
  newWeeks: string[];
  /** Ids of titles the shown data lacked. */
  newTitles: string[];
}

export interface Merged {
  dataset: ImportedDataset;
  summary: MergeSummary;
}

const slot = (r: ImportRow) => `${r.week}\u0000${r.category}\u0000${r.rank}`;

/**
 * Labels the newer file gives titles the older one named otherwise, learned from the weeks both
 * hold: the same slot (week, list, rank) with the same hours is the same title. Netflix relabels
 * past weeks (Business Proposal was "Season 1" before 2024), and a title must not split in two
 * because its old weeks came from an older file. Only the titles in `wanted` (those the older
 * side still gives weeks to) are looked up.
 */
function relabelling(newer: readonly ImportRow[], older: readonly ImportRow[], wanted: ReadonlySet<string>): Map<string, ImportRow> {
  // Only the weeks both hold can pair: with the three-title seed that is a few dozen rows.
  const olderWeeks = new Set(older.map((r) => r.week));
  const bySlot = new Map(newer.filter((r) => olderWeeks.has(r.week)).map((r) => [slot(r), r]));
  const labels = new Map<string, ImportRow>();
  for (const row of older) {
    const key = titleKey(row);
    if (!wanted.has(key)) continue;
    const twin = bySlot.get(slot(row));
    if (twin?.hours === row.hours && titleKey(twin) !== key) labels.set(key, twin);
  }
  return labels;
}

/** The distinct weeks of rows. A file lists each week 40 times in a row: those repeats skip the set. */
export function weeksOf(rows: readonly ImportRow[]): Set<string> {
  const weeks = new Set<string>();
  let last: string | undefined;
  for (const { week } of rows) {
    if (week === last) continue;
    weeks.add(week);
    last = week;
  }
  return weeks;
}

/** Whether `has` holds every week the dataset's titles list. */
export function holdsEveryWeek(dataset: Dataset, has: (week: string) => boolean): boolean {
  for (const { weeks } of dataset.titles) for (const { week } of weeks) if (!has(week)) return false;
  return true;
}

/**
 * Merges a reader's file with the shipped data. The newer side wins: every week it has comes
 * from it, and from the other only the weeks it lacks, whole weeks at a time, so no week mixes
 * two files' labels. Titles are grouped anew from the merged rows.
 */
export function mergeImport(shipped: Dataset, loaded: ImportedFile, fileName: string): Merged {
  const { built, summary } = merged(shipped, loaded, fileName, buildDataset);
  return { dataset: built, summary };
}

/**
 * mergeImport with the merged data packed (packDataset of its dataset), built so without the
 * dataset's 10,000 week objects in between: what the import worker sends.
 */
export function mergeImportPacked(
  shipped: Dataset,
  loaded: ImportedFile,
  fileName: string,
): { packed: PackedDataset; summary: MergeSummary } {
  const { built, summary } = merged(shipped, loaded, fileName, buildPacked);
  return { packed: built, summary };
}

function merged<T extends { titles: readonly { id: string }[] }>(
  shipped: Dataset,
  loaded: ImportedFile,
  fileName: string,
  build: (rows: readonly ImportRow[], source: DatasetSource, known: Dataset) => T,
): { built: T; summary: MergeSummary } {
  const loadedWins = loaded.lastWeek >= shipped.source.lastWeek;
  const loadedWeeks = loadedWins ? weeksOf(loaded.rows) : null;
  // The shipped data covers its whole range even where it holds no rows (the seed keeps three titles).
  const newerHas = loadedWeeks
    ? (week: string) => loadedWeeks.has(week)
    : (week: string) => week >= shipped.source.firstWeek && week <= shipped.source.lastWeek;
  // A newer file holding every shipped week (the usual case) keeps none of the shipped rows: they are not built.
  const shippedUsed = !loadedWins || !holdsEveryWeek(shipped, newerHas);
  const shippedRows = shippedUsed ? rowsOfDataset(shipped) : [];
  const [newer, older] = loadedWins ? [loaded.rows, shippedRows] : [shippedRows, loaded.rows];

  const lacking = older.filter((r) => !newerHas(r.week));
  // A newer file that holds every week (the usual case) keeps nothing of the older side: no labels to learn.
  const labels = lacking.length === 0 ? new Map<string, ImportRow>() : relabelling(newer, older, new Set(lacking.map(titleKey)));
  const kept = lacking.map((r): ImportRow => {
    const label = labels.get(titleKey(r));
    return label ? { ...r, showTitle: label.showTitle, seasonTitle: label.seasonTitle } : r;
  });
  const rows = kept.length === 0 ? newer : [...newer, ...kept];
  // Every distinct week, each once: the range and the new weeks are read from these.
  const weeks = loadedWeeks && kept.length === 0 ? loadedWeeks : weeksOf(rows);

  let firstWeek = rows[0]?.week ?? loaded.firstWeek;
  let lastWeek = firstWeek;
  for (const week of weeks) {
    if (week < firstWeek) firstWeek = week;
    if (week > lastWeek) lastWeek = week;
  }
  const file = loadedWins ? fileName : shipped.source.file;
  const built = build(rows, { file, firstWeek, lastWeek }, shipped);

  // The shipped range, not its rows: the seed holds only three titles' weeks, yet covers them all.
  const { firstWeek: from, lastWeek: to } = shipped.source;
  const shippedIds = new Set(shipped.titles.map((t) => t.id));
  return {
    built,
    summary: {
      rows: loaded.rows.length,
      lastWeek: loaded.lastWeek,
      newer: loadedWins ? 'loaded' : 'shipped',
      newWeeks: [...weeks].filter((w) => w < from || w > to).sort(),
      newTitles: built.titles.filter((t) => !shippedIds.has(t.id)).map((t) => t.id),
    },
  };
}
