import { decodeText, sniffKind } from '../domain/import/bytes';
import { mergeImportPacked } from '../domain/import/merge';
import { packedBuffers, titlesByReference } from '../domain/import/packed';
import { parseImport } from '../domain/import/parseImport';
import { readPlainBytes } from '../domain/import/plainBytes';
import type { ImportedFile } from '../domain/import/types';
import { pickSheet, sheetToTsv, type SheetLike } from '../domain/import/xlsx';
import type { Dataset, Result } from '../domain/types';
import type { ImportMessage, ImportReply, ImportRequest } from './protocol';

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

type Post = (reply: ImportReply, transfer?: Transferable[]) => void;

/** About 400 titles per message, as the catalog worker sends them: a few milliseconds for the page to take in. */
const TITLES_PER_MESSAGE = 400;

/**
 * The worker's side of the conversation: gathers the shipped titles batch by batch, and runs the
 * import when the file arrives. Returns the job's promise for a `file` message, undefined otherwise.
 */
export function importSession(post: Post, read: ReadWorkbook = readWorkbook): (message: ImportMessage) => Promise<void> | undefined {
  const titles: Dataset['titles'] = [];
  return (message) => {
    if (message.type === 'shipped') {
      for (const title of message.titles) titles.push(title);
      return undefined;
    }
    return runImport({ file: message.file, name: message.name, shipped: { source: message.source, titles } }, post, read);
  };
}

/** One import, start to end: the worker's whole job, kept apart from `self` so tests can run it. */
export async function runImport(request: ImportRequest, post: Post, read: ReadWorkbook = readWorkbook): Promise<void> {
  post({ type: 'progress', stage: 'reading', fraction: 0.05 });
  let bytes: ArrayBuffer;
  try {
    // Read here, not on the page: a 17 MB file arrived there in chunks of 30-50 ms tasks.
    bytes = await request.file.arrayBuffer();
  } catch {
    post({
      type: 'failed',
      reason: `The file "${request.name}" could not be read from disk; choose it again.`,
      receivedAt: performance.timeOrigin + performance.now(),
    });
    return;
  }
  const receivedAt = performance.timeOrigin + performance.now();
  const fail = (reason: string) => post({ type: 'failed', reason, receivedAt });
  const u8 = new Uint8Array(bytes);
  const kind = sniffKind(u8);
  if (!kind.ok) {
    fail(kind.reason);
    return;
  }

  let text = '';
  if (kind.data === 'xlsx') {
    post({ type: 'progress', stage: 'unpacking', fraction: 0.15 });
    let sheets: SheetLike[];
    try {
      sheets = await read(bytes);
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
  }

  post({ type: 'progress', stage: 'parsing', fraction: 0.4 });
  let parsed: Result<ImportedFile> | null = null;
  if (kind.data === 'text') {
    // Netflix's file as it publishes it is read from its bytes: no text is decoded, split and
    // trimmed first (that was 40% of a real file's parse). Any other file is read as text.
    const plain = readPlainBytes(u8);
    if (plain) parsed = { ok: true, data: plain };
    else {
      const decoded = decodeText(u8);
      if (!decoded.ok) {
        fail(decoded.reason);
        return;
      }
      text = decoded.data;
    }
  }
  parsed ??= parseImport(text);
  if (!parsed.ok) {
    fail(parsed.reason);
    return;
  }
  post({ type: 'progress', stage: 'merging', fraction: 0.8 });
  // Weeks go back in typed arrays, moved not copied: the page never deserialises 200,000 objects in one task.
  // The titles the page lacks go ahead in batches: 3,800 of them in one message cost the page 20 ms or more to read.
  const { packed, summary } = mergeImportPacked(request.shipped, parsed.data, request.name);
  // Titles the page sent and the merge left as they were go back as their places among those it sent.
  const { refs, sent } = titlesByReference(packed.titles, request.shipped.titles);
  for (let i = 0; i < sent.length; i += TITLES_PER_MESSAGE) {
    post({ type: 'titles', titles: sent.slice(i, i + TITLES_PER_MESSAGE) });
  }
  post({ type: 'done', packed: { ...packed, titles: [] }, shippedRefs: refs, summary, receivedAt }, [
    ...packedBuffers(packed),
    refs.buffer,
  ]);
}
