import { isIsoDate, premiereWeekIndex } from './dates';
import { CATEGORIES } from './netflixColumns';
import type { Category, Dataset, DatasetSource, Result, Title, TitleWeek } from './types';
import type { Catalog } from './view';

/**
 * Checks the shipped dataset JSON field by field and returns a fresh copy holding only the
 * known fields, so nothing a damaged or hand-edited file adds can reach the app.
 */
export function parseDataset(json: unknown): Result<Dataset> {
  try {
    const root = record(json, 'dataset');
    const source = readSource(root.source);
    const titles = array(root.titles, 'titles').map((t, i) => readTitle(t, `titles[${i}]`));
    if (titles.length === 0) throw new Invalid('titles is empty');
    const seen = new Map<string, number>();
    titles.forEach((t, i) => {
      const other = seen.get(t.id);
      if (other !== undefined) throw new Invalid(`titles[${i}].id "${t.id}" repeats titles[${other}].id`);
      seen.set(t.id, i);
    });
    return { ok: true, data: { source, titles } };
  } catch (err) {
    return { ok: false, reason: err instanceof Invalid ? err.message : `unreadable (${String(err)})` };
  }
}

/** The dataset file's text: JSON first, then every field as parseDataset checks it. */
export function parseDatasetText(text: string): Result<Dataset> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  return parseDataset(json);
}

/** Ids and week limits the URL codec validates a link against. */
export function catalogOf(dataset: Dataset): Catalog {
  let top10 = 1;
  let premiere = 1;
  for (const title of dataset.titles) {
    const last = title.weeks.at(-1);
    const first = title.weeks[0];
    if (!first || !last) continue;
    top10 = Math.max(top10, title.weeks.length);
    // Without a known premiere the first week on the list stands in as week 1.
    premiere = Math.max(premiere, premiereWeekIndex(title.premiere ?? first.week, last.week));
  }
  return {
    titleIds: dataset.titles.map((t) => t.id),
    maxWeek: { top10, premiere, calendar: top10 },
  };
}

class Invalid extends Error {}

type Fields = Record<string, unknown>;

function readSource(value: unknown): DatasetSource {
  const s = record(value, 'source');
  const source = {
    file: text(s.file, 'source.file'),
    firstWeek: date(s.firstWeek, 'source.firstWeek'),
    lastWeek: date(s.lastWeek, 'source.lastWeek'),
  };
  if (source.firstWeek > source.lastWeek) throw new Invalid('source.firstWeek is after source.lastWeek');
  return source;
}

function readTitle(value: unknown, path: string): Title {
  const t = record(value, path);
  const id = text(t.id, `${path}.id`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new Invalid(`${path}.id "${id}" is not a title id like squid-game-s1`);
  }
  const weeks = array(t.weeks, `${path}.weeks`).map((w, i) => readWeek(w, `${path}.weeks[${i}]`));
  if (weeks.length === 0) throw new Invalid(`${path}.weeks is empty`);
  weeks.forEach((w, i) => {
    const prev = weeks[i - 1];
    if (prev && prev.week >= w.week) {
      throw new Invalid(`${path}.weeks[${i}].week ${w.week} does not come after ${prev.week}`);
    }
  });
  return {
    id,
    showTitle: text(t.showTitle, `${path}.showTitle`),
    name: text(t.name, `${path}.name`),
    seasonTitle: orNull(t.seasonTitle, `${path}.seasonTitle`, text),
    category: category(t.category, `${path}.category`),
    premiere: orNull(t.premiere, `${path}.premiere`, date),
    releasePattern: orNull(t.releasePattern, `${path}.releasePattern`, text),
    runtime: orNull(t.runtime, `${path}.runtime`, count),
    weeks,
  };
}

function readWeek(value: unknown, path: string): TitleWeek {
  const w = record(value, path);
  const rank = whole(w.rank, `${path}.rank`);
  if (rank > 10) throw new Invalid(`${path}.rank ${rank} is not from 1 to 10`);
  const week: TitleWeek = {
    week: date(w.week, `${path}.week`),
    rank,
    hours: count(w.hours, `${path}.hours`),
    runtime: orNull(w.runtime, `${path}.runtime`, count),
    views: orNull(w.views, `${path}.views`, count),
    cumulativeWeeks: whole(w.cumulativeWeeks, `${path}.cumulativeWeeks`),
  };
  // Only the 11 and 12-column layouts have these, and only where Netflix gave a value.
  if (w.isStaggeredLaunch != null) week.isStaggeredLaunch = flag(w.isStaggeredLaunch, `${path}.isStaggeredLaunch`);
  if (w.episodeLaunchDetails != null) week.episodeLaunchDetails = text(w.episodeLaunchDetails, `${path}.episodeLaunchDetails`);
  if (w.runtimeOverride != null) week.runtimeOverride = flag(w.runtimeOverride, `${path}.runtimeOverride`);
  return week;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number' || typeof value === 'bigint') return `got ${String(value)}`;
  let shown: string;
  try {
    // undefined for a function or a symbol, which no parsed JSON holds but a caller could pass.
    const json = JSON.stringify(value) as string | undefined;
    shown = json ?? typeof value;
  } catch {
    shown = typeof value;
  }
  return `got ${shown.length > 30 ? `${shown.slice(0, 30)}…` : shown}`;
}

function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Invalid(`${path} is not an object (${describe(value)})`);
  }
  return value as Fields;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${path} is not a list (${describe(value)})`);
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Invalid(`${path} is not a non-empty text (${describe(value)})`);
  }
  return value;
}

function date(value: unknown, path: string): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new Invalid(`${path} is not a date like 2021-09-19 (${describe(value)})`);
  }
  return value;
}

function category(value: unknown, path: string): Category {
  const found = CATEGORIES.find((c) => c === value);
  if (!found) throw new Invalid(`${path} is not one of ${CATEGORIES.join(', ')} (${describe(value)})`);
  return found;
}

/** A non-negative number (hours, views). */
function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Invalid(`${path} is not a number (${describe(value)})`);
  }
  if (value < 0) throw new Invalid(`${path} is negative (${value})`);
  return value;
}

function whole(value: unknown, path: string): number {
  const n = count(value, path);
  if (!Number.isInteger(n) || n < 1) throw new Invalid(`${path} is not a whole number of at least 1 (${n})`);
  return n;
}

function flag(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(`${path} is not true or false (${describe(value)})`);
  return value;
}

function orNull<T>(value: unknown, path: string, read: (v: unknown, p: string) => T): T | null {
  return value === null ? null : read(value, path);
}
