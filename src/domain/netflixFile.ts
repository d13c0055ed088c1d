import { dayOfWeek, isIsoDate } from './dates';
import { formatWeekday } from './format';
import { CATEGORIES, COLUMNS, isCategory, quote, readFlag, readHeader, readNumber, type Header } from './netflixColumns';
import { assignTitleIds } from './titleId';
import { readTsv } from './tsv';
import type { NetflixRow, ParsedNetflixFile, Result, Title, TitleWeek } from './types';

const AGAIN = "Download all-weeks-global.tsv again from Netflix's Top 10 site.";

/** Parses Netflix's weekly global Top 10 file (any of its 7, 9, 11 or 12-column layouts). */
export function parseNetflixFile(text: string): Result<ParsedNetflixFile> {
  const notTsv = recogniseBrokenDownload(text);
  if (notTsv) return { ok: false, reason: notTsv };

  const table = readTsv(text);
  if (!table.ok) return table;
  const [first, ...records] = table.data;
  if (!first) return { ok: false, reason: `The file is empty. ${AGAIN}` };
  const header = readHeader(first.fields);
  if (!header.ok) return header;
  if (records.length === 0) return { ok: false, reason: 'The file has a header but no rows.' };

  const rows: NetflixRow[] = [];
  // Per week, the line holding each of the 40 slots (4 lists x 10 ranks): no string per row.
  const slots = new Map<string, number[]>();
  for (const { line, fields } of records) {
    const row = readRow(fields, header.data, line);
    if (typeof row === 'string') return { ok: false, reason: row };
    let week = slots.get(row.week);
    if (!week) slots.set(row.week, (week = []));
    const slot = CATEGORIES.indexOf(row.category) * 10 + row.rank - 1;
    const earlier = week[slot];
    if (earlier !== undefined) {
      return {
        ok: false,
        reason: `Line ${line}: week ${row.week} already has a rank ${row.rank} in ${row.category} (line ${earlier}); were two files joined?`,
      };
    }
    week[slot] = line;
    rows.push(row);
  }

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

const NUMBERS = { hours: false, runtime: false, views: true, cumulativeWeeks: true } as const;
const NUMBER_FIELDS = Object.entries(NUMBERS) as [keyof typeof NUMBERS, boolean][];

// A file repeats each week 40 times: check each distinct week once (bounded, as in dates.ts).
const weekChecks = new Map<string, string>();

/** Why a week cell is not a Sunday date, or '' when it is one. */
function checkWeek(week: string): string {
  const known = weekChecks.get(week);
  if (known !== undefined) return known;
  let problem = '';
  if (!isIsoDate(week)) problem = `week ${quote(week)} is not a date like 2021-07-04.`;
  else {
    const day = dayOfWeek(week);
    if (day !== 0) problem = `week ${week} is a ${formatWeekday(week)}, but Netflix's weeks end on a Sunday.`;
  }
  if (weekChecks.size > 20_000) weekChecks.clear();
  weekChecks.set(week, problem);
  return problem;
}

/** A normalised row, or the reason (naming the line) it cannot be read. */
export function readRow(fields: readonly string[], header: Header, line: number): NetflixRow | string {
  if (fields.length !== header.width) {
    return `Line ${line} has ${fields.length} fields, but the header has ${header.width}; the file may be cut short or damaged.`;
  }
  const cell = (field: keyof Header['index']) => {
    const i = header.index[field];
    return i === -1 ? '' : (fields[i] ?? '');
  };

  const week = cell('week').trim();
  if (week.toLowerCase() === COLUMNS.week) return `Line ${line} repeats the header; were two files joined?`;
  const weekProblem = checkWeek(week);
  if (weekProblem) return `Line ${line}: ${weekProblem}`;

  const category = cell('category').trim();
  if (!isCategory(category)) {
    return `Line ${line}: category ${quote(category)} is not one of ${CATEGORIES.join(', ')}.`;
  }
  const rank = readNumber(cell('rank'), true);
  if (rank == null || rank < 1 || rank > 10) {
    return `Line ${line}: weekly_rank ${quote(cell('rank'))} is not a whole number from 1 to 10.`;
  }
  const showTitle = cell('showTitle');
  if (showTitle.trim() === '') return `Line ${line}: show_title is blank.`;
  const season = cell('seasonTitle');

  const values: Partial<Record<keyof typeof NUMBERS, number | null>> = {};
  for (const [field, whole] of NUMBER_FIELDS) {
    const value = readNumber(cell(field), whole);
    if (value === undefined) {
      return `Line ${line}: ${COLUMNS[field]} ${quote(cell(field))} is not ${whole ? 'a whole number' : 'a number'}.`;
    }
    values[field] = value;
  }
  if (values.cumulativeWeeks === 0) return `Line ${line}: cumulative_weeks_in_top_10 is 0; a listed title has at least 1.`;

  const flags = { isStaggeredLaunch: null as boolean | null, runtimeOverride: null as boolean | null };
  for (const field of ['isStaggeredLaunch', 'runtimeOverride'] as const) {
    const value = readFlag(cell(field));
    if (value === undefined) return `Line ${line}: ${COLUMNS[field]} ${quote(cell(field))} is not True or False.`;
    flags[field] = value;
  }
  const details = cell('episodeLaunchDetails').trim();

  return {
    week,
    category,
    rank,
    showTitle,
    // Netflix writes the literal `N/A` for films and specials.
    seasonTitle: season.trim() === '' || season.trim() === 'N/A' ? null : season,
    hours: values.hours ?? null,
    // 165 rows from 2023 on give runtime 0 beside real views (Castaway Diva, 2023-11-26):
    // an unknown runtime, not a zero one.
    runtime: values.runtime === 0 ? null : (values.runtime ?? null),
    views: values.views ?? null,
    cumulativeWeeks: values.cumulativeWeeks ?? null,
    isStaggeredLaunch: flags.isStaggeredLaunch,
    // Kept as Netflix wrote it (JSON text in the 11-column layout): the export hands it on unread.
    episodeLaunchDetails: details === '' ? null : details,
    runtimeOverride: flags.runtimeOverride,
  };
}

/**
 * One Title per (category, show_title, season_title), weeks oldest first. Premiere and
 * release pattern are not in Netflix's file, so they stay null.
 */
export function groupTitles(rows: readonly NetflixRow[]): Title[] {
  const groups = new Map<string, NetflixRow[]>();
  for (const row of rows) {
    // Distinct films share names across categories: two films called "Inheritance" were both
    // on the list for 2024-06-23, one English and one not, each with its own week count.
    const key = `${row.category}\u0000${row.showTitle}\u0000${row.seasonTitle ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const byWeek = (a: NetflixRow, b: NetflixRow) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0);
  // Oldest entry first, so titles come out in the order they reached the list.
  const sorted = [...groups.values()]
    .map((group) => group.sort(byWeek))
    .sort((a, b) => byWeek(a[0]!, b[0]!) || a[0]!.category.localeCompare(b[0]!.category) || a[0]!.rank - b[0]!.rank);
  const ids = assignTitleIds(
    sorted.map(([r]) => ({
      showTitle: r!.showTitle,
      seasonTitle: r!.seasonTitle,
      firstWeek: r!.week,
      category: r!.category,
    })),
  );

  return sorted.flatMap((group, i): Title[] => {
    const first = group[0]!;
    // TitleWeek needs hours and a week count; Netflix's file never leaves those blank, and a
    // row that does cannot be charted.
    const weeks = group.flatMap((row): TitleWeek[] => {
      const { week, rank, hours, runtime, views, cumulativeWeeks } = row;
      if (hours === null || cumulativeWeeks === null) return [];
      return [withLaunch({ week, rank, hours, runtime, views, cumulativeWeeks }, row)];
    });
    if (weeks.length === 0) return [];
    const runtime = group.findLast((r) => r.runtime !== null)?.runtime ?? null;
    return [
      {
        id: ids[i]!,
        showTitle: first.showTitle,
        name: first.seasonTitle ?? first.showTitle,
        seasonTitle: first.seasonTitle,
        category: first.category,
        premiere: null,
        releasePattern: null,
        runtime,
        weeks,
      },
    ];
  });
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
