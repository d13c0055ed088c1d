// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { applyCurated } from '../../../../src/domain/catalog/curated';
import { decodeCatalog } from '../../../../src/domain/catalog/decode';
import { catalogFile } from '../../../../src/domain/catalog/encode';
import type { CatalogFile, CatalogHeader } from '../../../../src/domain/catalog/format';
import { writeCatalog } from '../../../../src/domain/catalog/write';
import { groupTitles, parseNetflixFile } from '../../../../src/domain/netflixFile';
import type { Dataset } from '../../../../src/domain/types';

const text = readFileSync(resolve(process.cwd(), 'tests/fixtures/netflix/global-9col.tsv'), 'utf8');
const parsed = parseNetflixFile(text);
if (!parsed.ok) throw new Error(parsed.reason);
const { rows, firstWeek, lastWeek } = parsed.data;
const DATASET: Dataset = { source: { file: 'x.tsv', firstWeek, lastWeek }, titles: applyCurated(groupTitles(rows)) };
const GOOD = writeCatalog(catalogFile(DATASET));
const utf8 = (s: string) => new TextEncoder().encode(s);
const padded = (n: number) => (n + 3) & ~3;
const HEADER_BYTES = new DataView(GOOD.buffer).getUint32(8, true);

/** The good file with one change made before it is written. */
function damaged(change: (file: CatalogFile) => void): Uint8Array {
  const file = catalogFile(DATASET);
  change(file);
  return writeCatalog(file);
}

/** The good file with its JSON header changed, the columns after it left as they were. */
function withHeader(change: (header: Record<string, unknown>) => void): Uint8Array {
  const header = JSON.parse(new TextDecoder().decode(GOOD.subarray(12, 12 + HEADER_BYTES))) as Record<string, unknown>;
  change(header);
  const json = utf8(JSON.stringify(header));
  const rest = GOOD.subarray(padded(12 + HEADER_BYTES));
  const out = new Uint8Array(padded(12 + json.length) + rest.length);
  out.set(GOOD.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(rest, padded(12 + json.length));
  return out;
}

/** The good file with the byte at `at` set to `value`. */
function withByte(at: number, value: number): Uint8Array {
  const out = GOOD.slice();
  out[at] = value;
  return out;
}

const textAt = padded(12 + HEADER_BYTES);

function reason(catalog: Uint8Array): string {
  const result = decodeCatalog(catalog);
  return result.ok ? '(decoded without error)' : result.reason;
}

describe('decodeCatalog refuses a damaged file with a reason', () => {
  it.each<[string, Uint8Array, string]>([
    [
      'cut short',
      GOOD.slice(0, GOOD.length - 100),
      `it is ${GOOD.length - 100} bytes where its header describes ${GOOD.length} (the download may have been cut short)`,
    ],
    [
      'cut short by one byte',
      GOOD.slice(0, -1),
      `it is ${GOOD.length - 1} bytes where its header describes ${GOOD.length} (the download may have been cut short)`,
    ],
    [
      'with bytes after its end',
      new Uint8Array([...GOOD, 0, 0, 0, 0]),
      `it is ${GOOD.length + 4} bytes where its header describes ${GOOD.length}`,
    ],
    [
      'cut short inside its header',
      GOOD.slice(0, 40),
      `it is 40 bytes where its header describes ${12 + HEADER_BYTES} (the download may have been cut short)`,
    ],
    ['cut short after the name', GOOD.slice(0, 10), 'it is 10 bytes where its header describes 12 (the download may have been cut short)'],
    ['empty', new Uint8Array(0), 'it is not a title catalog (it is empty)'],
    ['an HTML error page', utf8('<!doctype html><title>404</title>'), 'it is not a title catalog (it begins "<!doctype html><title>40"…)'],
    [
      'the seed dataset instead',
      utf8('{"source":{},"titles":[]}'),
      'it is not a title catalog (it begins "{\\"source\\":{},\\"titles\\":[]"…)',
    ],
    ['the 4 bytes null', utf8('null'), 'it is not a title catalog (it begins "null")'],
    ['a header that is no JSON', withByte(12, 0x5b), 'its header is not valid JSON (the download may have been cut short)'],
    [
      'a header that is no object',
      withHeader((h) => Object.assign(h, { format: 'other' })),
      'it is not a title catalog (format got "other")',
    ],
    ['a later version', withHeader((h) => (h.version = 3)), 'it is catalog version 3; this app reads version 2'],
    ['a header without its columns', withHeader((h) => delete h.columns), 'columns is not an object (missing)'],
    [
      'a column of floats',
      withHeader((h) => ((h.columns as CatalogHeader['columns'])['rows.hours'] = 'f64' as never)),
      'columns.rows.hours is not one of u8, u16, u32, i8, i16, i32 (got "f64")',
    ],
    [
      'a required column missing',
      withHeader((h) => delete (h.columns as CatalogHeader['columns'])['rows.rank']),
      'columns.rows.rank is missing',
    ],
    [
      'a column this app does not know',
      withHeader((h) => ((h.columns as Record<string, string>)['rows.extra'] = 'u8')),
      'columns names "rows.extra", which this app does not read',
    ],
    ['text that is not UTF-8', withByte(textAt, 0xff), 'its text is not valid UTF-8'],
    ['an ASCII part that ends inside a text', withHeader((h) => (h.asciiBytes = 3)), 'asciiBytes (3) does not end one of the texts'],
    ['an ASCII part longer than the text', withHeader((h) => (h.asciiBytes = 1_000)), 'asciiBytes (1000) does not end one of the texts'],
    [
      'one string more than the text holds',
      withHeader((h) => (h.strings = (h.strings as number) + 1)),
      'its text holds 8 entries where 9 were expected',
    ],
    ['a rank of 11', damaged((f) => (f.rows.rank[0] = 11)), 'rows.rank[0] is not a whole number in range (got 11)'],
    ['a string index past the table', damaged((f) => (f.titles.show[0] = 999)), 'titles.show[0] is not a string index below 5 (got 999)'],
    ['a week past the file', damaged((f) => (f.rows.week[0] = 9999)), 'rows.week[0] is not a whole number in range (got 9999)'],
    ['a bad id', damaged((f) => (f.titles.id[0] = 'Squid Game')), 'titles.id[0] "Squid Game" is not a title id like squid-game-s1'],
    ['a repeated id', damaged((f) => (f.titles.id[1] = 'squid-game-s1')), 'titles.id[1] "squid-game-s1" appears twice'],
    ['an empty string', damaged((f) => (f.strings[1] = '')), 'strings[1] is empty'],
    [
      'a bad source date',
      withHeader((h) => ((h.source as Dataset['source']).lastWeek = '2023-13-01')),
      'source.lastWeek is not a date like 2021-09-19 (got "2023-13-01")',
    ],
  ])('%s', (_name, catalog, expected) => {
    expect(reason(catalog)).toBe(expected);
  });

  it('reads the file wherever its bytes start in memory (Node hands out views into a shared buffer)', () => {
    const shared = new Uint8Array(GOOD.length + 1);
    shared.set(GOOD, 1);
    const result = decodeCatalog(shared.subarray(1));
    expect(result.ok && result.data).toEqual(DATASET);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(typeof decodeCatalog(bytes).ok).toBe('boolean');
      }),
    );
  });

  it('never throws, whatever byte of a good file is changed', () => {
    fc.assert(
      fc.property(fc.nat(GOOD.length - 1), fc.integer({ min: 0, max: 255 }), (at, value) => {
        expect(typeof decodeCatalog(withByte(at, value)).ok).toBe('boolean');
      }),
    );
  });
});
