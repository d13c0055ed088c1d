/**
 * The catalog file: every title and every week of Netflix's global file, stored by column so
 * repeated values sit side by side and gzip well, with one table of shared strings.
 *
 * Version 2 is binary, so the page reads numbers straight out of typed arrays: no JSON.parse of
 * 100,000 boxed numbers, whose garbage made version 1's decode take about 100 ms cold. The bytes:
 *
 *   "TOP10CAT"                 8 bytes of ASCII: what the file is
 *   header length              uint32, little-endian
 *   header                     UTF-8 JSON (CatalogHeader)
 *   text                       UTF-8: the title ids, then `strings` (ASCII ones first), each
 *                              ended by U+0000
 *   one section per column     in COLUMNS order, absent optional ones skipped; each an array of
 *                              the type the header names (little-endian)
 *
 * Each part after the length is padded with zero bytes to a multiple of 4, so every column can
 * be read in place as its typed array.
 *
 * A title's rows follow each other, oldest first, in the order of the titles. Numbers are whole:
 * hours, views and runtimes are stored in `units` (hours are multiples of 10,000, views of
 * 100,000; runtimes have four decimals), so `hours[i] * units.hours` is the published figure.
 * A column that can be blank stores value + 1, and 0 for blank.
 */
import type { DatasetSource } from '../types';

export const CATALOG_FORMAT = 'top10-catalog';
export const CATALOG_VERSION = 2;
export const MAGIC = 'TOP10CAT';
/** Every browser and Node on x86 and ARM is; a typed array reads in the machine's own byte order. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Parts start on a multiple of 4 bytes, so each column can be read as its typed array in place. */
export function padded(length: number): number {
  return (length + 3) & ~3;
}

/** Whole-number arrays a column may be stored as: the encoder takes the narrowest that holds it. */
export const COLUMN_TYPES = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i8: Int8Array,
  i16: Int16Array,
  i32: Int32Array,
} as const;
export type ColumnType = keyof typeof COLUMN_TYPES;

/**
 * Every column, in file order: [name, one entry per title or per row, may be absent, may hold
 * numbers below 0]. The others must be stored unsigned, so the decoder need not look for them.
 */
export const COLUMNS = [
  ['titles.show', 'title', false, false],
  ['titles.season', 'title', false, true],
  ['titles.category', 'title', false, false],
  ['titles.rows', 'title', false, false],
  ['rows.week', 'row', false, false],
  ['rows.rank', 'row', false, false],
  ['rows.hours', 'row', false, false],
  ['rows.runtime', 'row', false, false],
  ['rows.views', 'row', false, false],
  ['rows.cumulative', 'row', false, true],
  // Only the 11 and 12-column layouts have these.
  ['rows.staggered', 'row', true, false],
  ['rows.launch', 'row', true, false],
  ['rows.override', 'row', true, false],
] as const;
export type ColumnName = (typeof COLUMNS)[number][0];

/** What the JSON header says. */
export interface CatalogHeader {
  format: typeof CATALOG_FORMAT;
  version: typeof CATALOG_VERSION;
  source: DatasetSource;
  units: { hours: number; views: number; runtime: number };
  titles: number;
  rows: number;
  /** How many shared strings follow the ids in the text, and the text's length in bytes. */
  strings: number;
  textBytes: number;
  /** The length of the text's first entries that are all ASCII (the ids, then most strings). */
  asciiBytes: number;
  /** Sparse title facts the file cannot derive: [title index, premiere, release pattern, runtime]. */
  meta: [number, string | null, string | null, number | null][];
  columns: Partial<Record<ColumnName, ColumnType>>;
}

/** The catalog as the encoder lays it out, before it becomes bytes (tests damage it here). */
export interface CatalogFile {
  format: typeof CATALOG_FORMAT;
  version: typeof CATALOG_VERSION;
  source: DatasetSource;
  units: { hours: number; views: number; runtime: number };
  /** Show titles, season labels and launch details, each once, those in ASCII first. */
  strings: string[];
  titles: {
    /**
     * The title's id (src/domain/titleId.ts). Most ids start with their show's `idStem`, so the
     * file writes "~" for that stem: "~-s2" under "Squid Game" is squid-game-s2. Ids hold no "~".
     */
    id: string[];
    /** Index into `strings`. */
    show: number[];
    /**
     * 0: no season (a film). k > 0: `strings[k - 1]` is the whole label. k < 0: the label is
     * the show title + ": " + `strings[-k - 1]`, as in "Squid Game: Season 2".
     */
    season: number[];
    /** Index into CATEGORIES. */
    category: number[];
    /** How many rows the title has. */
    rows: number[];
  };
  meta: CatalogHeader['meta'];
  rows: {
    /** Weeks after source.firstWeek for a title's first row, then weeks after the row before. */
    week: number[];
    rank: number[];
    hours: number[];
    runtime: (number | null)[];
    views: (number | null)[];
    /**
     * cumulative_weeks_in_top_10 less the row before's (0 before the first), less 1: mostly 0.
     * Netflix's count can fall (a renamed title restarts it), so this can be negative.
     */
    cumulative: number[];
    /** Present only where some row has them (the 11 and 12-column layouts). */
    staggered?: (0 | 1 | null)[];
    /** Index into `strings`, or null. */
    launch?: (number | null)[];
    override?: (0 | 1 | null)[];
  };
}

/**
 * A cheap stand-in for the id rule's slug, enough to shorten most ids: ASCII letters lower-cased,
 * apostrophes dropped, every other run of characters one "-". The rule itself (accents folded by
 * Unicode normalisation) costs too much to run on every title while the page waits.
 */
export function idStem(showTitle: string): string {
  return idStems([showTitle])[0]!;
}

/**
 * idStem for many show titles at once, written as ASCII bytes and read back as one string: no
 * regular expression passes, each making a copy of all 60,000 characters (as scratch strings they
 * were most of a cold decode's garbage).
 */
export function idStems(showTitles: readonly string[]): string[] {
  if (showTitles.length === 0) return [];
  let size = showTitles.length;
  for (const t of showTitles) size += t.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (let k = 0; k < showTitles.length; k++) {
    if (k > 0) out[at++] = 0;
    at = writeStem(showTitles[k]!, out, at);
  }
  return new TextDecoder().decode(out.subarray(0, at)).split('\0');
}

/**
 * One stem into `out` from `at`; where it ends. ' ` and ’ join ("Grey's" is greys); any other run
 * of characters but ASCII letters and digits is one "-", none at either end; A-Z become a-z.
 */
function writeStem(title: string, out: Uint8Array, at: number): number {
  const start = at;
  let dash = false;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c === 0x27 || c === 0x60 || c === 0x2019) continue;
    const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39)) {
      if (dash && at > start) out[at++] = 0x2d;
      dash = false;
      out[at++] = lower;
    } else dash = true;
  }
  return at;
}

export const STEM = '~';

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
