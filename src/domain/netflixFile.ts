import { dayOfWeek, isIsoDate } from './dates';
import { formatWeekday } from './format';
import { CATEGORIES, isCategory, quote, readFlag, readHeader, readNumber, type Header } from './netflixColumns';
import { COLUMNS } from './netflixHeaderNames';
import { assignTitleIds } from './titleId';
import { eachTsvRecord } from './tsv';
import type { NetflixRow, ParsedNetflixFile, Result, Title, TitleWeek } from './types';

const AGAIN = "Download all-weeks-global.tsv again from Netflix's Top 10 site.";

/** Parses Netflix's weekly global Top 10 file (any of its 7, 9, 11 or 12-column layouts). */
export function parseNetflixFile(text: string): Result<ParsedNetflixFile> {
  const notTsv = recogniseBrokenDownload(text);
  if (notTsv) return { ok: false, reason: notTsv };

  // Records are read one at a time and let go: only the rows stay. Which problem is reported
  // stays as if the whole table were read first: a broken quote anywhere, then the header, then rows.
  const at: { header: Result<Header> | null; records: number; problem: string | null } = { header: null, records: 0, problem: null };
  const rows: NetflixRow[] = [];
  // Per week, the line holding each of the 40 slots (4 lists x 10 ranks): no string per row.
  const slots = new Map<string, number[]>();
  const last: { week: string | null; slots: number[] | undefined } = { week: null, slots: undefined };
  const table = eachTsvRecord(text, (line, fields) => {
    if (!at.header) {
      at.header = readHeader(fields);
      return;
    }
    at.records++;
    if (!at.header.ok || at.problem !== null) return;
    const row = readRow(fields, at.header.data, line);
    if (typeof row === 'string') {
      at.problem = row;
      return;
    }
    // Rows come a week at a time: the week before's slots are kept at hand, not looked up again.
    let week = row.week === last.week ? last.slots : slots.get(row.week);
    if (!week) slots.set(row.week, (week = []));
    last.week = row.week;
    last.slots = week;
    const slot = CATEGORIES.indexOf(row.category) * 10 + row.rank - 1;
    const earlier = week[slot];
    if (earlier !== undefined) {
      at.problem = `Line ${line}: week ${row.week} already has a rank ${row.rank} in ${row.category} (line ${earlier}); were two files joined?`;
      return;
    }
    week[slot] = line;
    rows.push(row);
  });
  if (!table.ok) return table;
  const { header } = at;
  if (!header) return { ok: false, reason: `The file is empty. ${AGAIN}` };
  if (!header.ok) return header;
  if (at.records === 0) return { ok: false, reason: 'The file has a header but no rows.' };
  if (at.problem !== null) return { ok: false, reason: at.problem };

  let firstWeek = rows[0]!.week;
  let lastWeek = firstWeek;
  for (const { week } of rows) {
    if (week < firstWeek) firstWeek = week;
    if (week > lastWeek) lastWeek = week;
  }
  return { ok: true, data: { layout: header.data.layout, rows, firstWeek, lastWeek } };
}

/** Files seen in place of the real download: a reason to show, or null to go on parsing. */
export function recogniseBrokenDownload(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return `The file is empty. ${AGAIN}`;
  const head = body.slice(0, 2048).trim();
  // The mirror's copy of 2023-12-27 was these 4 bytes: the download returned JSON null.
  if (head === 'null') return `The file holds only the word "null", not Netflix's data: the download failed. ${AGAIN}`;
  // The mirror's copy of 2023-06-01 was a "301 Moved Permanently" page saved under the .tsv name.
  // No header of Netflix's files starts with "<"; every HTML page does.
  if (head.startsWith('<')) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(head)?.[1]?.trim();
    const what = title ? `a web page ("${title}")` : 'a web page (HTML)';
    return `This is ${what}, not Netflix's data: the download went wrong. ${AGAIN}`;
  }
  if (head.startsWith('PK\u0003\u0004')) {
    return 'This is an Excel workbook, not tab-separated text: export its sheet "Top 10" as .tsv, or load all-weeks-global.tsv.';
  }
  return null;
}

// A file repeats each week 40 times: check each distinct week once (bounded, as in dates.ts).
const weekChecks = new Map<string, string>();

// The week of the row before and its answer: the next 39 rows ask about the same week.
const lastCheck: { week: string | null; problem: string } = { week: null, problem: '' };

/** Why a week cell is not a Sunday date, or '' when it is one. */
export function checkWeek(week: string): string {
  if (week === lastCheck.week) return lastCheck.problem;
  const known = weekChecks.get(week);
  if (known !== undefined) {
    lastCheck.week = week;
    lastCheck.problem = known;
    return known;
  }
  let problem = '';
  if (!isIsoDate(week)) problem = `week ${quote(week)} is not a date like 2021-07-04.`;
  else {
    const day = dayOfWeek(week);
    if (day !== 0) problem = `week ${week} is a ${formatWeekday(week)}, but Netflix's weeks end on a Sunday.`;
  }
  if (weekChecks.size > 20_000) weekChecks.clear();
  weekChecks.set(week, problem);
  lastCheck.week = week;
  lastCheck.problem = problem;
  return problem;
}

/** The cell at `i`, or '' for an optional column the file lacks (-1). */
const cellAt = (fields: readonly string[], i: number): string => (i === -1 ? '' : (fields[i] ?? ''));

/** Why a number cell cannot be read (naming the line), or '' when it reads. */
const numberProblem = (line: number, field: 'hours' | 'runtime' | 'views' | 'cumulativeWeeks', raw: string, whole: boolean) =>
  `Line ${line}: ${COLUMNS[field]} ${quote(raw)} is not ${whole ? 'a whole number' : 'a number'}.`;

const flagProblem = (line: number, field: 'isStaggeredLaunch' | 'runtimeOverride', raw: string) =>
  `Line ${line}: ${COLUMNS[field]} ${quote(raw)} is not True or False.`;

/**
 * A normalised row, or the reason (naming the line) it cannot be read. Runs once per row of a
 * reader's file in a fresh worker, so it is written out plainly: no per-row closures or objects.
 */
export function readRow(fields: readonly string[], header: Header, line: number): NetflixRow | string {
  if (fields.length !== header.width) {
    return `Line ${line} has ${fields.length} fields, but the header has ${header.width}; the file may be cut short or damaged.`;
  }
  const index = header.index;

  const week = cellAt(fields, index.week).trim();
  if (week.length === COLUMNS.week.length && week.toLowerCase() === COLUMNS.week) {
    return `Line ${line} repeats the header; were two files joined?`;
  }
  const weekProblem = checkWeek(week);
  if (weekProblem) return `Line ${line}: ${weekProblem}`;

  const category = cellAt(fields, index.category).trim();
  if (!isCategory(category)) {
    return `Line ${line}: category ${quote(category)} is not one of ${CATEGORIES.join(', ')}.`;
  }
  const rankCell = cellAt(fields, index.rank);
  const rank = readNumber(rankCell, true);
  if (rank == null || rank < 1 || rank > 10) {
    return `Line ${line}: weekly_rank ${quote(rankCell)} is not a whole number from 1 to 10.`;
  }
  const showTitle = cellAt(fields, index.showTitle);
  if (showTitle.trim() === '') return `Line ${line}: show_title is blank.`;
  const season = cellAt(fields, index.seasonTitle);

  const hoursCell = cellAt(fields, index.hours);
  const hours = readNumber(hoursCell, false);
  if (hours === undefined) return numberProblem(line, 'hours', hoursCell, false);
  const runtimeCell = cellAt(fields, index.runtime);
  const runtime = readNumber(runtimeCell, false);
  if (runtime === undefined) return numberProblem(line, 'runtime', runtimeCell, false);
  const viewsCell = cellAt(fields, index.views);
  const views = readNumber(viewsCell, true);
  if (views === undefined) return numberProblem(line, 'views', viewsCell, true);
  const weeksCell = cellAt(fields, index.cumulativeWeeks);
  const cumulativeWeeks = readNumber(weeksCell, true);
  if (cumulativeWeeks === undefined) return numberProblem(line, 'cumulativeWeeks', weeksCell, true);
  if (cumulativeWeeks === 0) return `Line ${line}: cumulative_weeks_in_top_10 is 0; a listed title has at least 1.`;

  const staggeredCell = cellAt(fields, index.isStaggeredLaunch);
  const isStaggeredLaunch = readFlag(staggeredCell);
  if (isStaggeredLaunch === undefined) return flagProblem(line, 'isStaggeredLaunch', staggeredCell);
  const overrideCell = cellAt(fields, index.runtimeOverride);
  const runtimeOverride = readFlag(overrideCell);
  if (runtimeOverride === undefined) return flagProblem(line, 'runtimeOverride', overrideCell);
  const details = cellAt(fields, index.episodeLaunchDetails).trim();
  const seasonText = season.trim();

  return {
    week,
    category,
    rank,
    showTitle,
    // Netflix writes the literal `N/A` for films and specials.
    seasonTitle: seasonText === '' || seasonText === 'N/A' ? null : season,
    hours,
    // 165 rows from 2023 on give runtime 0 beside real views (Castaway Diva, 2023-11-26; live
    // events, weekly launches): kept as published, for the full-data download. Nothing divides by it.
    runtime,
    views,
    cumulativeWeeks,
    isStaggeredLaunch,
    // Kept as Netflix wrote it (JSON text in the 11-column layout): the export hands it on unread.
    episodeLaunchDetails: details === '' ? null : details,
    runtimeOverride,
  };
}

/**
 * One Title per (category, show_title, season_title), weeks oldest first. Premiere and
 * release pattern are not in Netflix's file, so they stay null.
 */
export function groupTitles(rows: readonly NetflixRow[]): Title[] {
  const { groups, ids } = titleGroups(rows);
  const titles: Title[] = [];
  groups.forEach((group, i) => {
    const title = titleOf(group, ids[i]!);
    if (title) titles.push(title);
  });
  return titles;
}

/**
 * A title's own fields, from the first of its rows and its latest runtime: the parser's titles
 * and the import's packed ones (import/groupTitles.ts) are made by this one rule.
 */
export function titleFields(id: string, first: NetflixRow, runtime: number | null): Omit<Title, 'weeks'> {
  return {
    id,
    showTitle: first.showTitle,
    name: first.seasonTitle ?? first.showTitle,
    seasonTitle: first.seasonTitle,
    category: first.category,
    premiere: null,
    releasePattern: null,
    runtime,
  };
}

/**
 * A title from its rows (oldest first), or null when none can be charted: TitleWeek needs
 * hours and a week count; Netflix's file never leaves those blank, and a row that does cannot
 * be charted.
 */
export function titleOf(group: readonly NetflixRow[], id: string): Title | null {
  const weeks: TitleWeek[] = [];
  let runtime: number | null = null;
  for (const row of group) {
    const { week, rank, hours, views, cumulativeWeeks } = row;
    // The latest row that gives a runtime gives the title's.
    if (row.runtime !== null) runtime = row.runtime;
    if (hours !== null && cumulativeWeeks !== null) {
      weeks.push(withLaunch({ week, rank, hours, runtime: row.runtime, views, cumulativeWeeks }, row));
    }
  }
  if (weeks.length === 0) return null;
  return {
    ...titleFields(id, group[0]!, runtime),
    weeks,
  };
}

const byWeek = (a: NetflixRow, b: NetflixRow) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0);

/**
 * The rows of each title, weeks oldest first, and the titles in the order they reached the
 * list (first week, then list, then rank), with their ids: groupTitles before the Title objects.
 */
export function titleGroups<R extends NetflixRow>(rows: readonly R[]): { groups: R[][]; ids: string[] } {
  const groups = groupRows(rows).map(oldestFirst);
  const sorted = byArrival(groups);
  const ids = assignTitleIds(
    sorted.map((group) => {
      const r = group[0]!;
      return { showTitle: r.showTitle, seasonTitle: r.seasonTitle, firstWeek: r.week, category: r.category };
    }),
  );
  return { groups: sorted, ids };
}

/**
 * A group sorted by week, stably. Netflix's file lists the newest week first, so a title's rows
 * mostly come newest first: those are reversed, and rows already in order are left, unsorted.
 */
export function oldestFirst<R extends NetflixRow>(group: R[]): R[] {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < group.length; i++) {
    const a = group[i - 1]!.week;
    const b = group[i]!.week;
    if (a > b) ascending = false;
    // Equal weeks are not strictly descending: reversing them would undo the stable order.
    else descending = false;
  }
  if (ascending) return group;
  return descending ? group.reverse() : group.sort(byWeek);
}

/**
 * Groups by their first row: oldest week, then list (CATEGORIES is in alphabetical order: the
 * same order as comparing the names, without a collator), then rank, ties kept in order. With
 * Netflix's ranks (whole numbers 1 to 10) the three are one small whole number per group, and a
 * counting sort orders them without a comparison: comparing the three fields 45,000 times cost
 * a fresh worker some 20 ms.
 */
export function byArrival<R extends NetflixRow>(groups: readonly R[][]): R[][] {
  const firsts = groups.map((group) => group[0]!);
  const order = new Map<string, number>();
  for (const { week } of firsts) order.set(week, 0);
  const plainRanks = firsts.every((r) => Number.isInteger(r.rank) && r.rank >= 1 && r.rank <= 10);
  // 80 keys a week; a file spanning thousands of years of weeks (none Netflix could write) is compared instead.
  const size = order.size * 80;
  if (!plainRanks || size > 4_000_000) {
    const byList = (a: NetflixRow, b: NetflixRow) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category);
    return [...groups].sort((a, b) => byWeek(a[0]!, b[0]!) || byList(a[0]!, b[0]!) || a[0]!.rank - b[0]!.rank);
  }
  [...order.keys()].sort().forEach((week, i) => order.set(week, i));
  const keys = firsts.map((r) => (order.get(r.week)! * 5 + CATEGORIES.indexOf(r.category) + 1) * 16 + r.rank);
  // Counting sort: stable, so groups with equal keys keep their order.
  const starts = new Int32Array(size + 1);
  for (const key of keys) starts[key + 1]!++;
  for (let k = 1; k <= size; k++) starts[k]! += starts[k - 1]!;
  const sorted = new Array<R[]>(groups.length);
  for (let i = 0; i < keys.length; i++) sorted[starts[keys[i]!]!++] = groups[i]!;
  return sorted;
}

/**
 * Rows by title (category, show_title, season_title; a blank season is none), each group in
 * row order and the groups in the order they first appear. Keyed by show title, then a scan of
 * that show's few groups: no key string is built and hashed per row (a fresh worker spent a
 * fifth of the grouping on them).
 */
export function groupRows<R extends NetflixRow>(rows: readonly R[]): R[][] {
  const byShow = new Map<string, R[][]>();
  const groups: R[][] = [];
  for (const row of rows) {
    let shows = byShow.get(row.showTitle);
    if (!shows) byShow.set(row.showTitle, (shows = []));
    const season = row.seasonTitle ?? '';
    let group: R[] | undefined;
    for (const candidate of shows) {
      const first = candidate[0]!;
      // Distinct films share names across categories: two films called "Inheritance" were both
      // on the list for 2024-06-23, one English and one not, each with its own week count.
      if (first.category === row.category && (first.seasonTitle ?? '') === season) {
        group = candidate;
        break;
      }
    }
    if (group) group.push(row);
    else {
      shows.push((group = [row]));
      groups.push(group);
    }
  }
  return groups;
}

/**
 * The launch columns of the 11 and 12-column layouts, on the weeks where Netflix gave a value:
 * a title week from any other file stays as small as it always was.
 */
function withLaunch(week: TitleWeek, row: NetflixRow): TitleWeek {
  if (row.isStaggeredLaunch != null) week.isStaggeredLaunch = row.isStaggeredLaunch;
  if (row.episodeLaunchDetails != null) week.episodeLaunchDetails = row.episodeLaunchDetails;
  if (row.runtimeOverride != null) week.runtimeOverride = row.runtimeOverride;
  return week;
}
