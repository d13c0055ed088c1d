import writeExcelFile from 'write-excel-file/node';

type Cell = string | number | boolean | Date | null | { value: Date; format: string };

/** An .xlsx made from rows, as Netflix's workbook would hold them (a date-typed week column). */
export async function workbook(sheets: { sheet: string; data: Cell[][] }[]): Promise<ArrayBuffer> {
  const buffer = await writeExcelFile(sheets as never).toBuffer();
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

export const utcDate = (iso: string) => ({ value: new Date(`${iso}T00:00:00Z`), format: 'yyyy-mm-dd' });
