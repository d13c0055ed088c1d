import { weekEndingOf, weeksBetween } from '../dates';
import { CATEGORIES } from '../netflixColumns';
import type { Dataset, Result } from '../types';
import { idStems, STEM } from './format';
import { readLayout, type Column } from './layout';
import { Invalid, describe } from './shape';
import { openCatalog, type CatalogParts } from './openCatalog';
import { weekDatesFrom } from './weekTable';

export { openCatalog, type CatalogParts, type StoredRows } from './openCatalog';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The catalog file's bytes as the app's Dataset, checked by shape: a damaged file gets a reason. */
export function decodeCatalog(file: ArrayBuffer | Uint8Array): Result<Dataset> {
  const parts = readCatalogParts(file);
  return parts.ok ? { ok: true, data: openCatalog(parts.data).dataset } : parts;
}

/** The catalog file's bytes checked by shape, as parts to post or to open: a damaged file gets a reason. */
export function readCatalogParts(file: ArrayBuffer | Uint8Array): Result<CatalogParts> {
  try {
    return { ok: true, data: readParts(file instanceof Uint8Array ? file : new Uint8Array(file)) };
  } catch (err) {
    return { ok: false, reason: err instanceof Invalid ? err.message : `unreadable (${String(err)})` };
  }
}

function readParts(input: Uint8Array): CatalogParts {
  const { header, columns, texts } = readLayout(input);
  const { source, units, meta } = header;
  const n = header.titles;
  const total = header.rows;
  const strings = header.strings;

  const show = columns['titles.show']!;
  const season = columns['titles.season']!;
  const category = columns['titles.category']!;
  const counts = columns['titles.rows']!;
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const c = counts[i]!;
    if (c < 1) throw new Invalid(`titles.rows[${i}] is not a whole number of at least 1 (got ${c})`);
    starts[i + 1] = starts[i]! + c;
  }
  if (starts[n] !== total) throw new Invalid(`titles.rows add up to ${starts[n]!} where the header says ${total} rows`);

  // Show titles first, so every stem an id needs is worked out in one go, once per show.
  /** Each show string's place among the stems, + 1; 0 where no id needs its stem. */
  const stemAt = new Int32Array(strings);
  const stemmed: string[] = [];
  for (let i = 0; i < n; i++) {
    const sh = show[i]!;
    if (sh >= strings) throw new Invalid(`titles.show[${i}] is not a string index below ${strings} (got ${sh})`);
    if (stemAt[sh] === 0 && texts[i]!.startsWith(STEM)) stemAt[sh] = stemmed.push(texts[n + sh]!);
  }
  const stems = idStems(stemmed);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const written = texts[i]!;
    ids[i] = written.startsWith(STEM) ? stems[stemAt[show[i]!]! - 1]! + written.slice(STEM.length) : written;
  }
  checkIds(ids);

  const rows = checkRows(columns, starts, header.units, weeksBetween(source.firstWeek, source.lastWeek), texts.length - n);
  // Under "week since premiere" a known premiere counts from its own week, the others from their first on the list.
  // The last entry for a title stands, as openCatalog reads them.
  for (const [i, premiere] of new Map(meta.map((m) => [m[0], m[1]]))) {
    if (premiere === null) continue;
    const shift = weeksBetween(weekEndingOf(premiere), source.firstWeek) + rows.first + rows.week[starts[i]!]!;
    for (let row = starts[i]!; row < starts[i + 1]!; row++) rows.premiereWeek[row] = rows.premiereWeek[row]! + shift;
  }
  for (let i = 0; i < n; i++) {
    const s = season[i]!;
    if (s < -strings || s > strings)
      throw new Invalid(`titles.season[${i}] is not a whole number from ${-strings} to ${strings} (got ${s})`);
    const c = category[i]!;
    if (c >= CATEGORIES.length)
      throw new Invalid(`titles.category[${i}] is not a whole number from 0 to ${CATEGORIES.length - 1} (got ${c})`);
  }
  // As stored (+ 1, 0 for none) to hours, NaN for none.
  const runtime = rows.latestRuntime;
  for (let i = 0; i < n; i++) runtime[i] = runtime[i] === 0 ? NaN : (runtime[i]! - 1) / units.runtime;
  const weekDates = weekDatesFrom(source.firstWeek, source.lastWeek).slice(rows.first, rows.last + 1);
  return {
    source,
    strings: texts.slice(n),
    titles: { id: ids, show, season, category, runtime, meta },
    table: {
      starts,
      weekDates,
      week: rows.week,
      rank: rows.rank,
      hours: rows.hours,
      views: rows.views,
      premiereWeek: rows.premiereWeek,
    },
    stored: {
      runtime: columns['rows.runtime']!,
      runtimeScale: units.runtime,
      cumulative: columns['rows.cumulative']!,
      staggered: columns['rows.staggered'],
      launch: columns['rows.launch'],
      override: columns['rows.override'],
    },
  };
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

/**
 * Every row checked, with what the table needs read out as it goes: typed arrays only, no object
 * per row. Week indexes count from the earliest week any title has (`first`); a title's place
 * since its first week on the list stands in for its place since the premiere (the caller moves
 * those of titles with a known premiere). latestRuntime is each title's last runtime as stored
 * (0 for none).
 */
function checkRows(
  columns: ReturnType<typeof readLayout>['columns'],
  starts: Uint32Array,
  units: { hours: number; views: number },
  lastIndex: number,
  stringCount: number,
) {
  const n = starts.length - 1;
  const total = starts[n]!;
  const r: RowCheck = {
    weekStep: columns['rows.week']!,
    rankIn: columns['rows.rank']!,
    hoursIn: columns['rows.hours']!,
    runtime: columns['rows.runtime']!,
    viewsIn: columns['rows.views']!,
    cumulative: columns['rows.cumulative']!,
    staggered: columns['rows.staggered'],
    launch: columns['rows.launch'],
    override: columns['rows.override'],
    hourUnit: units.hours,
    viewUnit: units.views,
    lastIndex,
    stringCount,
    week: new Uint16Array(total),
    rank: new Uint8Array(total),
    hours: new Float64Array(total),
    views: new Float64Array(total),
    premiereWeek: new Int32Array(total),
  };
  const latestRuntime = new Float64Array(n);
  let first = lastIndex;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const from = starts[i]!;
    const to = starts[i + 1]!;
    latestRuntime[i] = checkTitleRows(r, from, to);
    if (r.week[from]! < first) first = r.week[from]!;
    if (r.week[to - 1]! > last) last = r.week[to - 1]!;
  }
  // From the earliest week on the list, as a table read from week objects counts them.
  if (first > 0) for (let row = 0; row < total; row++) r.week[row] = r.week[row]! - first;
  return { week: r.week, rank: r.rank, hours: r.hours, views: r.views, premiereWeek: r.premiereWeek, latestRuntime, first, last };
}

/** The columns checkRows reads and the ones it fills. */
interface RowCheck {
  weekStep: Column;
  rankIn: Column;
  hoursIn: Column;
  runtime: Column;
  viewsIn: Column;
  cumulative: Column;
  staggered: Column | null;
  launch: Column | null;
  override: Column | null;
  hourUnit: number;
  viewUnit: number;
  lastIndex: number;
  stringCount: number;
  week: Uint16Array;
  rank: Uint8Array;
  hours: Float64Array;
  views: Float64Array;
  premiereWeek: Int32Array;
}

/**
 * One title's rows, checked and read out; its latest runtime as stored. A small function of its
 * own: called for each title, it is compiled early, where one loop over all 10,560 rows inside a
 * long function ran in the interpreter.
 */
function checkTitleRows(r: RowCheck, from: number, to: number): number {
  const { weekStep, rankIn, runtime, cumulative, staggered, launch, override, lastIndex } = r;
  let at = 0;
  let cum = 0;
  let latest = 0;
  let firstAt = 0;
  for (let row = from; row < to; row++) {
    // Typed arrays hold only whole numbers, unsigned but for the cumulative steps: ranges are all there is to check.
    const step = weekStep[row]!;
    if (step > lastIndex || (step === 0 && row > from)) throw bad('rows.week', row, step);
    at += step;
    if (at > lastIndex) throw new Invalid(`rows.week[${row}] falls after source.lastWeek`);
    if (row === from) firstAt = at;
    const rk = rankIn[row]!;
    if (rk < 1 || rk > 10) throw bad('rows.rank', row, rk);
    // Blank is 0, a figure (Netflix's 0 too) is stored + 1.
    const rt = runtime[row]!;
    if (rt !== 0) latest = rt;
    cum += cumulative[row]! + 1;
    if (cum < 1) throw new Invalid(`rows.cumulative[${row}] makes a week count below 1`);
    if (staggered !== null && staggered[row]! > 2) throw notFlag('rows.staggered', row, staggered[row]!);
    if (override !== null && override[row]! > 2) throw notFlag('rows.override', row, override[row]!);
    if (launch !== null && launch[row]! > r.stringCount) {
      throw new Invalid(`rows.launch[${row}] is not blank or a string index from 0 to ${r.stringCount - 1} (got ${launch[row]! - 1})`);
    }
    const vw = r.viewsIn[row]!;
    r.week[row] = at;
    r.rank[row] = rk;
    r.hours[row] = r.hoursIn[row]! * r.hourUnit;
    r.views[row] = vw === 0 ? NaN : (vw - 1) * r.viewUnit;
    r.premiereWeek[row] = at - firstAt + 1;
  }
  return latest;
}

function bad(path: string, row: number, value: unknown): Invalid {
  return new Invalid(`${path}[${row}] is not a whole number in range (${describe(value)})`);
}

/** Flags store 1 for false and 2 for true; 0 is blank. */
function notFlag(path: string, row: number, value: number): Invalid {
  return new Invalid(`${path}[${row}] is not blank, 0 or 1 (got ${value - 1})`);
}
