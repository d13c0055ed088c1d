import { CATEGORIES } from '../netflixColumns';
import type { DatasetSource, Result, TitleMeta, TitleWeek } from '../types';
import type { ImportedDataset, ImportedTitle } from './types';

/**
 * A dataset with its weeks in typed arrays: the worker transfers it to the page without a copy,
 * and IndexedDB stores it without walking 200,000 week objects on the main thread. Titles keep
 * their own fields; week i of title t is at offsets[t] + i.
 */
export interface PackedDataset {
  source: DatasetSource;
  titles: Omit<ImportedTitle, 'weeks'>[];
  offsets: Uint32Array;
  /** Days since 1970-01-01 of the Sunday ending the week. */
  day: Int32Array;
  rank: Uint8Array;
  hours: Float64Array;
  /** NaN where Netflix gave none. */
  runtime: Float64Array;
  views: Float64Array;
  cumulativeWeeks: Uint32Array;
  /**
   * The launch columns of the 11 and 12-column layouts, for the weeks that have them, by week
   * index (ascending). Absent in records kept before they were packed.
   */
  launches?: WeekLaunch[];
}

type LaunchFields = Pick<TitleWeek, 'isStaggeredLaunch' | 'episodeLaunchDetails' | 'runtimeOverride'>;

/** One week's launch columns, as Netflix gave them, at week index `at`. */
export interface WeekLaunch extends LaunchFields {
  at: number;
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of an ISO date. */
export const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

export function packDataset(dataset: ImportedDataset): PackedDataset {
  const n = dataset.titles.reduce((sum, t) => sum + t.weeks.length, 0);
  const launches: WeekLaunch[] = [];
  const p: PackedDataset = {
    source: dataset.source,
    titles: dataset.titles.map(({ weeks: _weeks, ...meta }) => meta),
    offsets: new Uint32Array(dataset.titles.length + 1),
    day: new Int32Array(n),
    rank: new Uint8Array(n),
    hours: new Float64Array(n),
    runtime: new Float64Array(n),
    views: new Float64Array(n),
    cumulativeWeeks: new Uint32Array(n),
    launches,
  };
  const days = new Map<string, number>();
  let at = 0;
  dataset.titles.forEach((title, t) => {
    p.offsets[t] = at;
    for (const w of title.weeks) {
      let day = days.get(w.week);
      if (day === undefined) days.set(w.week, (day = dayOf(w.week)));
      p.day[at] = day;
      p.rank[at] = w.rank;
      p.hours[at] = w.hours;
      p.runtime[at] = w.runtime ?? NaN;
      p.views[at] = w.views ?? NaN;
      p.cumulativeWeeks[at] = w.cumulativeWeeks;
      if (w.isStaggeredLaunch !== undefined || w.episodeLaunchDetails !== undefined || w.runtimeOverride !== undefined) {
        const launch: WeekLaunch = { at };
        if (w.isStaggeredLaunch !== undefined) launch.isStaggeredLaunch = w.isStaggeredLaunch;
        if (w.episodeLaunchDetails !== undefined) launch.episodeLaunchDetails = w.episodeLaunchDetails;
        if (w.runtimeOverride !== undefined) launch.runtimeOverride = w.runtimeOverride;
        launches.push(launch);
      }
      at++;
    }
  });
  p.offsets[dataset.titles.length] = at;
  return p;
}

type PackedTitle = PackedDataset['titles'][number];

/**
 * Titles the page already has, named by their place among the titles it sent (`refs[i]`, or -1
 * for the next of `sent`): a merged title whose every field equals a shipped one's, with no
 * launch facts. Most titles of a newer file are the shipped ones unchanged, and writing 3,800
 * titles out (and reading them back on the page) was a fifth of a real file's import.
 */
export function titlesByReference(
  titles: readonly PackedTitle[],
  shipped: readonly TitleMeta[],
): { refs: Int32Array; sent: PackedTitle[] } {
  const at = new Map<string, number>();
  shipped.forEach((t, k) => at.set(t.id, k));
  const refs = new Int32Array(titles.length);
  const sent: PackedTitle[] = [];
  titles.forEach((title, i) => {
    const k = at.get(title.id);
    const same = k !== undefined && sameMeta(title, shipped[k]!);
    refs[i] = same ? k : -1;
    if (!same) sent.push(title);
  });
  return { refs, sent };
}

// Field by field, not by Object.keys: this runs for every title in a fresh worker. A packed
// title holds TitleMeta's fields and, from an 11 or 12-column file, launch facts (never shipped).
function sameMeta(t: PackedTitle, s: TitleMeta): boolean {
  return (
    t.id === s.id &&
    t.showTitle === s.showTitle &&
    t.name === s.name &&
    t.seasonTitle === s.seasonTitle &&
    t.category === s.category &&
    t.premiere === s.premiere &&
    t.releasePattern === s.releasePattern &&
    t.runtime === s.runtime &&
    !('launch' in t)
  );
}

/**
 * titlesByReference undone: the merged titles in order, from the shipped ones and those sent;
 * null when the two do not agree (a reference to no title, or a count of titles sent that differs).
 */
export function titlesFromReferences(refs: Int32Array, sent: readonly PackedTitle[], shipped: readonly TitleMeta[]): PackedTitle[] | null {
  const out: PackedTitle[] = [];
  let next = 0;
  for (const k of refs) {
    const s = k === -1 ? undefined : shipped[k];
    if (k === -1) {
      const title = sent[next++];
      if (!title) return null;
      out.push(title);
    } else if (!s) return null;
    else {
      out.push({
        id: s.id,
        showTitle: s.showTitle,
        name: s.name,
        seasonTitle: s.seasonTitle,
        category: s.category,
        premiere: s.premiere,
        releasePattern: s.releasePattern,
        runtime: s.runtime,
      });
    }
  }
  return next === sent.length ? out : null;
}

/** The buffers to transfer with postMessage. */
export function packedBuffers(p: PackedDataset): ArrayBuffer[] {
  return [p.offsets, p.day, p.rank, p.hours, p.runtime, p.views, p.cumulativeWeeks].map((a) => a.buffer as ArrayBuffer);
}

/** Titles [from, to) as the app's objects; `isoOf` caches day -> ISO date across slices. */
export function unpackTitles(p: PackedDataset, from: number, to: number, isoOf: (day: number) => string): ImportedTitle[] {
  const out: ImportedTitle[] = [];
  const launches = p.launches ?? [];
  // The first launch at or after this slice's first week (they are in week order).
  let k = 0;
  for (let lo = 0, hi = launches.length, first = p.offsets[from] ?? 0; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (launches[mid]!.at < first) lo = k = mid + 1;
    else hi = mid;
  }
  for (let t = from; t < to; t++) {
    const weeks: TitleWeek[] = [];
    for (let i = p.offsets[t]!; i < p.offsets[t + 1]!; i++) {
      const runtime = p.runtime[i]!;
      const views = p.views[i]!;
      const week: TitleWeek = {
        week: isoOf(p.day[i]!),
        rank: p.rank[i]!,
        hours: p.hours[i]!,
        runtime: Number.isNaN(runtime) ? null : runtime,
        views: Number.isNaN(views) ? null : views,
        cumulativeWeeks: p.cumulativeWeeks[i]!,
      };
      if (launches[k]?.at === i) {
        const { at: _at, ...fields } = launches[k++]!;
        Object.assign(week, fields);
      }
      weeks.push(week);
    }
    out.push({ ...p.titles[t]!, weeks });
  }
  return out;
}

export function isoCache(): (day: number) => string {
  const cache = new Map<number, string>();
  return (day) => {
    let iso = cache.get(day);
    if (iso === undefined) cache.set(day, (iso = new Date(day * DAY_MS).toISOString().slice(0, 10)));
    return iso;
  };
}

export function unpackDataset(p: PackedDataset): ImportedDataset {
  return { source: p.source, titles: unpackTitles(p, 0, p.titles.length, isoCache()) };
}

const ARRAYS = {
  offsets: Uint32Array,
  day: Int32Array,
  rank: Uint8Array,
  hours: Float64Array,
  runtime: Float64Array,
  views: Float64Array,
  cumulativeWeeks: Uint32Array,
} as const;

/**
 * A packed dataset read back from storage, checked by shape: a record an older version of the
 * app wrote, or one damaged, is refused rather than shown.
 */
export function checkPacked(value: unknown): Result<PackedDataset> {
  const fail = (why: string): Result<PackedDataset> => ({ ok: false, reason: `the kept file is damaged (${why})` });
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const p = value as Record<string, unknown>;
  for (const [key, type] of Object.entries(ARRAYS)) if (!(p[key] instanceof type)) return fail(`${key} is not a ${type.name}`);
  const v = value as PackedDataset;
  if (!Array.isArray(v.titles) || v.titles.length === 0 || v.offsets.length !== v.titles.length + 1)
    return fail('titles and offsets disagree');
  const n = v.day.length;
  if ([v.rank, v.hours, v.runtime, v.views, v.cumulativeWeeks].some((a) => a.length !== n) || v.offsets[v.titles.length] !== n)
    return fail('columns of unequal length');
  for (let t = 0; t < v.titles.length; t++) {
    const meta = v.titles[t] as Partial<ImportedTitle> | undefined;
    if (
      !meta ||
      typeof meta.id !== 'string' ||
      !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(meta.id) ||
      typeof meta.name !== 'string' ||
      !CATEGORIES.includes(meta.category!)
    )
      return fail(`title ${t}`);
    if (v.offsets[t + 1]! <= v.offsets[t]!) return fail(`title ${meta.id} has no weeks`);
  }
  for (let i = 0; i < n; i++) if (v.rank[i]! < 1 || v.rank[i]! > 10 || !(v.hours[i]! >= 0)) return fail(`week ${i}`);
  if (v.launches !== undefined) {
    if (!Array.isArray(v.launches)) return fail('launches is not a list');
    let last = -1;
    for (const l of v.launches as unknown[]) {
      const at = (l as Partial<WeekLaunch> | null)?.at;
      if (typeof at !== 'number' || !Number.isInteger(at) || at <= last || at >= n) return fail('launches');
      last = at;
    }
  }
  const s = v.source as Partial<DatasetSource> | undefined;
  if (!s || typeof s.file !== 'string' || typeof s.lastWeek !== 'string' || typeof s.firstWeek !== 'string') return fail('source');
  return { ok: true, data: v };
}
