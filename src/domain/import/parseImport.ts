import { readHeader } from '../netflixColumns';
import { parseNetflixFile, readRow } from '../netflixFile';
import { readTsv } from '../tsv';
import type { Result } from '../types';
import { findLaunchColumns, readLaunch } from './launch';
import type { ImportedFile, ImportRow } from './types';

const COUNT = new Intl.NumberFormat('en-US');
const LISTED = 3;

/**
 * A Netflix file a reader brought: the same parser `data:import` runs, plus the launch columns
 * of the 11- and 12-column layouts. When rows cannot be read, every one is counted and the file
 * is refused whole, so a bad row is never charted and never silently dropped.
 */
export function parseImport(text: string): Result<ImportedFile> {
  const parsed = parseNetflixFile(text);
  if (!parsed.ok) return { ok: false, reason: countBadRows(text) ?? parsed.reason };
  const { layout, rows, firstWeek, lastWeek } = parsed.data;
  return { ok: true, data: { layout, rows: layout >= 11 ? withLaunches(text, rows) : rows, firstWeek, lastWeek } };
}

/** parseNetflixFile keeps one row per record in order, so record i+1 is row i. */
function withLaunches(text: string, rows: ImportRow[]): ImportRow[] {
  const table = readTsv(text);
  if (!table.ok) return rows;
  const [header, ...records] = table.data;
  const at = header && findLaunchColumns(header.fields);
  if (!at) return rows;
  return rows.map((row, i) => ({ ...row, launch: readLaunch(records[i]!.fields, at) }));
}

/** A sentence counting the unreadable rows and naming the first few, or null if every row reads. */
export function countBadRows(text: string): string | null {
  const table = readTsv(text);
  if (!table.ok) return null;
  const [first, ...records] = table.data;
  const header = first && readHeader(first.fields);
  if (!header?.ok) return null;
  const problems: string[] = [];
  for (const { line, fields } of records) {
    const row = readRow(fields, header.data, line);
    if (typeof row === 'string') problems.push(row);
  }
  if (problems.length === 0) return null;
  const n = problems.length;
  const shown = problems.slice(0, LISTED).join(' ');
  const more = n > LISTED ? ` And ${COUNT.format(n - LISTED)} more.` : '';
  return `${COUNT.format(n)} of ${COUNT.format(records.length)} rows cannot be read, so nothing was loaded. ${shown}${more}`;
}
