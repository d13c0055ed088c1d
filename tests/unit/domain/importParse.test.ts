// @vitest-environment node
import { readFileSync } from 'node:fs';
import { sniffBytes } from '../../../src/domain/import/bytes';
import { fileSizeProblem, MAX_FILE_BYTES } from '../../../src/domain/import/limits';
import { parseImport } from '../../../src/domain/import/parseImport';
import type { ImportedFile } from '../../../src/domain/import/types';

const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/netflix/${name}`, import.meta.url)));

/** The whole browser path up to parsing: bytes sniffed, then text parsed. */
function importReason(bytes: Uint8Array): string {
  const sniffed = sniffBytes(bytes);
  if (!sniffed.ok) return sniffed.reason;
  if (sniffed.data.kind === 'xlsx') return '(a workbook)';
  const parsed = parseImport(sniffed.data.text);
  return parsed.ok ? '(parsed without error)' : parsed.reason;
}

function imported(name: string): ImportedFile {
  const sniffed = sniffBytes(bytesOf(name));
  if (!sniffed.ok || sniffed.data.kind !== 'text') throw new Error(`${name} is not text`);
  const parsed = parseImport(sniffed.data.text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

describe('import: bad files are refused with a message naming the problem', () => {
  it.each([
    ['an empty file', 'empty.tsv', 'The file is empty.'],
    ['a PNG renamed .tsv', 'image.png.tsv', 'This is a PNG image, not a Netflix file.'],
    [
      'a TSV with other columns',
      'other-columns.tsv',
      "Missing columns: week, category, weekly_rank, show_title, season_title, weekly_hours_viewed, cumulative_weeks_in_top_10. Is this Netflix's all-weeks-global.tsv?",
    ],
    ['all-weeks-countries.tsv', 'countries-head.tsv', "This is Netflix's per-country file (ranks only, no hours)"],
    ['most-popular.tsv', 'most-popular-head.tsv', "This is Netflix's most-popular.tsv"],
    ['an HTML page saved as .tsv', 'moved-permanently.tsv', 'This is a web page ("301 Moved Permanently")'],
    ['the 4 bytes null', 'null.tsv', 'The file holds only the word "null"'],
  ])('%s', (_what, name, expected) => {
    expect(importReason(bytesOf(name))).toContain(expected);
  });

  it.each([
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'This is a JPEG image'],
    ['a PDF', Array.from('%PDF-1.7', (c) => c.charCodeAt(0)), 'This is a PDF document'],
    [
      'text with a NUL byte',
      Array.from('week\tcategory', (c) => c.charCodeAt(0)).concat([0, 0x41]),
      'This is a binary file (it holds NUL bytes).',
    ],
    ['Latin-1 bytes (é as 0xE9)', [0x43, 0x61, 0x66, 0xe9, 0x0a], 'This file is not UTF-8 text'],
    ['UTF-16 text', [0xff, 0xfe, 0x77, 0x00], 'saved as UTF-16'],
  ])('refuses %s', (_what, bytes, expected) => {
    expect(importReason(Uint8Array.from(bytes))).toContain(expected);
  });

  it('takes a zip (an .xlsx) as a workbook, not as text', () => {
    expect(sniffBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toEqual({ ok: true, data: { kind: 'xlsx' } });
  });

  it('counts every unreadable row, names the first three, and loads none', () => {
    // bad-rows.tsv: 7 data rows (file lines 2..8); lines 3, 4, 6, 7 and 8 are bad.
    expect(importReason(bytesOf('bad-rows.tsv'))).toBe(
      '5 of 7 rows cannot be read, so nothing was loaded. ' +
        'Line 3: weekly_hours_viewed "n/a" is not a number. ' +
        'Line 4: week "2022-02-30" is not a date like 2021-07-04. ' +
        'Line 6: weekly_hours_viewed "1,234" is not a number. And 2 more.',
    );
  });

  it('names the one bad row of a file with one', () => {
    expect(importReason(bytesOf('bad-number.tsv'))).toContain('2 of 3 rows cannot be read');
  });

  it.each([
    [0, 'The file is empty.'],
    [MAX_FILE_BYTES + 1, 'The file is 50 MB; Netflix\u2019s weekly file is under 1 MB'.replace('\u2019', "'")],
    [3.2e9, 'The file is 3,051.8 MB'],
  ])('refuses a file of %i bytes by its size alone', (bytes, expected) => {
    expect(fileSizeProblem(bytes)).toContain(expected);
  });

  it('accepts a file of exactly the limit', () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
  });
});

describe('import: every layout Netflix has published', () => {
  it.each([
    ['global-7col.tsv', 7, 3],
    ['global-9col.tsv', 9, 4],
    ['global-11col.tsv', 11, 3],
    ['global-12col.tsv', 12, 2],
    ['global-12col-staggered.tsv', 12, 3],
  ])('%s reads as layout %i with %i rows', (name, layout, rows) => {
    const file = imported(name);
    expect(file.layout).toBe(layout);
    expect(file.rows).toHaveLength(rows);
  });

  it('reads the 11-column quoted JSON of episode_launch_details into launch facts', () => {
    expect(imported('global-11col.tsv').rows.map((r) => r.launch)).toEqual([
      {
        staggered: true,
        episodes: [
          { episodes: '1-5', launchDate: '2023-11-22' },
          { episodes: '6-9', launchDate: '2023-11-29' },
        ],
        raw: '[{"episodes":"1-5",\t"launch_date":"2023-11-22"},{"episodes":"6-9","launch_date":"2023-11-29"}]',
      },
      { staggered: false, episodes: [], raw: null },
      { staggered: false, episodes: [], raw: null },
    ]);
  });

  it('reads the 12-column episode_launch_dtls under its own key names', () => {
    expect(imported('global-12col-staggered.tsv').rows[0]?.launch).toMatchObject({
      staggered: true,
      episodes: [
        { episodes: '1-4', launchDate: '2025-11-05' },
        { episodes: '5-8', launchDate: '2025-11-12' },
      ],
    });
  });

  it('leaves launch facts off the 7- and 9-column layouts: unknown, not "all at once"', () => {
    expect(imported('global-9col.tsv').rows.some((r) => 'launch' in r)).toBe(false);
  });

  it('keeps launch details that are not JSON as written', () => {
    const text = new TextDecoder()
      .decode(bytesOf('global-12col-staggered.tsv'))
      .replace(/"\[\{.*?\}\]"\n2025-11-09/, 'weekly from Nov 5\n2025-11-09');
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.data.rows[0]?.launch).toEqual({ staggered: true, episodes: [], raw: 'weekly from Nov 5' });
  });

  it('reads blanks as missing and N/A as the season of a film', () => {
    const [, , , squid2021] = imported('global-9col.tsv').rows;
    expect(squid2021).toMatchObject({ runtime: null, views: null });
    expect(imported('global-7col.tsv').rows[2]).toMatchObject({ showTitle: 'Kate', seasonTitle: null });
  });
});
