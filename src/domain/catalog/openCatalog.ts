import type { Dataset, DatasetSource, Title, TitleMeta, TitleWeek } from '../types';
import type { Column } from './layout';
import type { WeekTable } from './weekTable';

/**
 * A checked catalog file as plain data, which a worker can post to the page: every title's facts,
 * its weeks by column (the WeekTable's), and the columns a title's week objects are built from
 * when something first asks for them (openCatalog). Building all 10,560 up front was most of a
 * cold decode's time, and most of its garbage, for weeks a reader may never chart.
 */
export interface CatalogParts {
  source: DatasetSource;
  metas: TitleMeta[];
  table: Omit<WeekTable, 'titles'>;
  stored: StoredRows;
}

/** What a title's week objects are built from, besides the table. */
export interface StoredRows {
  /** Runtime in units.runtime + 1, 0 for blank; runtimeScale is units.runtime. */
  runtime: Column;
  runtimeScale: number;
  /** cumulative_weeks_in_top_10 less the row before's, less 1 (see format.ts). */
  cumulative: Column;
  staggered: Column | null;
  launch: Column | null;
  override: Column | null;
  /** The shared strings rows.launch points into; empty where the file has no launch details. */
  strings: readonly string[];
}

/**
 * The Dataset and its table. Each title's `weeks` is built the first time it is read, and kept:
 * an own, enumerable property like any other, so copying, comparing or posting a title reads it.
 */
export function openCatalog(parts: CatalogParts): { dataset: Dataset; table: WeekTable } {
  const { metas, table, stored } = parts;
  const titles = new Array<Title>(metas.length);
  for (let i = 0; i < metas.length; i++) titles[i] = storedTitle(metas[i]!, table, stored, table.starts[i]!, table.starts[i + 1]!);
  return { dataset: { source: parts.source, titles }, table: { ...table, titles } };
}

function storedTitle(meta: TitleMeta, table: CatalogParts['table'], stored: StoredRows, from: number, to: number): Title {
  let weeks: TitleWeek[] | undefined;
  return {
    id: meta.id,
    showTitle: meta.showTitle,
    name: meta.name,
    seasonTitle: meta.seasonTitle,
    category: meta.category,
    premiere: meta.premiere,
    releasePattern: meta.releasePattern,
    runtime: meta.runtime,
    get weeks() {
      return (weeks ??= storedWeeks(table, stored, from, to));
    },
  };
}

/** Rows from up to to as week objects; the rows were checked when the file was read. */
function storedWeeks(table: CatalogParts['table'], stored: StoredRows, from: number, to: number): TitleWeek[] {
  const { weekDates, week, rank, hours, views } = table;
  const { runtime, runtimeScale, cumulative } = stored;
  const launchColumns = stored.staggered !== null || stored.launch !== null || stored.override !== null;
  const weeks = new Array<TitleWeek>(to - from);
  let cum = 0;
  let latestRuntime: number | null = null;
  // A runtime repeats row after row: one number for the run, not one per week.
  let rtStored = 0;
  for (let row = from; row < to; row++) {
    const rt = runtime[row]!;
    if (rt !== 0 && rt !== rtStored) {
      rtStored = rt;
      latestRuntime = (rt - 1) / runtimeScale;
    }
    cum += cumulative[row]! + 1;
    const vw = views[row]!;
    const w: TitleWeek = {
      week: weekDates[week[row]!]!,
      rank: rank[row]!,
      hours: hours[row]!,
      runtime: rt === 0 ? null : latestRuntime,
      views: Number.isNaN(vw) ? null : vw,
      cumulativeWeeks: cum,
    };
    // Only the 11 and 12-column layouts carry these; a week has them where Netflix gave a value.
    if (launchColumns) addLaunch(w, row, stored);
    weeks[row - from] = w;
  }
  return weeks;
}

/** Launch details store their string's index + 1; the columns were checked when the file was read. */
function addLaunch(w: TitleWeek, row: number, { staggered, launch, override, strings }: StoredRows) {
  const st = staggered?.[row] ?? 0;
  if (st !== 0) w.isStaggeredLaunch = st === 2;
  const ln = launch?.[row] ?? 0;
  if (ln !== 0) w.episodeLaunchDetails = strings[ln - 1]!;
  const ov = override?.[row] ?? 0;
  if (ov !== 0) w.runtimeOverride = ov === 2;
}
