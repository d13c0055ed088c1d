/** A rectangular table ready to be written as CSV: one header row, then data rows. */
export interface CsvTable {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** null is a gap (not on the list, or not published): an empty cell, never 0. */
export type CsvCell = string | number | null;

// OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula.
// Titles come from files people load, so any text cell may carry one.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text made inert for spreadsheets: a leading `'` keeps it text, and it reads the same. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as RFC 4180 wants it: quoted when it holds a quote, comma or line break. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  // Raw numbers, no separators: a spreadsheet reads them as numbers. Ours are never negative.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralise(cell);
  return NEEDS_QUOTES.test(text) || text !== cell ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The table as RFC 4180 CSV (CRLF line ends, no trailing notes). Rows shorter or longer than
 * the header are a bug in the caller: refuse them rather than write a ragged file.
 */
export function toCsv(table: CsvTable): string {
  const width = table.columns.length;
  const lines = [table.columns.map(csvCell).join(',')];
  for (const [i, row] of table.rows.entries()) {
    if (row.length !== width) throw new Error(`CSV row ${i + 1} has ${row.length} cells; the header has ${width}`);
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
