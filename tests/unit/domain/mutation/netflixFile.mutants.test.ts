// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { groupTitles, parseNetflixFile, recogniseBrokenDownload } from '../../../../src/domain/netflixFile';
import { readTsv } from '../../../../src/domain/tsv';
import type { NetflixRow } from '../../../../src/domain/types';

const AGAIN = "Download all-weeks-global.tsv again from Netflix's Top 10 site.";
const H9 = 'week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\tcumulative_weeks_in_top_10';
const H12 = `${H9}\tis_staggered_launch\truntime_override_flag\tepisode_launch_dtls`;
// Squid Game S1's first row in all-weeks-global.tsv: 2021-09-19, #1, 63,190,000 hours, week 1.
const SQUID = ['2021-09-19', 'TV (Non-English)', '1', 'Squid Game', 'Squid Game: Season 1', '63190000', '', '', '1'];

/** Squid Game's row with some cells changed, under the 9-column header. */
function withCells(changes: Record<number, string>, header = H9, extra: string[] = []): string {
  const cells = [...SQUID, ...extra].map((c, i) => changes[i] ?? c);
  return `${header}\n${cells.join('\t')}`;
}

function parsed(text: string): NetflixRow[] {
  const result = parseNetflixFile(text);
  if (!result.ok) throw new Error(result.reason);
  return result.data.rows;
}

function reason(text: string): string {
  const result = parseNetflixFile(text);
  return result.ok ? '(parsed)' : result.reason;
}

describe('a broken download, word for word', () => {
  it.each<[string, string, string | null]>([
    ['a BOM and nothing else', '\uFEFF', `The file is empty. ${AGAIN}`],
    ['null after a BOM', '\uFEFFnull', `The file holds only the word "null", not Netflix's data: the download failed. ${AGAIN}`],
    ['null with spaces around it', '  null\n', `The file holds only the word "null", not Netflix's data: the download failed. ${AGAIN}`],
    [
      'a title with spaces and attributes',
      '<html><head><title lang="en"> 301 Moved Permanently </title>',
      `This is a web page ("301 Moved Permanently"), not Netflix's data: the download went wrong. ${AGAIN}`,
    ],
    ['an empty title', '<html><title></title></html>', `This is a web page (HTML), not Netflix's data: the download went wrong. ${AGAIN}`],
    // Only the first 2 kB are looked at.
    [
      'a title past the first 2 kB',
      `<html>${' '.repeat(3000)}<title>Late</title>`,
      `This is a web page (HTML), not Netflix's data: the download went wrong. ${AGAIN}`,
    ],
    [
      'a workbook',
      'PK\u0003\u0004rest',
      'This is an Excel workbook, not tab-separated text: export its sheet "Top 10" as .tsv, or load all-weeks-global.tsv.',
    ],
    ['Netflix’s header', `${H9}\n`, null],
  ])('%s', (_name, text, expected) => {
    expect(recogniseBrokenDownload(text)).toBe(expected);
  });
});

describe('a row, cell by cell', () => {
  it.each<[string, Record<number, string>, string]>([
    ['rank 1.5', { 2: '1.5' }, 'Line 2: weekly_rank "1.5" is not a whole number from 1 to 10.'],
    ['rank 0', { 2: '0' }, 'Line 2: weekly_rank "0" is not a whole number from 1 to 10.'],
    ['a blank rank', { 2: '' }, 'Line 2: weekly_rank "" is not a whole number from 1 to 10.'],
    ['a show title of spaces', { 3: '   ' }, 'Line 2: show_title is blank.'],
    ['a week count of 0', { 8: '0' }, 'Line 2: cumulative_weeks_in_top_10 is 0; a listed title has at least 1.'],
    ['views that are not whole', { 7: '1.5' }, 'Line 2: weekly_views "1.5" is not a whole number.'],
  ])('refuses %s', (_name, changes, expected) => {
    expect(reason(withCells(changes))).toBe(expected);
  });

  it.each<[string, Record<number, string>, Partial<NetflixRow>]>([
    ['padded week and category', { 0: ' 2021-09-19 ', 1: ' TV (Non-English) ' }, { week: '2021-09-19', category: 'TV (Non-English)' }],
    ['rank 10', { 2: '10' }, { rank: 10 }],
    ['"N/A" with spaces is no season', { 4: ' N/A ' }, { seasonTitle: null }],
    ['a blank season of spaces is no season', { 4: '  ' }, { seasonTitle: null }],
    ['runtime 0 as published (a live event, a weekly launch)', { 6: '0' }, { runtime: 0 }],
    ['runtime 8.3167', { 6: '8.3167' }, { runtime: 8.3167 }],
  ])('reads %s', (_name, changes, row) => {
    expect(parsed(withCells(changes))[0]).toMatchObject(row);
  });

  it.each<[string, string[], Partial<NetflixRow>]>([
    [
      'flags and details',
      ['True', 'False', '[{"a":1}]'],
      { isStaggeredLaunch: true, runtimeOverride: false, episodeLaunchDetails: '[{"a":1}]' },
    ],
    ['details of spaces are none', ['', 'TRUE', '   '], { isStaggeredLaunch: null, runtimeOverride: true, episodeLaunchDetails: null }],
  ])('12-column %s', (_name, extra, row) => {
    expect(parsed(withCells({}, H12, extra))[0]).toMatchObject(row);
  });

  it('refuses a flag that is neither True nor False', () => {
    expect(reason(withCells({}, H12, ['maybe', '', '']))).toBe('Line 2: is_staggered_launch "maybe" is not True or False.');
  });
});

describe('titles from rows', () => {
  // Three titles first listed in one week: films before TV, then by rank.
  it('orders titles that reach the list in the same week by list, then rank', () => {
    const text = [
      H9,
      '2021-09-19\tTV (English)\t1\tB Show\tB Show: Season 1\t10000000\t\t\t1',
      '2021-09-19\tFilms (English)\t2\tA Film\tN/A\t20000000\t\t\t1',
      '2021-09-19\tFilms (English)\t1\tC Film\tN/A\t30000000\t\t\t1',
      '2021-09-12\tTV (Non-English)\t9\tEarly\tEarly: Season 1\t40000000\t\t\t1',
    ].join('\n');
    expect(groupTitles(parsed(text)).map((t) => t.name)).toEqual(['Early: Season 1', 'C Film', 'A Film', 'B Show: Season 1']);
  });

  it('keeps a runtime override where the week has one', () => {
    const [title] = groupTitles(parsed(withCells({}, H12, ['', 'True', ''])));
    expect(title!.weeks[0]).toMatchObject({ runtimeOverride: true });
    expect(title!.weeks[0]).not.toHaveProperty('isStaggeredLaunch');
  });
});

describe('quoted records and line ends', () => {
  it.each<[string, string, string[][]]>([
    [
      'a quoted record ending in \\r\\n',
      '"x"\ty\r\nz\t1',
      [
        ['x', 'y'],
        ['z', '1'],
      ],
    ],
    [
      'a lone \\r inside a quoted record',
      '"x"\ta\rb\n1\t2',
      [
        ['x', 'a\rb'],
        ['1', '2'],
      ],
    ],
  ])('%s', (_name, text, records) => {
    const result = readTsv(text);
    expect(result.ok && result.data.map((r) => r.fields)).toEqual(records);
  });
});
