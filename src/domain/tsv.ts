import type { Result } from './types';

export interface TsvRecord {
  /** 1-based line of the file where the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

/**
 * Reads tab-separated text into records. A field that starts with `"` is quoted: it may hold
 * tabs and newlines, and `""` inside it is one quote (Netflix's 11-column layout puts JSON in
 * `episode_launch_details` this way). A quote inside an unquoted field is an ordinary character.
 * Blank (or all-space) lines are skipped; `\r\n`, a missing final newline and a leading BOM are all accepted.
 */
export function readTsv(text: string): Result<TsvRecord[]> {
  const records: TsvRecord[] = [];
  const read = eachTsvRecord(text, (line, fields) => records.push({ line, fields }));
  return read.ok ? { ok: true, data: records } : read;
}

/**
 * readTsv's records one at a time, in order, kept by no one: a caller that keeps only what it
 * makes of each (the importer's rows) lets the fields go while they are young, which in a fresh
 * worker is most of the garbage collector's work. Fails, after visiting the records before it,
 * where readTsv fails.
 */
export function eachTsvRecord(text: string, visit: (line: number, fields: string[]) => void): Result<null> {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const keep = (line: number, fields: string[]) => {
    if (fields.length > 1 || fields[0]!.trim() !== '') visit(line, fields);
  };
  let line = 1;
  let i = 0;
  // Netflix's 7 and 9-column files hold no quote at all: one search instead of one a line.
  const quoteFree = !src.includes('"');
  while (i < src.length) {
    const nl = src.indexOf('\n', i);
    const end = nl === -1 ? src.length : nl;
    const text = src.slice(i, nl > i && src.charCodeAt(end - 1) === 13 ? end - 1 : end);
    // Fast path: most lines hold no quote, so a split reads them (the import bench's 20x file).
    if (quoteFree || !text.includes('"')) {
      keep(line, text.split('\t'));
      i = nl === -1 ? src.length : nl + 1;
      line++;
      continue;
    }
    const quoted = readRecord(src, i, line);
    if (!quoted.ok) return quoted;
    keep(line, quoted.data.fields);
    i = quoted.data.next;
    line = quoted.data.line;
  }
  return { ok: true, data: null };
}

/** One record from `i`, quotes and all; where the next record starts and on which line. */
function readRecord(src: string, i: number, startLine: number): Result<{ fields: string[]; next: number; line: number }> {
  const fields: string[] = [];
  let field = '';
  let line = startLine;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"' && field === '') {
      const start = line;
      i++;
      for (;;) {
        if (i >= src.length) {
          return { ok: false, reason: `Line ${start}: a quoted field is never closed.` };
        }
        const c = src[i]!;
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      continue;
    }
    if (ch === '\t') {
      fields.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || (ch === '\r' && src[i + 1] === '\n')) {
      fields.push(field);
      return { ok: true, data: { fields, next: i + (ch === '\r' ? 2 : 1), line: line + 1 } };
    } else {
      field += ch;
      i++;
    }
  }
  fields.push(field);
  return { ok: true, data: { fields, next: i, line: line + 1 } };
}
