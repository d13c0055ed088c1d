import type { Result } from '../types';

/** What a file's first bytes say it is. */
export type Sniffed = { kind: 'xlsx' } | { kind: 'text'; text: string };

const MAGIC: readonly [string, readonly number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a WebP image', [0x52, 0x49, 0x46, 0x46]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Excel (.xls) or Word file', [0xd0, 0xcf, 0x11, 0xe0]],
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const NOT_TEXT = "It is not Netflix's tab-separated text: load all-weeks-global.tsv or .xlsx as downloaded from Netflix's Top 10 site.";

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Tells an .xlsx (a zip) from text, and refuses binary files (an image renamed .tsv) by their
 * signature, a NUL byte or bytes that are not UTF-8, before any of it is parsed as rows.
 */
export function sniffBytes(bytes: Uint8Array): Result<Sniffed> {
  const kind = sniffKind(bytes);
  if (!kind.ok || kind.data === 'xlsx') return kind.ok ? { ok: true, data: { kind: 'xlsx' } } : kind;
  const text = decodeText(bytes);
  return text.ok ? { ok: true, data: { kind: 'text', text: text.data } } : text;
}

/** sniffBytes without the decoding: what the file is, or why it is refused, by its first bytes. */
export function sniffKind(bytes: Uint8Array): Result<'xlsx' | 'text'> {
  if (bytes.length === 0) {
    return { ok: false, reason: "The file is empty. Download all-weeks-global.tsv again from Netflix's Top 10 site." };
  }
  if (startsWith(bytes, ZIP)) return { ok: true, data: 'xlsx' };
  const known = MAGIC.find(([, magic]) => startsWith(bytes, magic));
  if (known) return { ok: false, reason: `This is ${known[0]}, not a Netflix file. ${NOT_TEXT}` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'This text is saved as UTF-16; save it as UTF-8 (as Netflix publishes it) and load it again.' };
  }
  // Text never holds NUL; the first 64 kB are enough to tell.
  if (bytes.subarray(0, 65_536).includes(0)) {
    return { ok: false, reason: `This is a binary file (it holds NUL bytes). ${NOT_TEXT}` };
  }
  return { ok: true, data: 'text' };
}

/** The file's text, or why it has none: bytes that are not UTF-8. */
export function decodeText(bytes: Uint8Array): Result<string> {
  try {
    return { ok: true, data: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: `This file is not UTF-8 text: it may be binary, or saved in another encoding. ${NOT_TEXT}` };
  }
}
