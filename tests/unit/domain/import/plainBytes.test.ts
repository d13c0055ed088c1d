// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { sniffBytes } from '../../../../src/domain/import/bytes';
import { parseImport } from '../../../../src/domain/import/parseImport';
import { readPlainBytes } from '../../../../src/domain/import/plainBytes';
import type { ImportedFile, ImportRow } from '../../../../src/domain/import/types';
import { LEO_ROW } from '../../../importRows';
import { HAVE_NETFLIX_TSV, NETFLIX_TSV, NINE_COLUMN_HEADER, warnIfAbsent } from '../../../netflixTsv';

const H9 = NINE_COLUMN_HEADER.join('\t');
const H7 = 'week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\tcumulative_weeks_in_top_10';
const bytes = (text: string) => new TextEncoder().encode(text);

/** What the worker got before this reader: the bytes sniffed, decoded and parsed as text. */
function viaText(file: Uint8Array): ImportedFile | string {
  const sniffed = sniffBytes(file);
  if (!sniffed.ok) return sniffed.reason;
  if (sniffed.data.kind !== 'text') return 'a workbook';
  const parsed = parseImport(sniffed.data.text);
  return parsed.ok ? parsed.data : parsed.reason;
}

const row = (cells: Partial<Record<'week' | 'category' | 'rank' | 'show' | 'season' | 'hours' | 'runtime' | 'views' | 'weeks', string>>) =>
  [
    cells.week ?? '2023-11-26',
    cells.category ?? 'Films (English)',
    cells.rank ?? '1',
    cells.show ?? 'Leo',
    cells.season ?? 'N/A',
    cells.hours ?? '61700000',
    cells.runtime ?? '1.7833',
    cells.views ?? '34600000',
    cells.weeks ?? '1',
  ].join('\t');

const LEO: ImportRow = {
  ...LEO_ROW,
  isStaggeredLaunch: null,
  episodeLaunchDetails: null,
  runtimeOverride: null,
};

/** Squid Game: Season 1, its first week (2021-09-19: #1, 63,190,000 hours), from a layout without runtime and views. */
const SG_WEEK_1_ROW: ImportRow = {
  ...LEO,
  week: '2021-09-19',
  category: 'TV (Non-English)',
  showTitle: 'Squid Game',
  seasonTitle: 'Squid Game: Season 1',
  hours: 63_190_000,
  runtime: null,
  views: null,
};

describe('readPlainBytes: Netflix’s file read from its bytes', () => {
  it('reads the rows readRow would, field for field', () => {
    const file = [
      H9,
      row({}),
      row({
        category: 'TV (Non-English)',
        rank: '6',
        show: 'Squid Game',
        season: 'Squid Game: Season 1',
        hours: '13300000',
        runtime: '8.3167',
        views: '1600000',
        weeks: '21',
      }),
      row({
        week: '2021-09-19',
        category: 'TV (Non-English)',
        show: 'Squid Game',
        season: 'Squid Game: Season 1',
        hours: '63190000',
        runtime: '',
        views: '',
      }),
    ].join('\n');
    expect(readPlainBytes(bytes(file))).toEqual({
      layout: 9,
      rows: [
        LEO,
        {
          ...LEO,
          category: 'TV (Non-English)',
          rank: 6,
          showTitle: 'Squid Game',
          seasonTitle: 'Squid Game: Season 1',
          hours: 13_300_000,
          runtime: 8.3167,
          views: 1_600_000,
          cumulativeWeeks: 21,
        },
        SG_WEEK_1_ROW,
      ],
      firstWeek: '2021-09-19',
      lastWeek: '2023-11-26',
    });
  });

  it('reads the 7-column layout: no runtime and no views', () => {
    const file = `${H7}\n2021-09-19\tTV (Non-English)\t1\tSquid Game\tSquid Game: Season 1\t63190000\t1\n`;
    expect(readPlainBytes(bytes(file))?.rows).toEqual([SG_WEEK_1_ROW]);
  });

  it.each<[string, Parameters<typeof row>[0], Partial<ImportRow>]>([
    ['a blank season as none', { season: '' }, { seasonTitle: null }],
    ['a season of spaces and N/A as none', { season: ' N/A ' }, { seasonTitle: null }],
    ['a season as written, spaces and all', { season: 'Leo: Part 2 ' }, { seasonTitle: 'Leo: Part 2 ' }],
    ['a runtime of 0 as published', { runtime: '0' }, { runtime: 0 }],
    ['blank hours, views and weeks as missing', { hours: '', views: '', weeks: '' }, { hours: null, views: null, cumulativeWeeks: null }],
    ['leading zeros and a decimal ending in 0', { rank: '01', hours: '0012', runtime: '1.50' }, { rank: 1, hours: 12, runtime: 1.5 }],
    [
      '15 digits exactly',
      { hours: '123456789012345', runtime: '1234567.89012345' },
      { hours: 123_456_789_012_345, runtime: 1_234_567.890_123_45 },
    ],
    ['a title in UTF-8', { show: 'Café Müller 東京' }, { showTitle: 'Café Müller 東京' }],
    ['a title starting with U+FEFF, kept', { show: '\uFEFFLeo' }, { showTitle: '\uFEFFLeo' }],
  ])('reads %s', (_what, cells, expected) => {
    const file = bytes(`${H9}\n${row(cells)}\n`);
    const rows = readPlainBytes(file)?.rows;
    expect(rows).toEqual([{ ...LEO, ...expected }]);
    expect(rows).toEqual((viaText(file) as ImportedFile).rows);
  });

  it('finds columns by name in any order, and skips blank lines', () => {
    const order = [8, 0, 3, 1, 2, 4, 7, 5, 6];
    const pick = (line: string) => order.map((i) => line.split('\t')[i]).join('\t');
    const file = bytes(`${pick(H9)}\n\n${pick(row({}))}\n\n${pick(row({ rank: '2', show: 'Nyad' }))}`);
    expect(readPlainBytes(file)?.rows).toEqual([LEO, { ...LEO, rank: 2, showTitle: 'Nyad' }]);
  });

  // Each of these is left to the text reader, which reads it or says what is wrong with it.
  it.each<[string, string | Uint8Array]>([
    ['an empty file', ''],
    ['a header and no rows', `${H9}\n`],
    ['a quote anywhere', `${H9}\n${row({ show: 'The "Leo"' })}`],
    ['lines ending in CR LF', `${H9}\r\n${row({})}\r\n`],
    ['a byte order mark', `\uFEFF${H9}\n${row({})}`],
    ['a blank line before the header', `\n${H9}\n${row({})}`],
    ['a web page', '<html><title>301 Moved Permanently</title></html>'],
    ['the 4 bytes null', 'null'],
    ['the 11-column layout', `${H9}\tis_staggered_launch\tepisode_launch_details\n${row({})}\tFalse\t`],
    ['a column no row is read from', `${H9}\tnotes\n${row({})}\tsee below`],
    ['the per-country file', 'country_name\tcountry_iso2\tweek\tcategory\n'],
    ['a category with a space after it', `${H9}\n${row({ category: 'Films (English) ' })}`],
    ['a category in other case', `${H9}\n${row({ category: 'films (english)' })}`],
    ['hours with a space before them', `${H9}\n${row({ hours: ' 5' })}`],
    ['hours with a thousands comma', `${H9}\n${row({ hours: '1,234' })}`],
    ['a decimal with no digits after the dot', `${H9}\n${row({ runtime: '1.' })}`],
    ['a decimal with no digits before the dot', `${H9}\n${row({ runtime: '.5' })}`],
    ['a decimal in a whole-number column', `${H9}\n${row({ views: '1.5' })}`],
    ['16 digits', `${H9}\n${row({ hours: '1234567890123456' })}`],
    ['rank 11', `${H9}\n${row({ rank: '11' })}`],
    ['a blank rank', `${H9}\n${row({ rank: '' })}`],
    ['a week count of 0', `${H9}\n${row({ weeks: '0' })}`],
    ['a Saturday', `${H9}\n${row({ week: '2023-11-25' })}`],
    ['a day that does not exist', `${H9}\n${row({ week: '2022-02-30' })}`],
    ['a week with a space after it', `${H9}\n${row({ week: '2023-11-26 ' })}`],
    ['a blank show title', `${H9}\n${row({ show: '  ' })}`],
    ['the header again', `${H9}\n${row({})}\n${H9}`],
    ['a row with a cell too many', `${H9}\n${row({})}\t1`],
    ['a row with a cell too few', `${H9}\n${row({}).split('\t').slice(1).join('\t')}`],
    ['one week, list and rank twice', `${H9}\n${row({})}\n${row({ show: 'Nyad' })}`],
    ['a NUL byte', `${H9}\n${row({ show: 'Le\u0000o' })}`],
    ['a title in Latin-1', Uint8Array.from(`${H9}\n${row({ show: 'Café' })}`, (ch) => ch.charCodeAt(0))],
  ])('leaves %s to the text reader', (_what, file) => {
    expect(readPlainBytes(typeof file === 'string' ? bytes(file) : file)).toBeNull();
  });

  it('gives what the text reader gives, or leaves the file to it (any file made of tricky cells)', () => {
    const cell = (values: string[]) => fc.constantFrom(...values);
    const line = fc
      .tuple(
        cell(['2023-11-26', '2023-11-19', '2023-11-25', ' 2023-11-26', 'week']),
        cell(['Films (English)', 'TV (Non-English)', 'TV (English) ', 'films']),
        cell(['1', '2', '10', '01', '11', '', ' 3']),
        cell(['Leo', 'Café', '  ', '\uFEFFX', 'a\u00a0', 'N/A']),
        cell(['N/A', '', ' N/A', 'Leo: Season 1', 'Leo: Season 1 ', 'É']),
        cell(['61700000', '1.5', '', '1,234', '1.', '.5', '0', '00123']),
        cell(['1.7833', '0', '', ' 2', '12345678901234567']),
        cell(['34600000', '', '1.5', 'x']),
        cell(['1', '0', '', '21']),
      )
      .map((cells) => cells.join('\t'));
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constant('')), { maxLength: 6 }), fc.boolean(), (lines, newline) => {
        const file = bytes(`${H9}\n${lines.join('\n')}${newline ? '\n' : ''}`);
        const plain = readPlainBytes(file);
        if (plain !== null) expect(plain).toEqual(viaText(file));
      }),
      { numRuns: 400 },
    );
  });

  it('reads every plain file the text reader reads (cells as Netflix writes them)', () => {
    const line = fc
      .tuple(
        fc.constantFrom('2023-11-26', '2023-11-19', '2021-07-04'),
        fc.constantFrom('Films (English)', 'Films (Non-English)', 'TV (English)', 'TV (Non-English)'),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('Leo', 'Café', 'Squid Game', 'Nyad'),
        fc.constantFrom('N/A', '', 'Squid Game: Season 1'),
        fc.constantFrom('61700000', '1.5', ''),
        fc.constantFrom('1.7833', '0', ''),
        fc.constantFrom('34600000', ''),
        fc.constantFrom('1', '21', ''),
      )
      .map((cells) => cells.join('\t'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const file = bytes(`${H9}\n${lines.join('\n')}\n`);
        const text = viaText(file);
        // Two rows in one week, list and rank: the text reader refuses the file, and so this leaves it.
        if (typeof text === 'string') expect(text).toContain('already has a rank');
        else expect(readPlainBytes(file)).toEqual(text);
      }),
      { numRuns: 300 },
    );
  });

  const fixtures = readdirSync(new URL('../../../fixtures/netflix/', import.meta.url)).filter((f) => f.endsWith('.tsv'));
  it.each(fixtures)('agrees with the text reader on the fixture %s', (name) => {
    const file = new Uint8Array(readFileSync(new URL(`../../../fixtures/netflix/${name}`, import.meta.url)));
    const plain = readPlainBytes(file);
    if (plain !== null) expect(plain).toEqual(viaText(file));
    // The published layouts without launch columns are read here; the rest are left.
    expect(plain !== null).toBe(['global-7col.tsv', 'global-9col.tsv', 'merge-newer.tsv', 'merge-older.tsv'].includes(name));
  });

  warnIfAbsent('readPlainBytes on Netflix’s file');
  it.skipIf(!HAVE_NETFLIX_TSV)('reads Netflix’s real file exactly as the text reader does', () => {
    const file = new Uint8Array(readFileSync(NETFLIX_TSV));
    const plain = readPlainBytes(file);
    expect(plain?.rows).toHaveLength(10_560);
    expect(plain).toEqual(viaText(file));
  });
});
