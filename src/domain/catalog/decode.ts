import { addDays, isIsoDate, weeksBetween } from '../dates';
import { CATEGORIES } from '../netflixColumns';
import type { Dataset, DatasetSource, Result, Title, TitleWeek } from '../types';
import { CATALOG_FORMAT, CATALOG_VERSION, idStem, STEM, type CatalogFile } from './format';
import { Invalid, column, describe, ints, nullable, object, stringList, text, whole } from './shape';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The catalog file's text as the app's Dataset, checked by shape: a damaged file gets a reason. */
export function decodeCatalog(text: string): Result<Dataset> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON (the download may have been cut short)' };
  }
  try {
    return { ok: true, data: readCatalog(json) };
  } catch (err) {
    return { ok: false, reason: err instanceof Invalid ? err.message : `unreadable (${String(err)})` };
  }
}

function readCatalog(json: unknown): Dataset {
  const root = object(json, 'the catalog');
  if (root.format !== CATALOG_FORMAT) throw new Invalid(`it is not a title catalog (format ${describe(root.format)})`);
  if (root.version !== CATALOG_VERSION) {
    throw new Invalid(
      `it is catalog version ${root.version === undefined ? 'missing' : JSON.stringify(root.version)}; this app reads version ${CATALOG_VERSION}`,
    );
  }
  const source = readSource(root.source);
  const unitsIn = object(root.units, 'units');
  const units = {
    hours: whole(unitsIn.hours, 'units.hours', 1),
    views: whole(unitsIn.views, 'units.views', 1),
    runtime: whole(unitsIn.runtime, 'units.runtime', 1),
  };
  const strings = stringList(root.strings, 'strings');
  const t = object(root.titles, 'titles') as Record<keyof CatalogFile['titles'], unknown>;
  const ids = stringList(t.id, 'titles.id');
  const n = ids.length;
  if (n === 0) throw new Invalid('titles is empty');
  const show = ints(column(t.show, 'titles.show', n), 'titles.show', 0, strings.length - 1);
  const season = ints(column(t.season, 'titles.season', n), 'titles.season', -strings.length, strings.length);
  const category = ints(column(t.category, 'titles.category', n), 'titles.category', 0, CATEGORIES.length - 1);
  const counts = ints(column(t.rows, 'titles.rows', n), 'titles.rows', 1);
  let total = 0;
  for (const c of counts) total += c;

  const r = object(root.rows, 'rows') as Record<keyof CatalogFile['rows'], unknown>;
  const lastIndex = weeksBetween(source.firstWeek, source.lastWeek);
  const week = column(r.week, 'rows.week', total);
  const rank = column(r.rank, 'rows.rank', total);
  const hours = column(r.hours, 'rows.hours', total);
  const runtime = column(r.runtime, 'rows.runtime', total);
  const views = column(r.views, 'rows.views', total);
  const cumulative = column(r.cumulative, 'rows.cumulative', total);
  const optional = (value: unknown, path: string, max: number) =>
    value === undefined ? null : nullable(column(value, path, total), path, 0, max);
  const staggered = optional(r.staggered, 'rows.staggered', 1);
  const launch = optional(r.launch, 'rows.launch', strings.length - 1);
  const override = optional(r.override, 'rows.override', 1);
  const meta = readMeta(root.meta, n);

  const weekDates: string[] = [];
  const titles = new Array<Title>(n);
  const stems = new Map<number, string>();
  const seen = new Set<string>();
  const launchColumns = staggered !== null || launch !== null || override !== null;
  let row = 0;
  for (let i = 0; i < n; i++) {
    const showTitle = strings[show[i]!]!;
    const written = ids[i]!;
    let id = written;
    if (written.startsWith(STEM)) {
      // Seasons of one show share its stem: work it out once.
      let stem = stems.get(show[i]!);
      if (stem === undefined) stems.set(show[i]!, (stem = idStem(showTitle)));
      id = stem + written.slice(STEM.length);
    }
    if (!ID.test(id)) throw new Invalid(`titles.id[${i}] "${id}" is not a title id like squid-game-s1`);
    if (seen.has(id)) throw new Invalid(`titles.id[${i}] "${id}" appears twice`);
    seen.add(id);
    // Sized up front: growing 3,836 arrays row by row left garbage for the collector.
    const weeks = new Array<TitleWeek>(counts[i]!);
    let j = 0;
    let at = 0;
    let cum = 0;
    let latestRuntime: number | null = null;
    for (const end = row + counts[i]!; row < end; row++) {
      // One pass both checks and builds: the catalog is decoded on the main thread. `(v >>> 0) === v`
      // holds only for a whole number from 0 to 2^32 - 1, with no call for the interpreter to make.
      const step = week[row] as number;
      if (step >>> 0 !== step || step > lastIndex || (step === 0 && j > 0)) throw bad('rows.week', row, step);
      at += step;
      if (at > lastIndex) throw new Invalid(`rows.week[${row}] falls after source.lastWeek`);
      const rk = rank[row] as number;
      if (rk >>> 0 !== rk || rk < 1 || rk > 10) throw bad('rows.rank', row, rk);
      const hr = hours[row] as number;
      if (hr >>> 0 !== hr) throw bad('rows.hours', row, hr);
      const rt = runtime[row] as number | null;
      if (rt !== null && (rt >>> 0 !== rt || rt === 0)) throw bad('rows.runtime', row, rt);
      const vw = views[row] as number | null;
      if (vw !== null && vw >>> 0 !== vw) throw bad('rows.views', row, vw);
      const cm = cumulative[row] as number;
      if ((cm | 0) !== cm) throw bad('rows.cumulative', row, cm);
      cum += cm + 1;
      if (cum < 1) throw new Invalid(`rows.cumulative[${row}] makes a week count below 1`);
      const w: TitleWeek = {
        week: weekDates[at] ?? (weekDates[at] = addDays(source.firstWeek, 7 * at)),
        rank: rk,
        hours: hr * units.hours,
        runtime: rt === null ? null : rt / units.runtime,
        views: vw === null ? null : vw * units.views,
        cumulativeWeeks: cum,
      };
      // Only the 11 and 12-column layouts carry these; a week has them where Netflix gave a value.
      if (launchColumns) addLaunch(w, staggered?.[row] ?? null, launch?.[row] ?? null, override?.[row] ?? null, strings);
      if (rt !== null) latestRuntime = w.runtime;
      weeks[j++] = w;
    }
    const s = season[i]!;
    const seasonTitle = s === 0 ? null : s > 0 ? strings[s - 1]! : `${showTitle}: ${strings[-s - 1]!}`;
    const extra = meta.get(i);
    titles[i] = {
      id,
      showTitle,
      name: seasonTitle ?? showTitle,
      seasonTitle,
      category: CATEGORIES[category[i]!]!,
      premiere: extra?.[1] ?? null,
      releasePattern: extra?.[2] ?? null,
      runtime: extra ? extra[3] : latestRuntime,
      weeks,
    };
  }
  return { source, titles };
}

function bad(path: string, row: number, value: unknown): Invalid {
  return new Invalid(`${path}[${row}] is not a whole number in range (${describe(value)})`);
}

function addLaunch(w: TitleWeek, staggered: number | null, launch: number | null, override: number | null, strings: readonly string[]) {
  if (staggered !== null) w.isStaggeredLaunch = staggered === 1;
  if (launch !== null) w.episodeLaunchDetails = strings[launch]!;
  if (override !== null) w.runtimeOverride = override === 1;
}

function readSource(value: unknown): DatasetSource {
  const s = object(value, 'source');
  const date = (v: unknown, path: string) => {
    if (typeof v !== 'string' || !isIsoDate(v)) throw new Invalid(`${path} is not a date like 2021-09-19 (${describe(v)})`);
    return v;
  };
  const source = {
    file: text(s.file, 'source.file'),
    firstWeek: date(s.firstWeek, 'source.firstWeek'),
    lastWeek: date(s.lastWeek, 'source.lastWeek'),
  };
  if (source.firstWeek > source.lastWeek) throw new Invalid('source.firstWeek is after source.lastWeek');
  return source;
}

function readMeta(value: unknown, n: number): Map<number, CatalogFile['meta'][number]> {
  if (!Array.isArray(value)) throw new Invalid(`meta is not a list (${describe(value)})`);
  const out = new Map<number, CatalogFile['meta'][number]>();
  value.forEach((entry: unknown, k) => {
    const path = `meta[${k}]`;
    if (!Array.isArray(entry) || entry.length !== 4) throw new Invalid(`${path} is not [title, premiere, release pattern, runtime]`);
    const [i, premiere, pattern, runtime] = entry as unknown[];
    whole(i, `${path}[0]`, 0);
    if ((i as number) >= n) throw new Invalid(`${path} names title ${String(i)}, but there are ${n}`);
    if (premiere !== null && (typeof premiere !== 'string' || !isIsoDate(premiere))) {
      throw new Invalid(`${path}: premiere is not a date (${describe(premiere)})`);
    }
    if (pattern !== null && typeof pattern !== 'string') throw new Invalid(`${path}: release pattern is not text`);
    if (runtime !== null && (typeof runtime !== 'number' || !(runtime > 0))) {
      throw new Invalid(`${path}: runtime is not a positive number (${describe(runtime)})`);
    }
    out.set(i as number, entry as CatalogFile['meta'][number]);
  });
  return out;
}
