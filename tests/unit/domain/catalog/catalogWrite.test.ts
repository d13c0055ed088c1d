// @vitest-environment node
import type { CatalogFile, CatalogHeader } from '../../../../src/domain/catalog/format';
import { writeCatalog } from '../../../../src/domain/catalog/write';
import { NINE_COLUMN_CATALOG } from '../../../catalogFixture';

const FILE = NINE_COLUMN_CATALOG;

function written(change: (file: CatalogFile) => void = () => undefined) {
  const file = structuredClone(FILE);
  change(file);
  const bytes = writeCatalog(file);
  const length = new DataView(bytes.buffer).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as CatalogHeader;
  return { bytes, length, header };
}

describe('writeCatalog', () => {
  it('names the file, then gives its header length and its header', () => {
    const { bytes, header } = written();
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('TOP10CAT');
    expect(header).toEqual({
      format: 'top10-catalog',
      version: 2,
      source: FILE.source,
      units: FILE.units,
      titles: 3,
      rows: 4,
      strings: 5,
      // "~-s1\0~\0~-s1\0" is 12 bytes, the five strings 53.
      textBytes: 65,
      // Every text is ASCII.
      asciiBytes: 65,
      meta: FILE.meta,
      columns: {
        'titles.show': 'u8',
        'titles.season': 'i8',
        'titles.category': 'u8',
        'titles.rows': 'u8',
        'rows.week': 'u8',
        'rows.rank': 'u8',
        'rows.hours': 'u16',
        'rows.runtime': 'u32',
        'rows.views': 'u16',
        'rows.cumulative': 'u8',
      },
    });
  });

  it('lays the text and each column on a multiple of 4 bytes: blanks as 0, figures as value + 1', () => {
    const { bytes, length } = written();
    const textAt = (12 + length + 3) & ~3;
    expect(new TextDecoder().decode(bytes.subarray(textAt, textAt + 65))).toBe(
      '~-s1\0~\0~-s1\0Squid Game\0Season 1\0Leo\0Castaway Diva\0Limited Series\0',
    );
    // Four title columns of 3 bytes (each padded to 4), then week and rank (4 bytes), hours (8): runtime follows.
    const runtimeAt = ((textAt + 65 + 3) & ~3) + 4 * 4 + 4 + 4 + 8;
    expect(Array.from(new Uint32Array(bytes.buffer, runtimeAt, 4))).toEqual([0, 83_168, 17_834, 0]);
    expect(Array.from(new Uint16Array(bytes.buffer, runtimeAt + 16, 4))).toEqual([0, 17, 347, 17]);
    expect(bytes.length).toBe(runtimeAt + 16 + 8 + 4);
  });

  it.each<[number[], string]>([
    [[0, 255], 'u8'],
    [[0, 256], 'u16'],
    [[0, 65_535], 'u16'],
    [[0, 65_536], 'u32'],
    [[0, 2 ** 32 - 1], 'u32'],
    [[-1, 127], 'i8'],
    [[-128, 0], 'i8'],
    [[-1, 128], 'i16'],
    [[-129, 0], 'i16'],
    [[-32_768, 32_767], 'i16'],
    [[-32_769, 0], 'i32'],
    [[-(2 ** 31), 2 ** 31 - 1], 'i32'],
  ])('stores %j in the narrowest array: %s', (values, type) => {
    const { header } = written((f) => (f.rows.hours = values));
    expect(header.columns['rows.hours']).toBe(type);
  });

  it('marks where the ASCII texts end: after the last one before a text that is not', () => {
    const { header } = written((f) => {
      f.strings[3] = 'Café';
      f.strings[4] = 'Limited Series';
    });
    // "~-s1\0~\0~-s1\0" 12 bytes, "Squid Game\0Season 1\0Leo\0" 24; "Café" is 5 bytes.
    expect([header.asciiBytes, header.textBytes]).toEqual([36, 36 + 6 + 15]);
  });

  it('writes the launch columns only where the file has them, blanks as 0', () => {
    const { bytes, header } = written((f) => (f.rows.staggered = [null, 1, 0, null]));
    expect(header.columns['rows.staggered']).toBe('u8');
    expect(Object.keys(header.columns)).not.toContain('rows.launch');
    expect(Array.from(bytes.subarray(bytes.length - 4))).toEqual([0, 2, 1, 0]);
  });

  it.each<[string, (f: CatalogFile) => void, string]>([
    ['a fraction', (f) => (f.rows.hours[0] = 1.5), 'rows.hours holds 1.5, not a whole number'],
    ['more than 32 bits', (f) => (f.rows.hours[0] = 2 ** 32), 'rows.hours holds numbers from 0 to 4294967296, more than 32 bits'],
    [
      'a signed number past 32 bits',
      (f) => (f.rows.cumulative[0] = -(2 ** 31) - 1),
      'rows.cumulative holds numbers from -2147483649 to 19, more than 32 bits',
    ],
    ['U+0000 in a string', (f) => (f.strings[2] = 'Le\0o'), 'a catalog text cannot hold U+0000: "Le\\u0000o"'],
  ])('refuses %s', (_what, change, message) => {
    expect(() => written(change)).toThrow(new RangeError(message));
  });
});
