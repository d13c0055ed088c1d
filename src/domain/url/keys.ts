import { clampRange, weekLimit } from '../viewRules';
import {
  ALIGNS,
  CHARTS,
  MAX_TITLES,
  METRICS,
  SCALES,
  THEMES,
  VIEWS,
  type Align,
  type ChartKind,
  type Metric,
  type Scale,
  type Theme,
  type ViewMode,
  type WeekRange,
} from '../view';

/** The public keys, in the order they are written. */
export const URL_KEYS = ['titles', 'weeks', 'metric', 'align', 'chart', 'scale', 'view', 'theme', 'embed'] as const;
export type UrlKey = (typeof URL_KEYS)[number];

export function isUrlKey(key: string): key is UrlKey {
  return (URL_KEYS as readonly string[]).includes(key);
}

/** Something the parser changed while still accepting the value (a dropped id, a clamp). */
export interface ValueNote {
  raw: string;
  reason: string;
}

export type KeyParse<T> =
  { kind: 'valid'; value: T; notes?: readonly ValueNote[] } | { kind: 'invalid'; raw: string; reason: string } | { kind: 'missing' };

const MISSING = { kind: 'missing' } as const;

function invalid(raw: string, reason: string): KeyParse<never> {
  return { kind: 'invalid', raw, reason };
}

function parseEnum<T extends string>(values: readonly T[]): (raw: string | undefined) => KeyParse<T> {
  const allowed: readonly string[] = values;
  return (raw) => {
    if (raw === undefined) return MISSING;
    return allowed.includes(raw) ? { kind: 'valid', value: raw as T } : invalid(raw, `is not one of ${values.join(', ')}`);
  };
}

export const parseMetric: (raw: string | undefined) => KeyParse<Metric> = parseEnum(METRICS);
export const parseAlign: (raw: string | undefined) => KeyParse<Align> = parseEnum(ALIGNS);
export const parseChart: (raw: string | undefined) => KeyParse<ChartKind> = parseEnum(CHARTS);
export const parseScale: (raw: string | undefined) => KeyParse<Scale> = parseEnum(SCALES);
export const parseViewMode: (raw: string | undefined) => KeyParse<ViewMode> = parseEnum(VIEWS);
export const parseTheme: (raw: string | undefined) => KeyParse<Theme> = parseEnum(THEMES);

/** `embed=1` asks for the chart alone; `0` is accepted as the default, for hand-typed links. */
export function parseEmbed(raw: string | undefined): KeyParse<boolean> {
  if (raw === undefined) return MISSING;
  if (raw === '1') return { kind: 'valid', value: true };
  if (raw === '0') return { kind: 'valid', value: false };
  return invalid(raw, 'is not 1');
}

// A single week (`5`) is read as `5..5`: people type it by hand; it is always written `5..5`.
const WEEK_RANGE = /^(\d+)(?:\.\.(\d+))?$/;

export function parseWeeks(raw: string | undefined, maxWeek: number): KeyParse<WeekRange> {
  if (raw === undefined) return MISSING;
  const match = WEEK_RANGE.exec(raw);
  if (match === null) return invalid(raw, 'is not a week range like 1..8');
  const a = Number(match[1]);
  const b = Number(match[2] ?? match[1]);
  // `5..3` was meant as weeks 3 to 5: read it so, and say so, rather than drop it.
  const [from, to] = a <= b ? [a, b] : [b, a];
  const notes: ValueNote[] = a <= b ? [] : [{ raw, reason: `starts after it ends; read as ${from}..${to}` }];
  const value = clampRange([from, to], maxWeek);
  if (value[0] !== from || value[1] !== to)
    notes.push({ raw, reason: `${OUTSIDE_WEEKS}${weekLimit(maxWeek)}; using ${value[0]}..${value[1]}` });
  return { kind: 'valid', value, notes };
}

// Ids are [a-z0-9-] (see titleId.ts), so `~` never occurs inside one.
const TITLE_SEPARATOR = '~';

/** Reasons a bigger dataset could remove: see linkNeedsMore. */
export const UNKNOWN_TITLE = 'is not a known title id; dropped';
export const NO_KNOWN_TITLE = 'names no known title';
export const OUTSIDE_WEEKS = 'is outside 1..';

export function parseTitles(raw: string | undefined, known: ReadonlySet<string>): KeyParse<readonly string[]> {
  if (raw === undefined) return MISSING;
  if (raw === '') return invalid(raw, 'is empty');
  const kept = new Set<string>();
  const notes: ValueNote[] = [];
  for (const id of raw.split(TITLE_SEPARATOR)) {
    if (id === '') continue;
    if (!known.has(id)) notes.push({ raw: id, reason: UNKNOWN_TITLE });
    else if (kept.has(id)) notes.push({ raw: id, reason: 'is listed more than once; kept the first' });
    else kept.add(id);
  }
  if (kept.size === 0) return invalid(raw, NO_KNOWN_TITLE);
  // Unknown and repeated ids go first, so the cap counts only titles that would be drawn.
  if (kept.size > MAX_TITLES) {
    notes.push({ raw, reason: `names ${kept.size} titles; only the first ${MAX_TITLES} are compared` });
    return { kind: 'valid', value: [...kept].slice(0, MAX_TITLES), notes };
  }
  return { kind: 'valid', value: [...kept], notes };
}

export function formatTitles(ids: readonly string[]): string {
  return ids.map(encodeURIComponent).join(TITLE_SEPARATOR);
}

export function formatWeeks([from, to]: WeekRange): string {
  return `${from}..${to}`;
}
