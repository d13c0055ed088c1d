import {
  COLUMN_TYPES,
  COLUMNS,
  isAscii,
  LITTLE_ENDIAN,
  MAGIC,
  padded,
  type CatalogFile,
  type CatalogHeader,
  type ColumnName,
  type ColumnType,
} from './format';

/** The bytes of a catalog laid out by catalogFile (format.ts describes them). */
export function writeCatalog(file: CatalogFile): Uint8Array {
  // Typed arrays keep the machine's byte order; the file's is little-endian.
  if (!LITTLE_ENDIAN) throw new RangeError('the catalog is written on little-endian machines only');
  const { titles, rows } = file;
  const values: Record<ColumnName, readonly number[] | undefined> = {
    'titles.show': titles.show,
    'titles.season': titles.season,
    'titles.category': titles.category,
    'titles.rows': titles.rows,
    'rows.week': rows.week,
    'rows.rank': rows.rank,
    'rows.hours': rows.hours,
    'rows.runtime': rows.runtime.map(orBlank),
    'rows.views': rows.views.map(orBlank),
    'rows.cumulative': rows.cumulative,
    'rows.staggered': rows.staggered?.map(orBlank),
    'rows.launch': rows.launch?.map(orBlank),
    'rows.override': rows.override?.map(orBlank),
  };
  const texts = [...titles.id, ...file.strings];
  const nul = texts.find((t) => t.includes('\0'));
  if (nul !== undefined) throw new RangeError(`a catalog text cannot hold U+0000: ${JSON.stringify(nul)}`);
  const text = utf8(texts.map((t) => `${t}\0`).join(''));
  const ascii = texts.findIndex((t) => !isAscii(t));
  const asciiBytes =
    ascii === -1
      ? text.length
      : utf8(
          texts
            .slice(0, ascii)
            .map((t) => `${t}\0`)
            .join(''),
        ).length;
  const columns: CatalogHeader['columns'] = {};
  const sections: Uint8Array[] = [];
  for (const [name] of COLUMNS) {
    const column = values[name];
    if (column === undefined) continue;
    const type = narrowest(name, column);
    columns[name] = type;
    const array = COLUMN_TYPES[type].from(column);
    sections.push(new Uint8Array(array.buffer));
  }
  const header: CatalogHeader = {
    format: file.format,
    version: file.version,
    source: file.source,
    units: file.units,
    titles: titles.id.length,
    rows: rows.week.length,
    strings: file.strings.length,
    textBytes: text.length,
    asciiBytes,
    meta: file.meta,
    columns,
  };
  const head = utf8(JSON.stringify(header));
  // Each part is padded with zero bytes to a multiple of 4; the header's and the text's own lengths say where they end.
  const parts = [utf8(MAGIC), uint32(head.length), head, text, ...sections];
  const out = new Uint8Array(parts.reduce((n, p) => n + padded(p.length), 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += padded(part.length);
  }
  return out;
}

function orBlank(value: number | null): number {
  return value === null ? 0 : value + 1;
}

const LIMITS: [ColumnType, number, number][] = [
  ['u8', 0, 0xff],
  ['u16', 0, 0xffff],
  ['u32', 0, 0xffff_ffff],
  ['i8', -0x80, 0x7f],
  ['i16', -0x8000, 0x7fff],
  ['i32', -0x8000_0000, 0x7fff_ffff],
];

function narrowest(name: ColumnName, column: readonly number[]): ColumnType {
  let min = 0;
  let max = 0;
  for (const v of column) {
    if (!Number.isInteger(v)) throw new RangeError(`${name} holds ${v}, not a whole number`);
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const fit = LIMITS.find(([, lo, hi]) => lo <= min && max <= hi);
  if (!fit) throw new RangeError(`${name} holds numbers from ${min} to ${max}, more than 32 bits`);
  return fit[0];
}

function uint32(n: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n, true);
  return bytes;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
