import type { Result } from '../types';

/** A cell as an XLSX reader gives it (read-excel-file: string, number, boolean, Date or null). */
export type Cell = string | number | boolean | Date | null | undefined;

export interface SheetLike {
  sheet: string;
  data: readonly (readonly Cell[])[];
}

/** Netflix's workbook names its sheet "Top 10". */
export const SHEET_NAME = 'Top 10';

/** The sheet to read: the one named like Netflix's, or the only one. */
export function pickSheet(sheets: readonly SheetLike[]): Result<SheetLike> {
  const named = sheets.find((s) => s.sheet.trim().toLowerCase() === SHEET_NAME.toLowerCase());
  if (named) return { ok: true, data: named };
  if (sheets.length === 1) return { ok: true, data: sheets[0]! };
  const names = sheets.map((s) => `"${s.sheet}"`).join(', ');
  return {
    ok: false,
    reason:
      sheets.length === 0
        ? 'The workbook has no sheets.'
        : `The workbook has no sheet named "${SHEET_NAME}" (it has ${names}); is this Netflix's all-weeks-global.xlsx?`,
  };
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoOf(cell);
  // Netflix's own TSV writes booleans as True/False.
  if (typeof cell === 'boolean') return cell ? 'True' : 'False';
  return String(cell);
}

/** Quoted the way readTsv reads a field holding tabs, newlines or quotes (launch details' JSON). */
function field(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The sheet as the TSV text Netflix publishes beside it, so one parser reads both formats and
 * an .xlsx row gets the same line numbers in messages (row 1 is the header).
 */
export function sheetToTsv(sheet: SheetLike): string {
  const lines: string[] = [];
  for (const row of sheet.data) lines.push(row.map((c) => field(cellText(c))).join('\t'));
  return lines.join('\n');
}
