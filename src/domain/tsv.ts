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
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: TsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

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
      endRecord();
      i += ch === '\r' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  endRecord();
  return { ok: true, data: records };
}
