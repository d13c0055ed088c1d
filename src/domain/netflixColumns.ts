import { COLUMNS, type Field } from './netflixHeaderNames';
import type { Category, NetflixLayout, Result } from './types';

// runtime and weekly_views arrived with the 2023-06-18 week; the 7-column copies lack them.
// The launch columns lived only in the 11 and 12-column copies (2023-07-26 .. 2025-06-25).
const OPTIONAL: ReadonlySet<Field> = new Set<Field>(['runtime', 'views', 'isStaggeredLaunch', 'episodeLaunchDetails', 'runtimeOverride']);

/** The 12-column layout's shorter name for the same launch details. */
const LAUNCH_DETAILS_12 = 'episode_launch_dtls';

export const CATEGORIES: readonly Category[] = ['Films (English)', 'Films (Non-English)', 'TV (English)', 'TV (Non-English)'];

export interface Header {
  layout: NetflixLayout;
  /** Position of each field in a row; -1 for an optional column the file lacks. */
  index: Record<Field, number>;
  width: number;
}

/** Maps header names to positions, or says which file this is when it is not the weekly global one. */
export function readHeader(fields: readonly string[]): Result<Header> {
  const names = fields.map((f) => f.trim().toLowerCase());
  const has = (name: string) => names.includes(name);

  if (has('country_name') || has('country_iso2')) {
    return fail("This is Netflix's per-country file (ranks only, no hours); load all-weeks-global.tsv.");
  }
  const popular = names.find((n) => /^hours_viewed_first_\d+_days$/.test(n));
  if (popular) {
    const days = popular.replace(/\D+/g, '');
    return fail(
      `This is Netflix's most-popular.tsv (the all-time Top 10 by hours in a title's first ${days} days), not the weekly list; load all-weeks-global.tsv.`,
    );
  }
  if (names.length === 1 && names[0]!.includes(',')) {
    return fail("This file is comma-separated; Netflix's all-weeks-global.tsv is tab-separated.");
  }

  const index = {} as Record<Field, number>;
  const missing: string[] = [];
  for (const [field, name] of Object.entries(COLUMNS) as [Field, string][]) {
    index[field] = names.indexOf(name);
    if (field === 'episodeLaunchDetails' && index[field] === -1) index[field] = names.indexOf(LAUNCH_DETAILS_12);
    if (index[field] === -1 && !OPTIONAL.has(field)) missing.push(name);
  }
  if (missing.length > 0) {
    return fail(`Missing columns: ${missing.join(', ')}. Is this Netflix's all-weeks-global.tsv?`);
  }
  return { ok: true, data: { layout: layoutOf(has), index, width: fields.length } };
}

function layoutOf(has: (name: string) => boolean): NetflixLayout {
  if (has('episode_launch_details')) return 11;
  if (has('runtime_override_flag') || has(LAUNCH_DETAILS_12)) return 12;
  if (has('runtime') || has('weekly_views')) return 9;
  return 7;
}

// 10^0 .. 10^15, each an exact double.
export const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A cell's number: null when blank (Netflix leaves missing figures empty, never 0);
 * undefined when the text is not a plain non-negative number (`^\d+$` when whole, else
 * `^\d+(?:\.\d+)?$`). Scanned by hand, four cells a row, every row of a file, and the value
 * read during the scan: with at most 15 digits in all, the digits are an exact whole number and
 * dividing it by the exact power of ten gives the nearest double, which is what Number(text)
 * gives (the exact fast path of every correct decimal reader). Longer numbers go to Number.
 */
export function readNumber(raw: string, whole: boolean): number | null | undefined {
  const text = raw.trim();
  const length = text.length;
  if (length === 0) return null;
  let n = 0;
  let i = 0;
  for (let d = text.charCodeAt(0) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48) n = n * 10 + d;
  if (i === 0) return undefined;
  if (i === length) return length <= 15 ? n : Number(text);
  if (whole || text.charCodeAt(i) !== 46) return undefined;
  const fraction = ++i;
  for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48) n = n * 10 + d;
  if (i === fraction || i !== length) return undefined;
  return length - 1 <= 15 ? n / POW10[length - fraction]! : Number(text);
}

/**
 * A True/False cell: null when blank; undefined when it is neither. Netflix writes `True` and
 * `False`; a copy re-saved by a spreadsheet may say `TRUE` or `1`.
 */
export function readFlag(raw: string): boolean | null | undefined {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** Cell text for an error message, cut short so one bad cell cannot flood the screen. */
export function quote(raw: string): string {
  const text = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(text);
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
