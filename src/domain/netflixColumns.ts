import type { Category, NetflixLayout, Result } from './types';

/** Netflix's header names for the fields a row needs. */
export const COLUMNS = {
  week: 'week',
  category: 'category',
  rank: 'weekly_rank',
  showTitle: 'show_title',
  seasonTitle: 'season_title',
  hours: 'weekly_hours_viewed',
  runtime: 'runtime',
  views: 'weekly_views',
  cumulativeWeeks: 'cumulative_weeks_in_top_10',
  isStaggeredLaunch: 'is_staggered_launch',
  episodeLaunchDetails: 'episode_launch_details',
  runtimeOverride: 'runtime_override_flag',
} as const;

export type Field = keyof typeof COLUMNS;

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

const isDigit = (code: number) => code >= 48 && code <= 57;

/** `^\d+$` (whole) or `^\d+(?:\.\d+)?$`, scanned by hand: five cells a row, every row of a file. */
function isPlainNumber(text: string, whole: boolean): boolean {
  let i = 0;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === 0) return false;
  if (i === text.length) return true;
  if (whole || text.charCodeAt(i) !== 46) return false;
  const fraction = ++i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i > fraction && i === text.length;
}

/**
 * A cell's number: null when blank (Netflix leaves missing figures empty, never 0);
 * undefined when the text is not a plain non-negative number.
 */
export function readNumber(raw: string, whole: boolean): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  return isPlainNumber(text, whole) ? Number(text) : undefined;
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
