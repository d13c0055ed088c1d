/** Netflix's .xlsx download as the tab-separated text the project's parser reads. */
import readExcelFile from 'read-excel-file/node';

const SHEET = 'Top 10';

type Cell = string | number | boolean | Date | null | undefined;

/** A cell as the .tsv would have it; quoted (doubled quotes) when it holds a tab, newline or quote. */
export function tsvCell(cell: Cell): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  // Excel stores the week as a date; the .tsv writes it YYYY-MM-DD.
  else if (cell instanceof Date) text = cell.toISOString().slice(0, 10);
  else if (typeof cell === 'boolean') text = cell ? 'True' : 'False';
  else text = String(cell);
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function sheetToTsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(tsvCell).join('\t')).join('\n');
}

/** Reads sheet "Top 10", or the only sheet; the reason otherwise. */
export async function readXlsx(path: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    // Numbers stay as written ("8.3167"), so a runtime reads exactly as in the .tsv.
    sheets = (await readExcelFile(path, { parseNumber: (s: string) => s, trim: false })) as typeof sheets;
  } catch (err) {
    return { ok: false, reason: `not a readable .xlsx workbook (${err instanceof Error ? err.message : String(err)})` };
  }
  const sheet = sheets.find((s) => s.sheet === SHEET) ?? (sheets.length === 1 ? sheets[0] : undefined);
  if (!sheet) {
    const names = sheets.map((s) => `"${s.sheet}"`).join(', ');
    return { ok: false, reason: `the workbook has no sheet "${SHEET}" (it has ${names})` };
  }
  return { ok: true, text: sheetToTsv(sheet.data) };
}
