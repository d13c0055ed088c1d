import { CATEGORIES, POW10, readHeader } from '../netflixColumns';
import { checkWeek } from '../netflixFile';
import type { ImportedFile, ImportRow } from './types';

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const DASH = 45;
const DOT = 46;
const ZERO = 48;

const CATEGORY_BYTES = CATEGORIES.map((c) => Array.from(c, (ch) => ch.charCodeAt(0)));

/** What `number` gives for a cell it leaves to the text reader, and for an empty one. */
const UNREAD = -1;
const BLANK = -2;

/**
 * Netflix's file read from its bytes, without decoding the whole file to text, splitting it into
 * cells and trimming each: in a fresh import worker those were 40% of the parse. Only plain files
 * are read here: the 7- and 9-column layouts, no quote and no carriage return anywhere, every
 * column one the rows are read from, every cell as Netflix writes it (no spaces around it, digits
 * and one dot for numbers). For anything else, and for any row that would not read, it returns
 * null, and the caller reads the decoded text (sniffBytes, then parseImport), which says what is
 * wrong. When it returns a file, that file is what sniffBytes and parseImport give for these bytes.
 */
export function readPlainBytes(bytes: Uint8Array): ImportedFile | null {
  const n = bytes.length;
  // A quote can start a quoted cell, and a carriage return ends a line: the text reader's cases.
  if (bytes.includes(QUOTE) || bytes.includes(CR)) return null;
  // sniffBytes calls a file with a NUL in its first 64 kB binary.
  if (bytes.subarray(0, 65_536).includes(0)) return null;
  // A header starts with a letter: no byte order mark, signature, blank line, HTML or "null".
  const first = bytes[0];
  if (first === undefined || first < 0x61 || first > 0x7a) return null;
  let lineEnd = bytes.indexOf(LF);
  if (lineEnd === -1) return null;
  const headerText = cellText(bytes, 0, lineEnd);
  if (headerText === null) return null;
  const header = readHeader(headerText.split('\t'));
  if (!header.ok) return null;
  const { index, width, layout } = header.data;
  if (layout >= 11 || index.isStaggeredLaunch !== -1 || index.episodeLaunchDetails !== -1 || index.runtimeOverride !== -1) return null;
  // Every column is one this reads and checks: none whose bytes would go unlooked at.
  const read = [index.week, index.category, index.rank, index.showTitle, index.seasonTitle, index.hours, index.runtime, index.views];
  const columns = new Set([...read, index.cumulativeWeeks].filter((i) => i !== -1));
  if (columns.size !== width) return null;

  const { hours: hoursAt, runtime: runtimeAt, views: viewsAt, cumulativeWeeks: weeksAt } = index;
  const rows: ImportRow[] = [];
  // Where each cell of the current line starts; the cell ends a byte before the next one starts.
  const starts = new Int32Array(width + 1);
  const slots = new Map<string, Uint8Array>();
  let week = '';
  let weekAt = -1;
  let weekSlots: Uint8Array = new Uint8Array(40);
  let firstWeek = '';
  let lastWeek = '';
  let at = lineEnd + 1;
  while (at < n) {
    lineEnd = bytes.indexOf(LF, at);
    if (lineEnd === -1) lineEnd = n;
    if (lineEnd === at) {
      at++;
      continue;
    }
    // Where the line's cells start.
    let cell = 0;
    starts[0] = at;
    for (let i = at; i < lineEnd; i++) {
      if (bytes[i] === TAB) {
        if (++cell === width) return null;
        starts[cell] = i + 1;
      }
    }
    if (cell !== width - 1) return null;
    starts[width] = lineEnd + 1;

    // week: YYYY-MM-DD, a Sunday. Rows come 40 to a week: the one before is compared byte by byte.
    const w = starts[index.week]!;
    if (starts[index.week + 1]! - 1 - w !== 10) return null;
    let same = weekAt !== -1;
    for (let k = 0; same && k < 10; k++) same = bytes[w + k] === bytes[weekAt + k];
    if (!same) {
      for (let k = 0; k < 10; k++) {
        const b = bytes[w + k]!;
        if (k === 4 || k === 7 ? b !== DASH : b < ZERO || b > ZERO + 9) return null;
      }
      week = String.fromCharCode.apply(null, bytes.subarray(w, w + 10) as unknown as number[]);
      if (checkWeek(week) !== '') return null;
      let known = slots.get(week);
      if (!known) slots.set(week, (known = new Uint8Array(40)));
      weekSlots = known;
      if (firstWeek === '' || week < firstWeek) firstWeek = week;
      if (week > lastWeek) lastWeek = week;
    }
    weekAt = w;

    const c = starts[index.category]!;
    const cLength = starts[index.category + 1]! - 1 - c;
    let category = -1;
    for (let k = 0; category === -1 && k < CATEGORY_BYTES.length; k++) {
      const name = CATEGORY_BYTES[k]!;
      let match = name.length === cLength;
      for (let j = 0; match && j < cLength; j++) match = bytes[c + j] === name[j];
      if (match) category = k;
    }
    if (category === -1) return null;

    const rank = number(bytes, starts[index.rank]!, starts[index.rank + 1]! - 1, true);
    if (!(rank >= 1 && rank <= 10)) return null;
    const slot = category * 10 + rank - 1;
    // The same week, list and rank twice: two files joined, which the text reader names.
    if (weekSlots[slot] === 1) return null;
    weekSlots[slot] = 1;

    const showTitle = cellText(bytes, starts[index.showTitle]!, starts[index.showTitle + 1]! - 1);
    if (showTitle === null || showTitle.trim() === '') return null;
    // A film's season is N/A: no text is made for it.
    const s = starts[index.seasonTitle]!;
    const sLength = starts[index.seasonTitle + 1]! - 1 - s;
    const film = sLength === 0 || (sLength === 3 && bytes[s] === 78 && bytes[s + 1] === 47 && bytes[s + 2] === 65);
    const season = film ? '' : cellText(bytes, s, s + sLength);
    if (season === null) return null;
    const seasonText = film ? '' : season.trim();

    // Written out, not through a helper taking the column: that cost this loop 15 ms in a fresh worker.
    const hours = number(bytes, starts[hoursAt]!, starts[hoursAt + 1]! - 1, false);
    const runtime = runtimeAt === -1 ? BLANK : number(bytes, starts[runtimeAt]!, starts[runtimeAt + 1]! - 1, false);
    const views = viewsAt === -1 ? BLANK : number(bytes, starts[viewsAt]!, starts[viewsAt + 1]! - 1, true);
    const cumulativeWeeks = number(bytes, starts[weeksAt]!, starts[weeksAt + 1]! - 1, true);
    if (hours === UNREAD || runtime === UNREAD || views === UNREAD || cumulativeWeeks === UNREAD || cumulativeWeeks === 0) return null;

    // The fields and their order as readRow writes them.
    rows.push({
      week,
      category: CATEGORIES[category]!,
      rank,
      showTitle,
      seasonTitle: seasonText === '' || seasonText === 'N/A' ? null : season,
      hours: hours === BLANK ? null : hours,
      runtime: runtime === BLANK ? null : runtime,
      views: views === BLANK ? null : views,
      cumulativeWeeks: cumulativeWeeks === BLANK ? null : cumulativeWeeks,
      isStaggeredLaunch: null,
      episodeLaunchDetails: null,
      runtimeOverride: null,
    });
    at = lineEnd + 1;
  }
  if (rows.length === 0) return null;
  return { layout, rows, firstWeek, lastWeek };
}

/**
 * Digits, and for a decimal one dot between digits, 15 digits at most: the value readNumber
 * gives for the same text, worked out the same way. BLANK for an empty cell, UNREAD for anything else.
 */
function number(bytes: Uint8Array, from: number, to: number, whole: boolean): number {
  if (from === to) return BLANK;
  if (to - from > 16) return UNREAD;
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const d = bytes[i]! - ZERO;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  if (i === from) return UNREAD;
  if (i === to) return to - from <= 15 ? n : UNREAD;
  if (whole || bytes[i] !== DOT) return UNREAD;
  const fraction = ++i;
  for (; i < to; i++) {
    const d = bytes[i]! - ZERO;
    if (d < 0 || d > 9) return UNREAD;
    n = n * 10 + d;
  }
  return i === fraction ? UNREAD : n / POW10[to - fraction]!;
}

// ignoreBOM: a cell that starts with U+FEFF keeps it, as it does in the whole file's text.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A cell's text; null when its bytes are not UTF-8. */
function cellText(bytes: Uint8Array, from: number, to: number): string | null {
  for (let i = from; i < to; i++) if (bytes[i]! >= 0x80) return decoded(bytes, from, to);
  // Plain ASCII, as nearly every title is: its bytes are its characters.
  return to - from <= 1024 ? String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]) : decoded(bytes, from, to);
}

function decoded(bytes: Uint8Array, from: number, to: number): string | null {
  try {
    return utf8.decode(bytes.subarray(from, to));
  } catch {
    return null;
  }
}
