import { CATEGORIES } from '../netflixColumns';
import type { Dataset, DatasetSource, Title, TitleWeek } from '../types';
import type { CatalogHeader } from './format';
import type { Column } from './layout';
import type { WeekTable } from './weekTable';

/**
 * A checked catalog file as plain data, which a worker can post to the page: every title's facts
 * by column, its weeks by column (the WeekTable's), and the columns a title's week objects are
 * built from when something first asks for them (openCatalog). Building all 10,560 up front was
 * much of a cold decode's time and garbage, for weeks a reader may never chart.
 */
export interface CatalogParts {
  source: DatasetSource;
  /** Show titles, season labels and launch details, each once (format.ts). */
  strings: readonly string[];
  titles: TitleColumns;
  table: Omit<WeekTable, 'titles'>;
  stored: StoredRows;
}

/** Every title's facts by column; the page makes the title objects. */
export interface TitleColumns {
  id: readonly string[];
  /** Index into `strings`. */
  show: Column;
  /** 0: none (a film); k > 0: strings[k - 1]; k < 0: the show title + ": " + strings[-k - 1]. */
  season: Column;
  /** Index into CATEGORIES. */
  category: Column;
  /** The title's latest runtime in hours; NaN where Netflix gave none. */
  runtime: Float64Array;
  /** Sparse facts the rows cannot give: [title index, premiere, release pattern, runtime]. */
  meta: CatalogHeader['meta'];
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
}

/**
 * The Dataset and its table. Each title's `weeks` is built the first time it is read, then kept as
 * a plain value: an own, enumerable property from the start, so copying, comparing or posting a
 * title reads it like any other.
 */
export function openCatalog(parts: CatalogParts): { dataset: Dataset; table: WeekTable } {
  const { strings, table, stored } = parts;
  const { id, show, season, category, runtime, meta } = parts.titles;
  // One accessor shared by every title: a getter of its own per title, a closure each, made the
  // titles several times the memory. It finds a title's rows by id, in a map made at the first read.
  let place: Map<string, number> | undefined;
  const weeks: PropertyDescriptor = {
    get(this: Title) {
      place ??= new Map(id.map((key, i) => [key, i]));
      const i = place.get(this.id)!;
      const built = storedWeeks(table, stored, strings, table.starts[i]!, table.starts[i + 1]!);
      Object.defineProperty(this, 'weeks', { value: built, enumerable: true, writable: true, configurable: true });
      return built;
    },
    enumerable: true,
    configurable: true,
  };
  const extras = new Map(meta.map((m) => [m[0], m]));
  const titles = new Array<Title>(id.length);
  for (let i = 0; i < id.length; i++) {
    const showTitle = strings[show[i]!]!;
    const s = season[i]!;
    const seasonTitle = s === 0 ? null : s > 0 ? strings[s - 1]! : `${showTitle}: ${strings[-s - 1]!}`;
    const extra = extras.get(i);
    const latest = runtime[i]!;
    const title = {
      id: id[i]!,
      showTitle,
      name: seasonTitle ?? showTitle,
      seasonTitle,
      category: CATEGORIES[category[i]!]!,
      premiere: extra?.[1] ?? null,
      releasePattern: extra?.[2] ?? null,
      runtime: extra ? extra[3] : Number.isNaN(latest) ? null : latest,
    };
    titles[i] = Object.defineProperty(title, 'weeks', weeks) as Title;
  }
  return { dataset: { source: parts.source, titles }, table: { ...table, titles } };
}

/** Rows from up to to as week objects; the rows were checked when the file was read. */
function storedWeeks(table: CatalogParts['table'], stored: StoredRows, strings: readonly string[], from: number, to: number): TitleWeek[] {
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
    if (launchColumns) addLaunch(w, row, stored, strings);
    weeks[row - from] = w;
  }
  return weeks;
}

/** Launch details store their string's index + 1; the columns were checked when the file was read. */
function addLaunch(w: TitleWeek, row: number, { staggered, launch, override }: StoredRows, strings: readonly string[]) {
  const st = staggered?.[row] ?? 0;
  if (st !== 0) w.isStaggeredLaunch = st === 2;
  const ln = launch?.[row] ?? 0;
  if (ln !== 0) w.episodeLaunchDetails = strings[ln - 1]!;
  const ov = override?.[row] ?? 0;
  if (ov !== 0) w.runtimeOverride = ov === 2;
}
