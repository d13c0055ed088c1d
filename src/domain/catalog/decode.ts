import { weeksBetween } from '../dates';
import { CATEGORIES } from '../netflixColumns';
import type { Dataset, Result, Title, TitleWeek } from '../types';
import { idStems, STEM, type CatalogHeader } from './format';
import { readLayout, type Column } from './layout';
import { Invalid, describe } from './shape';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WEEK_MS = 7 * 86_400_000;

/** The catalog file's bytes as the app's Dataset, checked by shape: a damaged file gets a reason. */
export function decodeCatalog(file: ArrayBuffer | Uint8Array): Result<Dataset> {
  try {
    return { ok: true, data: readCatalog(file instanceof Uint8Array ? file : new Uint8Array(file)) };
  } catch (err) {
    return { ok: false, reason: err instanceof Invalid ? err.message : `unreadable (${String(err)})` };
  }
}

function readCatalog(input: Uint8Array): Dataset {
  const { header, columns, texts } = readLayout(input);
  const { source, units, meta } = header;
  const n = header.titles;
  const total = header.rows;
  const strings = header.strings;

  const show = columns['titles.show']!;
  const season = columns['titles.season']!;
  const category = columns['titles.category']!;
  const counts = columns['titles.rows']!;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = counts[i]!;
    if (c < 1) throw new Invalid(`titles.rows[${i}] is not a whole number of at least 1 (got ${c})`);
    sum += c;
  }
  if (sum !== total) throw new Invalid(`titles.rows add up to ${sum} where the header says ${total} rows`);

  // Show titles first, so every stem an id needs is worked out in one go.
  const shows = new Array<string>(n);
  const stemmed: string[] = [];
  for (let i = 0; i < n; i++) {
    const sh = show[i]!;
    if (sh >= strings) throw new Invalid(`titles.show[${i}] is not a string index below ${strings} (got ${sh})`);
    const showTitle = texts[n + sh]!;
    shows[i] = showTitle;
    if (texts[i]!.startsWith(STEM)) stemmed.push(showTitle);
  }
  const stems = idStems(stemmed);
  const ids = new Array<string>(n);
  for (let i = 0, k = 0; i < n; i++) {
    const written = texts[i]!;
    ids[i] = written.startsWith(STEM) ? stems[k++]! + written.slice(STEM.length) : written;
  }
  checkIds(ids);

  const lastIndex = weeksBetween(source.firstWeek, source.lastWeek);
  const firstMs = Date.parse(`${source.firstWeek}T00:00:00Z`);
  const weekDates = new Array<string>(lastIndex + 1);
  for (let k = 0; k <= lastIndex; k++) weekDates[k] = new Date(firstMs + k * WEEK_MS).toISOString().slice(0, 10);
  const rows: Rows = {
    week: columns['rows.week']!,
    rank: columns['rows.rank']!,
    hours: columns['rows.hours']!,
    runtime: columns['rows.runtime']!,
    views: columns['rows.views']!,
    cumulative: columns['rows.cumulative']!,
    staggered: columns['rows.staggered'],
    launch: columns['rows.launch'],
    override: columns['rows.override'],
    lastIndex,
    weekDates,
    units,
    texts,
    n,
    latestRuntime: null,
  };
  const extras = new Map(meta.map((m) => [m[0], m]));

  const titles = new Array<Title>(n);
  let row = 0;
  for (let i = 0; i < n; i++) {
    const showTitle = shows[i]!;
    const s = season[i]!;
    if (s < -strings || s > strings)
      throw new Invalid(`titles.season[${i}] is not a whole number from ${-strings} to ${strings} (got ${s})`);
    const c = category[i]!;
    if (c >= CATEGORIES.length)
      throw new Invalid(`titles.category[${i}] is not a whole number from 0 to ${CATEGORIES.length - 1} (got ${c})`);
    const weeks = readWeeks(rows, row, counts[i]!);
    row += counts[i]!;
    const seasonTitle = s === 0 ? null : s > 0 ? texts[n + s - 1]! : `${showTitle}: ${texts[n - s - 1]!}`;
    const extra = extras.get(i);
    titles[i] = {
      id: ids[i]!,
      showTitle,
      name: seasonTitle ?? showTitle,
      seasonTitle,
      category: CATEGORIES[c]!,
      premiere: extra?.[1] ?? null,
      releasePattern: extra?.[2] ?? null,
      runtime: extra ? extra[3] : rows.latestRuntime,
      weeks,
    };
  }
  return { source, titles };
}

/** Each id as the URL contract writes them, and none twice. */
function checkIds(ids: readonly string[]) {
  for (let i = 0; i < ids.length; i++) {
    if (!ID.test(ids[i]!)) throw new Invalid(`titles.id[${i}] "${ids[i]!}" is not a title id like squid-game-s1`);
  }
  if (new Set(ids).size === ids.length) return;
  // Only for a damaged file: name the first id seen twice.
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new Invalid(`titles.id[${i}] "${id}" appears twice`);
    seen.add(id);
  });
}

/** The row columns and what reading them needs. */
interface Rows {
  week: Column;
  rank: Column;
  hours: Column;
  runtime: Column;
  views: Column;
  cumulative: Column;
  staggered: Column | null;
  launch: Column | null;
  override: Column | null;
  lastIndex: number;
  weekDates: readonly string[];
  units: CatalogHeader['units'];
  texts: readonly string[];
  n: number;
  /** Set by readWeeks: the title's latest published runtime. */
  latestRuntime: number | null;
}

/**
 * One title's weeks, checked as they are built. A small function of its own: called for each
 * title, it is compiled early, where one loop inside a long function ran in the interpreter.
 */
function readWeeks(r: Rows, from: number, count: number): TitleWeek[] {
  const { week, rank, hours, runtime, views, cumulative, lastIndex, weekDates } = r;
  const { hours: hourUnit, views: viewUnit, runtime: runtimeScale } = r.units;
  const launchColumns = r.staggered !== null || r.launch !== null || r.override !== null;
  // Sized up front: growing 3,836 arrays row by row left garbage for the collector.
  const weeks = new Array<TitleWeek>(count);
  let at = 0;
  let cum = 0;
  let latestRuntime: number | null = null;
  // A runtime repeats row after row: one number for the run, not one per week.
  let rtStored = 0;
  for (let j = 0; j < count; j++) {
    const row = from + j;
    // Typed arrays hold only whole numbers, unsigned but for the cumulative steps: ranges are all there is to check.
    const step = week[row]!;
    if (step > lastIndex || (step === 0 && j > 0)) throw bad('rows.week', row, step);
    at += step;
    if (at > lastIndex) throw new Invalid(`rows.week[${row}] falls after source.lastWeek`);
    const rk = rank[row]!;
    if (rk < 1 || rk > 10) throw bad('rows.rank', row, rk);
    const hr = hours[row]!;
    // Blank is 0, a figure is stored + 1.
    const rt = runtime[row]!;
    if (rt === 1) throw bad('rows.runtime', row, 0);
    if (rt !== 0 && rt !== rtStored) {
      rtStored = rt;
      latestRuntime = (rt - 1) / runtimeScale;
    }
    const vw = views[row]!;
    cum += cumulative[row]! + 1;
    if (cum < 1) throw new Invalid(`rows.cumulative[${row}] makes a week count below 1`);
    const w: TitleWeek = {
      week: weekDates[at]!,
      rank: rk,
      hours: hr * hourUnit,
      runtime: rt === 0 ? null : latestRuntime,
      views: vw === 0 ? null : (vw - 1) * viewUnit,
      cumulativeWeeks: cum,
    };
    // Only the 11 and 12-column layouts carry these; a week has them where Netflix gave a value.
    if (launchColumns) addLaunch(w, row, r);
    weeks[j] = w;
  }
  r.latestRuntime = latestRuntime;
  return weeks;
}

function bad(path: string, row: number, value: unknown): Invalid {
  return new Invalid(`${path}[${row}] is not a whole number in range (${describe(value)})`);
}

/** Flags store 1 for false and 2 for true; launch details their string's index + 1; 0 is blank. */
function addLaunch(w: TitleWeek, row: number, { staggered, launch, override, texts, n }: Rows) {
  const flag = (column: Column | null, path: string) => {
    const v = column?.[row] ?? 0;
    if (v > 2) throw new Invalid(`${path}[${row}] is not blank, 0 or 1 (got ${v - 1})`);
    return v === 0 ? null : v === 2;
  };
  const st = flag(staggered, 'rows.staggered');
  if (st !== null) w.isStaggeredLaunch = st;
  const ln = launch?.[row] ?? 0;
  if (ln > texts.length - n)
    throw new Invalid(`rows.launch[${row}] is not blank or a string index from 0 to ${texts.length - n - 1} (got ${ln - 1})`);
  if (ln !== 0) w.episodeLaunchDetails = texts[n + ln - 1]!;
  const ov = flag(override, 'rows.override');
  if (ov !== null) w.runtimeOverride = ov;
}
