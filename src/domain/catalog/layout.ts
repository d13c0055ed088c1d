import { isIsoDate } from '../dates';
import type { DatasetSource } from '../types';
import {
  CATALOG_FORMAT,
  CATALOG_VERSION,
  COLUMN_TYPES,
  COLUMNS,
  LITTLE_ENDIAN,
  MAGIC,
  padded,
  type CatalogHeader,
  type ColumnName,
} from './format';
import { Invalid, describe, object, text, whole } from './shape';

export type Column = ArrayLike<number>;

/** A catalog file's parts, each checked for shape and size: its header, its columns in place, its texts. */
export interface Layout {
  header: CatalogHeader;
  /** Each column as the typed array the header names, over the file's own bytes; null where absent. */
  columns: Record<ColumnName, Column | null>;
  /** The title ids, then the shared strings. */
  texts: string[];
}

export function readLayout(input: Uint8Array): Layout {
  if (!LITTLE_ENDIAN) throw new Invalid('this device stores numbers big-endian, which the catalog reader does not support');
  // A typed array starts on a multiple of its size: a view into a shared buffer (Node's) is copied.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const start = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (start === MAGIC && bytes.length < 12) throw cutShort(bytes.length, 12);
  if (start !== MAGIC) {
    const opening = `${JSON.stringify(new TextDecoder().decode(bytes.subarray(0, 24)))}${bytes.length > 24 ? '…' : ''}`;
    throw new Invalid(`it is not a title catalog (${bytes.length === 0 ? 'it is empty' : `it begins ${opening}`})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const headerBytes = view.getUint32(MAGIC.length, true);
  if (12 + headerBytes > bytes.length) throw cutShort(bytes.length, 12 + headerBytes);
  const header = readHeader(bytes.subarray(12, 12 + headerBytes));
  const n = header.titles;
  const total = header.rows;

  // Where each part lies; the file's length must be exactly what the header describes.
  const textAt = padded(12 + headerBytes);
  let at = padded(textAt + header.textBytes);
  /** Each column's entry count and byte offset. */
  const places = new Map<ColumnName, [number, number]>();
  const known = new Set<string>(COLUMNS.map(([name]) => name));
  for (const name of Object.keys(header.columns)) {
    if (!known.has(name)) throw new Invalid(`columns names ${JSON.stringify(name)}, which this app does not read`);
  }
  for (const [name, per, optional, signed] of COLUMNS) {
    const type = header.columns[name];
    if (type === undefined) {
      if (optional) continue;
      throw new Invalid(`columns.${name} is missing`);
    }
    if (!Object.hasOwn(COLUMN_TYPES, type)) {
      throw new Invalid(`columns.${name} is not one of ${Object.keys(COLUMN_TYPES).join(', ')} (${describe(type)})`);
    }
    if (!signed && type.startsWith('i')) throw new Invalid(`columns.${name} is ${type}, but it holds no numbers below 0`);
    const count = per === 'title' ? n : total;
    places.set(name, [count, at]);
    at = padded(at + count * COLUMN_TYPES[type].BYTES_PER_ELEMENT);
  }
  if (at !== bytes.length) throw cutShort(bytes.length, at);
  const columns = {} as Record<ColumnName, Column | null>;
  for (const [name] of COLUMNS) {
    const place = places.get(name);
    const type = header.columns[name];
    columns[name] = place && type ? new COLUMN_TYPES[type](bytes.buffer as ArrayBuffer, bytes.byteOffset + place[1], place[0]) : null;
  }

  const cut = header.asciiBytes;
  if (cut > header.textBytes || (cut > 0 && bytes[textAt + cut - 1] !== 0)) {
    throw new Invalid(`asciiBytes (${cut}) does not end one of the texts`);
  }
  let texts: string[];
  try {
    // In two parts: text of ASCII alone decodes to one-byte strings, in a fraction of the time (1.5 ms
    // to almost none cold), and so do the searches and comparisons made on them later.
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const ascii = cut === 0 ? [] : utf8.decode(bytes.subarray(textAt, textAt + cut)).split('\0');
    ascii.pop();
    texts = ascii.concat(utf8.decode(bytes.subarray(textAt + cut, textAt + header.textBytes)).split('\0'));
  } catch {
    throw new Invalid('its text is not valid UTF-8');
  }
  // Each text is ended by U+0000, so the split leaves one empty string after the last.
  const entries = texts.length - 1;
  if (entries !== n + header.strings || texts.pop() !== '') {
    throw new Invalid(`its text holds ${entries} entries where ${n + header.strings} were expected`);
  }
  for (let k = n; k < texts.length; k++) if (texts[k] === '') throw new Invalid(`strings[${k - n}] is empty`);
  return { header, columns, texts };
}

function cutShort(length: number, expected: number): Invalid {
  const short = length < expected ? ' (the download may have been cut short)' : '';
  return new Invalid(`it is ${length} bytes where its header describes ${expected}${short}`);
}

function readHeader(bytes: Uint8Array): CatalogHeader {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Invalid('its header is not valid JSON (the download may have been cut short)');
  }
  const root = object(json, 'the header');
  if (root.format !== CATALOG_FORMAT) throw new Invalid(`it is not a title catalog (format ${describe(root.format)})`);
  if (root.version !== CATALOG_VERSION) {
    throw new Invalid(
      `it is catalog version ${root.version === undefined ? 'missing' : JSON.stringify(root.version)}; this app reads version ${CATALOG_VERSION}`,
    );
  }
  const source = readSource(root.source);
  const unitsIn = object(root.units, 'units');
  const units = {
    hours: whole(unitsIn.hours, 'units.hours', 1),
    views: whole(unitsIn.views, 'units.views', 1),
    runtime: whole(unitsIn.runtime, 'units.runtime', 1),
  };
  const titles = whole(root.titles, 'titles', 0);
  if (titles === 0) throw new Invalid('titles is empty');
  return {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    source,
    units,
    titles,
    rows: whole(root.rows, 'rows', 1),
    strings: whole(root.strings, 'strings', 0),
    textBytes: whole(root.textBytes, 'textBytes', 0),
    asciiBytes: whole(root.asciiBytes, 'asciiBytes', 0),
    meta: readMeta(root.meta, titles),
    // Each entry is checked where the columns are placed.
    columns: object(root.columns, 'columns'),
  };
}

function readSource(value: unknown): DatasetSource {
  const s = object(value, 'source');
  const date = (v: unknown, path: string) => {
    if (typeof v !== 'string' || !isIsoDate(v)) throw new Invalid(`${path} is not a date like 2021-09-19 (${describe(v)})`);
    return v;
  };
  const source = {
    file: text(s.file, 'source.file'),
    firstWeek: date(s.firstWeek, 'source.firstWeek'),
    lastWeek: date(s.lastWeek, 'source.lastWeek'),
  };
  if (source.firstWeek > source.lastWeek) throw new Invalid('source.firstWeek is after source.lastWeek');
  return source;
}

function readMeta(value: unknown, n: number): CatalogHeader['meta'] {
  if (!Array.isArray(value)) throw new Invalid(`meta is not a list (${describe(value)})`);
  return value.map((entry: unknown, k) => {
    const path = `meta[${k}]`;
    if (!Array.isArray(entry) || entry.length !== 4) throw new Invalid(`${path} is not [title, premiere, release pattern, runtime]`);
    const [i, premiere, pattern, runtime] = entry as unknown[];
    whole(i, `${path}[0]`, 0);
    if ((i as number) >= n) throw new Invalid(`${path} names title ${String(i)}, but there are ${n}`);
    if (premiere !== null && (typeof premiere !== 'string' || !isIsoDate(premiere))) {
      throw new Invalid(`${path}: premiere is not a date (${describe(premiere)})`);
    }
    if (pattern !== null && typeof pattern !== 'string') throw new Invalid(`${path}: release pattern is not text`);
    // Netflix publishes a runtime of 0 for live events and weekly launches: a figure, kept.
    if (runtime !== null && (typeof runtime !== 'number' || !(runtime >= 0))) {
      throw new Invalid(`${path}: runtime is not a number of 0 or more (${describe(runtime)})`);
    }
    return entry as CatalogHeader['meta'][number];
  });
}
