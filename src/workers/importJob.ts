import { sniffBytes } from '../domain/import/bytes';
import { mergeImport } from '../domain/import/merge';
import { packDataset, packedBuffers } from '../domain/import/packed';
import { parseImport } from '../domain/import/parseImport';
import { pickSheet, sheetToTsv, type SheetLike } from '../domain/import/xlsx';
import type { ImportReply, ImportRequest } from './protocol';

export type ReadWorkbook = (bytes: ArrayBuffer) => Promise<SheetLike[]>;

/** read-excel-file, loaded only when a workbook arrives. Its universal build unzips in this thread. */
export const readWorkbook: ReadWorkbook = async (bytes) => {
  const [{ default: readXlsxFile }, { unzipSync, zipSync }] = await Promise.all([import('read-excel-file/universal'), import('fflate')]);
  // read-excel-file inflates entries over 512 kB (Netflix's sheet is ~5 MB) in blob: workers,
  // which the app's policy (script-src 'self') forbids: they never start and the read hangs.
  // The same entries, stored uncompressed, are read here in this worker.
  const stored = zipSync(unzipSync(new Uint8Array(bytes)), { level: 0 });
  const input = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength);
  // Numbers stay as written (8.3167, not 8.316699999), so they read exactly as the .tsv's do.
  return readXlsxFile<string>(input, { parseNumber: (text) => text }) as Promise<SheetLike[]>;
};

/** One import, start to end: the worker's whole job, kept apart from `self` so tests can run it. */
export async function runImport(
  request: ImportRequest,
  post: (reply: ImportReply, transfer?: Transferable[]) => void,
  read: ReadWorkbook = readWorkbook,
): Promise<void> {
  const receivedAt = performance.timeOrigin + performance.now();
  const fail = (reason: string) => post({ type: 'failed', reason, receivedAt });
  post({ type: 'progress', stage: 'reading', fraction: 0.05 });
  const sniffed = sniffBytes(new Uint8Array(request.bytes));
  if (!sniffed.ok) {
    fail(sniffed.reason);
    return;
  }

  let text: string;
  if (sniffed.data.kind === 'xlsx') {
    post({ type: 'progress', stage: 'unpacking', fraction: 0.15 });
    let sheets: SheetLike[];
    try {
      sheets = await read(request.bytes);
    } catch (err) {
      fail(
        `This .xlsx workbook cannot be opened (${err instanceof Error ? err.message : String(err)}); download it again, or load the .tsv.`,
      );
      return;
    }
    const sheet = pickSheet(sheets);
    if (!sheet.ok) {
      fail(sheet.reason);
      return;
    }
    text = sheetToTsv(sheet.data);
  } else {
    text = sniffed.data.text;
  }

  post({ type: 'progress', stage: 'parsing', fraction: 0.4 });
  const parsed = parseImport(text);
  if (!parsed.ok) {
    fail(parsed.reason);
    return;
  }
  post({ type: 'progress', stage: 'merging', fraction: 0.8 });
  const { dataset, summary } = mergeImport(request.shipped, parsed.data, request.name);
  // Weeks go back in typed arrays, moved not copied: the page never deserialises 200,000 objects in one task.
  const packed = packDataset(dataset);
  post({ type: 'done', packed, summary, receivedAt }, packedBuffers(packed));
}
