/**
 * The catalog file: every title and every week of Netflix's global file, stored by column so
 * repeated values sit side by side and gzip well, with one table of shared strings.
 *
 * A title's rows follow each other, oldest first, in the order of `titles`. Numbers are whole:
 * hours, views and runtimes are stored in `units` (hours are multiples of 10,000, views of
 * 100,000; runtimes have four decimals), so `hours[i] * units.hours` is the published figure.
 */
import type { DatasetSource } from '../types';

export const CATALOG_FORMAT = 'top10-catalog';
export const CATALOG_VERSION = 1;

export interface CatalogFile {
  format: typeof CATALOG_FORMAT;
  version: typeof CATALOG_VERSION;
  source: DatasetSource;
  units: { hours: number; views: number; runtime: number };
  /** Show titles and season labels, each once. */
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
  /** Sparse title facts the file cannot derive: [title index, premiere, release pattern, runtime]. */
  meta: [number, string | null, string | null, number | null][];
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
 * Unicode normalisation) costs too much to run on every title while the page waits; a character
 * loop, not regular expressions, for the same reason.
 */
export function idStem(showTitle: string): string {
  // Whole words sliced out and joined once: building the id a character at a time made
  // thousands of short-lived strings for the garbage collector.
  const parts: string[] = [];
  let start = -1;
  let apostrophe = false;
  for (let i = 0; i <= showTitle.length; i++) {
    const c = i < showTitle.length ? showTitle.charCodeAt(i) : 32;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    // ' ` and ’ join: "Grey's" is greys.
    const joins = c === 39 || c === 96 || c === 0x2019;
    if (alnum || (joins && start !== -1)) {
      if (start === -1) start = i;
      if (joins) apostrophe = true;
      continue;
    }
    if (joins) continue;
    if (start !== -1) {
      const word = showTitle.slice(start, i);
      parts.push(apostrophe ? word.replace(/['`’]/g, '') : word);
      start = -1;
      apostrophe = false;
    }
  }
  return asciiLower(parts.join('-'));
}

/** Lower case for A-Z only: the same on every browser, whatever its Unicode tables. */
function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text;
}

export const STEM = '~';
