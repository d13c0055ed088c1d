// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../../../src/domain/import/bytes';
import { parseImport } from '../../../../src/domain/import/parseImport';
import { pickSheet, sheetToTsv, type Cell } from '../../../../src/domain/import/xlsx';

const NOT_TEXT = "It is not Netflix's tab-separated text: load all-weeks-global.tsv or .xlsx as downloaded from Netflix's Top 10 site.";
const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const reason = (b: Uint8Array) => {
  const sniffed = sniffBytes(b);
  return sniffed.ok ? sniffed.data : sniffed.reason;
};

describe('sniffBytes: a file known by its first bytes', () => {
  it.each<[string, Uint8Array]>([
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe1)],
    ['a GIF image', ascii('GIF89a')],
    ['a PDF document', ascii('%PDF-1.4')],
    ['a WebP image', ascii('RIFF....WEBP')],
    ['a gzip archive', bytes(0x1f, 0x8b, 0x08, 0x00)],
    ['an old Excel (.xls) or Word file', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1)],
  ])('%s', (name, b) => {
    expect(reason(b)).toBe(`This is ${name}, not a Netflix file. ${NOT_TEXT}`);
  });

  it.each<[string, Uint8Array]>([
    ['little-endian', bytes(0xff, 0xfe, 0x77, 0x00)],
    ['big-endian', bytes(0xfe, 0xff, 0x00, 0x77)],
  ])('UTF-16, %s', (_order, b) => {
    expect(reason(b)).toBe('This text is saved as UTF-16; save it as UTF-8 (as Netflix publishes it) and load it again.');
  });

  it.each<[string, Uint8Array, unknown]>([
    ['a zip: an .xlsx workbook', bytes(0x50, 0x4b, 0x03, 0x04), { kind: 'xlsx' }],
    ['the first three bytes of a zip only', ascii('PK\u0003week'), { kind: 'text', text: 'PK\u0003week' }],
    // Not a PNG: then its 0x89 is a stray byte, and the text check refuses it.
    [
      'a PNG signature cut short',
      bytes(0x89, 0x50, 0x4e, 0x41),
      'This file is not UTF-8 text: it may be binary, or saved in another encoding. ' + NOT_TEXT,
    ],
    [
      'one byte of a UTF-16 mark',
      bytes(0xfe, 0x41),
      'This file is not UTF-8 text: it may be binary, or saved in another encoding. ' + NOT_TEXT,
    ],
    ['UTF-8 text', ascii('week\tcategory'), { kind: 'text', text: 'week\tcategory' }],
    ['UTF-8 with an accent', bytes(0x43, 0x61, 0x66, 0xc3, 0xa9), { kind: 'text', text: 'Café' }],
  ])('%s', (_what, b, expected) => {
    const sniffed = sniffBytes(b);
    if (typeof expected === 'string') expect(sniffed).toEqual({ ok: false, reason: expected });
    else if (sniffed.ok) expect(sniffed.data).toEqual(expected);
    else expect(sniffed.reason).toBe('(a text, not refused)');
  });

  it('refuses an empty file before reading it as text', () => {
    expect(reason(new Uint8Array())).toBe("The file is empty. Download all-weeks-global.tsv again from Netflix's Top 10 site.");
  });

  it('looks for NUL in the first 64 kB only', () => {
    const early = new Uint8Array(70_000).fill(0x41);
    early[65_535] = 0;
    expect(reason(early)).toBe(`This is a binary file (it holds NUL bytes). ${NOT_TEXT}`);
    const late = new Uint8Array(70_000).fill(0x41);
    late[65_536] = 0;
    expect(reason(late)).toMatchObject({ kind: 'text' });
  });
});

describe('half a UTF-16 mark is no UTF-16', () => {
  it.each<[string, Uint8Array]>([
    ['0xFF then a letter', bytes(0xff, 0x41)],
    ['a letter then 0xFE', bytes(0x41, 0xfe)],
    ['a letter then 0xFF', bytes(0x41, 0xff)],
  ])('%s', (_what, b) => {
    expect(reason(b)).toBe(`This file is not UTF-8 text: it may be binary, or saved in another encoding. ${NOT_TEXT}`);
  });
});

describe('parseImport: rows that cannot be read', () => {
  const H7 = 'week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\tcumulative_weeks_in_top_10';
  // Squid Game S1's first row in all-weeks-global.tsv, with its hours cell replaced.
  const row = (hours: string) => `2021-09-19\tTV (Non-English)\t1\tSquid Game\tSquid Game: Season 1\t${hours}\t1`;
  const reasonOf = (text: string) => {
    const parsed = parseImport(text);
    return parsed.ok ? '(parsed)' : parsed.reason;
  };

  it('names all three when three are bad, with no "more"', () => {
    expect(reasonOf([H7, row('a'), row('b'), row('c'), row('63190000')].join('\n'))).toBe(
      '3 of 4 rows cannot be read, so nothing was loaded. ' +
        'Line 2: weekly_hours_viewed "a" is not a number. Line 3: weekly_hours_viewed "b" is not a number. ' +
        'Line 4: weekly_hours_viewed "c" is not a number.',
    );
  });

  it('a quoted field never closed is refused with the line it starts on', () => {
    expect(reasonOf([H7, row('63190000'), row('"63190000')].join('\n'))).toBe('Line 3: a quoted field is never closed.');
  });

  it('a header without rows is refused for that, not for its rows', () => {
    expect(reasonOf(H7)).toBe('The file has a header but no rows.');
  });
});

describe('pickSheet and sheetToTsv', () => {
  it('says so when a workbook has no sheets', () => {
    expect(pickSheet([])).toEqual({ ok: false, reason: 'The workbook has no sheets.' });
  });

  it('prefers the sheet named Top 10, in any case, over the first', () => {
    const picked = pickSheet([
      { sheet: 'Sheet1', data: [] },
      { sheet: 'TOP 10', data: [['week']] },
    ]);
    expect(picked.ok && picked.data.sheet).toBe('TOP 10');
  });

  it.each<[string, Cell, string]>([
    ['a date as ISO', new Date('2021-09-19T00:00:00Z'), '2021-09-19'],
    ['a date that is no date', new Date('not a date'), ''],
    ['true', true, 'True'],
    ['false', false, 'False'],
    ['a number', 8.3167, '8.3167'],
    ['zero', 0, '0'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['text with a tab', 'a\tb', '"a\tb"'],
    ['text with a line break', 'a\nb', '"a\nb"'],
    ['text with a carriage return', 'a\rb', '"a\rb"'],
    ['text with quotes', 'say "hi"', '"say ""hi"""'],
    ['plain text', 'Squid Game', 'Squid Game'],
  ])('writes %s as the .tsv would', (_what, cell, text) => {
    expect(sheetToTsv({ sheet: 'Top 10', data: [['x', cell]] })).toBe(`x\t${text}`);
  });

  it('one line per row, none after the last', () => {
    expect(sheetToTsv({ sheet: 'Top 10', data: [['week'], ['2021-09-19'], []] })).toBe('week\n2021-09-19\n');
  });
});
