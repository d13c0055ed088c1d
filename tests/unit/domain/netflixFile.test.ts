// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { groupTitles, parseNetflixFile } from '../../../src/domain/netflixFile';
import type { NetflixRow, ParsedNetflixFile } from '../../../src/domain/types';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/netflix/${name}`, import.meta.url), 'utf8');

function parsed(text: string): ParsedNetflixFile {
  const result = parseNetflixFile(text);
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

function reason(text: string): string {
  const result = parseNetflixFile(text);
  return result.ok ? '(parsed without error)' : result.reason;
}

const H9 = 'week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\tcumulative_weeks_in_top_10';
const SQUID_2021_09_19 = '2021-09-19\tTV (Non-English)\t1\tSquid Game\tSquid Game: Season 1\t63190000\t\t\t1';

type Launch = Pick<NetflixRow, 'isStaggeredLaunch' | 'episodeLaunchDetails' | 'runtimeOverride'>;
const NO_LAUNCH: Launch = { isStaggeredLaunch: null, episodeLaunchDetails: null, runtimeOverride: null };
// Row 2 of global-11col.tsv / 12col.tsv: is_staggered_launch False, no launch details.
const NOT_STAGGERED: Launch = { ...NO_LAUNCH, isStaggeredLaunch: false };

const squid = (
  week: string,
  rank: number,
  hours: number,
  cumulativeWeeks: number,
  runtime: number | null = null,
  views: number | null = null,
  launch = NO_LAUNCH,
): NetflixRow => ({
  week,
  category: 'TV (Non-English)',
  rank,
  showTitle: 'Squid Game',
  seasonTitle: 'Squid Game: Season 1',
  hours,
  runtime,
  views,
  cumulativeWeeks,
  ...launch,
});

describe('parseNetflixFile: the four layouts', () => {
  it.each([
    ['global-7col.tsv', 7, 3, '2021-09-19', '2021-09-26'],
    ['global-9col.tsv', 9, 4, '2021-09-19', '2023-11-26'],
    ['global-11col.tsv', 11, 3, '2021-09-19', '2023-11-26'],
    ['global-12col.tsv', 12, 2, '2024-12-29', '2024-12-29'],
  ])('%s: layout %i, %i rows, %s .. %s', (name, layout, count, firstWeek, lastWeek) => {
    const file = parsed(fixture(name));
    expect(file).toMatchObject({ layout, firstWeek, lastWeek });
    expect(file.rows).toHaveLength(count);
  });

  it.each([
    ['global-7col.tsv', 1, squid('2021-09-19', 1, 63_190_000, 1)],
    ['global-7col.tsv', 0, squid('2021-09-26', 1, 448_730_000, 2)],
    ['global-9col.tsv', 0, squid('2023-11-26', 6, 13_300_000, 21, 8.3167, 1_600_000)],
    ['global-9col.tsv', 3, squid('2021-09-19', 1, 63_190_000, 1)],
    ['global-11col.tsv', 1, squid('2023-11-26', 6, 13_300_000, 21, 8.3167, 1_600_000, NOT_STAGGERED)],
    ['global-11col.tsv', 2, squid('2021-09-19', 1, 63_190_000, 1, null, null, NOT_STAGGERED)],
    ['global-12col.tsv', 1, squid('2024-12-29', 3, 67_100_000, 24, 8.3167, 8_100_000, { ...NOT_STAGGERED, runtimeOverride: false })],
  ])('%s row %i reads as Netflix wrote it', (name, index, row) => {
    expect(parsed(fixture(name)).rows[index]).toEqual(row);
  });

  it('reads the quoted JSON field (tab, doubled quotes) of the 11-column layout as one cell', () => {
    expect(parsed(fixture('global-11col.tsv')).rows[0]).toEqual({
      week: '2023-11-26',
      category: 'TV (English)',
      rank: 1,
      showTitle: 'Squid Game: The Challenge',
      seasonTitle: 'Squid Game: The Challenge: Season 1',
      hours: 85_700_000,
      runtime: 4.2667,
      views: 20_100_000,
      cumulativeWeeks: 1,
      isStaggeredLaunch: true,
      // The doubled quotes read as one, the tab inside the quotes stays: Netflix's JSON as written.
      episodeLaunchDetails: '[{"episodes":"1-5",\t"launch_date":"2023-11-22"},{"episodes":"6-9","launch_date":"2023-11-29"}]',
      runtimeOverride: null,
    });
  });

  it.each([
    ['is_staggered_launch', 'Yes', 'Line 2: is_staggered_launch "Yes" is not True or False.'],
    ['runtime_override_flag', 'maybe', 'Line 2: runtime_override_flag "maybe" is not True or False.'],
  ])('refuses a %s of %s, naming the line', (column, value, message) => {
    const header = `${H9}\tis_staggered_launch\truntime_override_flag\tepisode_launch_dtls`;
    const cells = { is_staggered_launch: 'False', runtime_override_flag: 'False', [column]: value };
    const line = `${SQUID_2021_09_19}\t${cells.is_staggered_launch}\t${cells.runtime_override_flag}\t`;
    expect(reason(`${header}\n${line}`)).toBe(message);
  });

  it("keeps the 12-column layout's episode_launch_dtls and runtime_override_flag", () => {
    const header = `${H9}\tis_staggered_launch\truntime_override_flag\tepisode_launch_dtls`;
    const row = parsed(`${header}\n${SQUID_2021_09_19}\tTrue\tTRUE\tEpisodes 1-4: 2024-11-20`).rows[0];
    expect(row).toMatchObject({ isStaggeredLaunch: true, runtimeOverride: true, episodeLaunchDetails: 'Episodes 1-4: 2024-11-20' });
  });

  it('reads films: season_title N/A is null', () => {
    expect(parsed(fixture('global-7col.tsv')).rows[2]).toMatchObject({ showTitle: 'Kate', seasonTitle: null, hours: 37_400_000 });
  });

  it('reads blanks as missing, never 0', () => {
    const row = parsed(`${H9}\n2021-09-19\tTV (Non-English)\t1\tSquid Game\tSquid Game: Season 1\t\t\t\t`).rows[0];
    expect(row).toMatchObject({ hours: null, runtime: null, views: null, cumulativeWeeks: null });
  });

  it('reads runtime 0 (Castaway Diva, 2023-11-26) as Netflix published it, beside its views', () => {
    expect(parsed(fixture('global-9col.tsv')).rows[1]).toMatchObject({ runtime: 0, views: 1_600_000, hours: 16_700_000 });
  });

  it('finds columns by name, not position', () => {
    const reversed = fixture('global-9col.tsv')
      .split('\n')
      .map((line) => line.split('\t').reverse().join('\t'))
      .join('\n');
    expect(parsed(reversed).rows).toEqual(parsed(fixture('global-9col.tsv')).rows);
  });

  it('accepts a BOM and \\r\\n line endings', () => {
    const windows = `\uFEFF${fixture('global-9col.tsv').replace(/\n/g, '\r\n')}\r\n`;
    expect(parsed(windows)).toEqual(parsed(fixture('global-9col.tsv')));
  });

  it.each([
    ['one week, one category', `${H9}\n${SQUID_2021_09_19}\n`],
    ['one row, no final newline', `${H9}\n${SQUID_2021_09_19}`],
  ])('accepts %s', (_name, text) => {
    expect(parsed(text)).toMatchObject({
      layout: 9,
      firstWeek: '2021-09-19',
      lastWeek: '2021-09-19',
      rows: [squid('2021-09-19', 1, 63_190_000, 1)],
    });
  });
});

describe('parseNetflixFile: files it must refuse, with a reason a person can act on', () => {
  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a file of blank lines', '\n\r\n  \n', 'The file is empty.'],
    ['the 4 bytes null', fixture('null.tsv'), 'The file holds only the word "null"'],
    ['a "Moved Permanently" page', fixture('moved-permanently.tsv'), 'This is a web page ("301 Moved Permanently"), not Netflix\'s data'],
    ['an untitled HTML page', '<!DOCTYPE html><html><body>Oops</body></html>', 'This is a web page (HTML)'],
    ['an Excel workbook read as text', 'PK\u0003\u0004\u0014\u0000', 'This is an Excel workbook'],
    [
      'the per-country file',
      fixture('countries-head.tsv'),
      "This is Netflix's per-country file (ranks only, no hours); load all-weeks-global.tsv.",
    ],
    [
      'most-popular.tsv (91 days)',
      fixture('most-popular-head.tsv'),
      "This is Netflix's most-popular.tsv (the all-time Top 10 by hours in a title's first 91 days)",
    ],
    [
      'most-popular.tsv (28 days, before 2023-06)',
      'category\trank\tshow_title\tseason_title\thours_viewed_first_28_days\nTV (English)\t1\tx\ty\t1',
      'first 28 days',
    ],
    ['a comma-separated copy', 'week,category,weekly_rank\n2021-09-19,TV (English),1', 'This file is comma-separated'],
    [
      'missing columns',
      'week\tcategory\tweekly_rank\tshow_title\tseason_title\n2021-09-19\tTV (English)\t1\tx\ty',
      'Missing columns: weekly_hours_viewed, cumulative_weeks_in_top_10.',
    ],
    ['a header and no rows', `${H9}\n`, 'The file has a header but no rows.'],
    ['a non-numeric hours value', fixture('bad-number.tsv'), 'Line 3: weekly_hours_viewed "#VALUE!" is not a number.'],
    [
      'a row cut short',
      `${H9}\n${SQUID_2021_09_19}\n2021-09-19\tTV (Non-English)\t2\tMoney He`,
      'Line 3 has 4 fields, but the header has 9',
    ],
    ['an extra tab in a row', `${H9}\n${SQUID_2021_09_19}\textra`, 'Line 2 has 10 fields, but the header has 9'],
    [
      'a week that is not a date',
      `${H9}\n${SQUID_2021_09_19.replace('2021-09-19', '9/19/2021')}`,
      'Line 2: week "9/19/2021" is not a date like 2021-07-04.',
    ],
    ['a blank week', `${H9}\n${SQUID_2021_09_19.replace('2021-09-19', '')}`, 'Line 2: week "" is not a date like 2021-07-04.'],
    [
      // The row before's week is kept at hand: a bad week right after a good one is still checked.
      'a bad week after a good one',
      `${H9}\n${SQUID_2021_09_19}\n${SQUID_2021_09_19.replace('2021-09-19', '2021-09-20').replace('\t1\tSquid', '\t2\tSquid')}`,
      "Line 3: week 2021-09-20 is a Monday, but Netflix's weeks end on a Sunday.",
    ],
    [
      'a week that ends on a Monday',
      `${H9}\n${SQUID_2021_09_19.replace('2021-09-19', '2021-09-20')}`,
      "Line 2: week 2021-09-20 is a Monday, but Netflix's weeks end on a Sunday.",
    ],
    [
      'a week not ending on Sunday',
      `${H9}\n${SQUID_2021_09_19.replace('2021-09-19', '2021-09-17')}`,
      'Line 2: week 2021-09-17 is a Friday',
    ],
    [
      'an unknown category',
      `${H9}\n${SQUID_2021_09_19.replace('TV (Non-English)', 'TV')}`,
      'Line 2: category "TV" is not one of Films (English), Films (Non-English), TV (English), TV (Non-English).',
    ],
    [
      'rank 11',
      `${H9}\n${SQUID_2021_09_19.replace('\t1\tSquid', '\t11\tSquid')}`,
      'Line 2: weekly_rank "11" is not a whole number from 1 to 10.',
    ],
    ['a blank show title', `${H9}\n${SQUID_2021_09_19.replace('\tSquid Game\t', '\t\t')}`, 'Line 2: show_title is blank.'],
    [
      'a fractional week count',
      `${H9}\n${SQUID_2021_09_19.replace(/1$/, '1.5')}`,
      'Line 2: cumulative_weeks_in_top_10 "1.5" is not a whole number.',
    ],
    ['a negative runtime', `${H9}\n${SQUID_2021_09_19.replace('\t\t\t', '\t-8.3\t\t')}`, 'Line 2: runtime "-8.3" is not a number.'],
    [
      'the same rank twice in a week',
      `${H9}\n${SQUID_2021_09_19}\n${SQUID_2021_09_19}`,
      'Line 3: week 2021-09-19 already has a rank 1 in TV (Non-English) (line 2)',
    ],
    ['a header repeated mid-file', `${H9}\n${SQUID_2021_09_19}\n${H9}`, 'Line 3 repeats the header'],
    ['an unclosed quote', `${H9}\n${SQUID_2021_09_19}\n"2021-09-26\tTV`, 'Line 3: a quoted field is never closed.'],
    // Records are read one at a time, but a broken quote further down still outranks a bad row or header.
    [
      'an unclosed quote after a bad row',
      `${H9}\n${SQUID_2021_09_19.replace('\t1\tSquid', '\t11\tSquid')}\n"2021-09-26\tTV`,
      'Line 3: a quoted field is never closed.',
    ],
    ['an unclosed quote after a wrong header', `country_name\tweek\n"2021-09-26\tTV`, 'Line 2: a quoted field is never closed.'],
  ])('refuses %s', (_name, text, expected) => {
    expect(reason(text)).toContain(expected);
  });

  it('refuses a blank week as the first thing a fresh worker checks', async () => {
    // The row before's week is kept at hand between calls: before any, it must match no week, not even "".
    vi.resetModules();
    const { parseNetflixFile: fresh } = await import('../../../src/domain/netflixFile');
    expect(fresh(`${H9}\n${SQUID_2021_09_19.replace('2021-09-19', '')}`)).toEqual({
      ok: false,
      reason: 'Line 2: week "" is not a date like 2021-07-04.',
    });
  });

  it('names only the first bad line', () => {
    expect(reason(fixture('bad-number.tsv'))).not.toMatch(/Line 4|lots/);
  });

  it('counts lines inside a quoted multi-line field', () => {
    const text = fixture('global-11col.tsv').replace('},{', '},\n{').replace('\t13300000\t', '\t13,300,000\t');
    expect(reason(text)).toBe('Line 4: weekly_hours_viewed "13,300,000" is not a number.');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `${H9}\n${s}`),
        ),
        (text) => {
          expect(typeof parseNetflixFile(text).ok).toBe('boolean');
        },
      ),
    );
  });
});

describe('groupTitles', () => {
  const rows = parsed(fixture('global-9col.tsv')).rows;

  it('keeps the launch columns on a week only where Netflix gave a value', () => {
    const challenge = groupTitles(parsed(fixture('global-11col.tsv')).rows).find((t) => t.showTitle === 'Squid Game: The Challenge');
    expect(challenge?.weeks[0]).toMatchObject({
      isStaggeredLaunch: true,
      episodeLaunchDetails: expect.stringContaining('"launch_date":"2023-11-22"'),
    });
    expect(challenge?.weeks[0]).not.toHaveProperty('runtimeOverride');
    const squid1 = groupTitles(rows).find((t) => t.id === 'squid-game-s1');
    expect(Object.keys(squid1!.weeks[0]!)).toEqual(['week', 'rank', 'hours', 'runtime', 'views', 'cumulativeWeeks']);
  });

  it('gathers one title per season, weeks oldest first', () => {
    const squidGame = groupTitles(rows).find((t) => t.id === 'squid-game-s1');
    expect(squidGame).toEqual({
      id: 'squid-game-s1',
      showTitle: 'Squid Game',
      name: 'Squid Game: Season 1',
      seasonTitle: 'Squid Game: Season 1',
      category: 'TV (Non-English)',
      premiere: null,
      releasePattern: null,
      runtime: 8.3167,
      weeks: [
        { week: '2021-09-19', rank: 1, hours: 63_190_000, runtime: null, views: null, cumulativeWeeks: 1 },
        { week: '2023-11-26', rank: 6, hours: 13_300_000, runtime: 8.3167, views: 1_600_000, cumulativeWeeks: 21 },
      ],
    });
  });

  it('orders titles by first week on the list and names films by show title', () => {
    expect(groupTitles(rows).map((t) => [t.id, t.name, t.runtime])).toEqual([
      ['squid-game-s1', 'Squid Game: Season 1', 8.3167],
      ['leo', 'Leo', 1.7833],
      ['castaway-diva-s1', 'Castaway Diva: Limited Series', 0],
    ]);
  });

  it('takes the latest runtime Netflix gives', () => {
    const a = { ...squid('2023-11-26', 6, 13_300_000, 21, 8.3, 1_600_000) };
    const b = { ...squid('2023-12-03', 7, 12_700_000, 22, 8.3167, 1_500_000) };
    const c = { ...squid('2023-12-10', 9, 9_000_000, 23) };
    expect(groupTitles([c, a, b])[0]?.runtime).toBe(8.3167);
  });

  it('keeps same-named films of different categories apart (two "Inheritance" films, 2024-06-23)', () => {
    const film = (category: NetflixRow['category'], week: string, rank: number, cumulativeWeeks: number): NetflixRow => ({
      week,
      category,
      rank,
      showTitle: 'Inheritance',
      seasonTitle: null,
      hours: 1_000_000,
      runtime: null,
      views: null,
      cumulativeWeeks,
    });
    const titles = groupTitles([
      film('Films (Non-English)', '2024-06-23', 1, 1),
      film('Films (English)', '2024-06-23', 4, 4),
      film('Films (English)', '2022-10-02', 8, 1),
    ]);
    expect(titles.map((t) => [t.id, t.category, t.weeks.map((w) => w.cumulativeWeeks)])).toEqual([
      ['inheritance', 'Films (English)', [1, 4]],
      ['inheritance-2', 'Films (Non-English)', [1]],
    ]);
  });

  it('leaves out weeks without hours or week count, and titles left with no weeks', () => {
    const titles = groupTitles([
      { ...squid('2021-09-19', 1, 63_190_000, 1), hours: null },
      squid('2021-09-26', 1, 448_730_000, 2),
      { ...squid('2021-09-26', 2, 1, 1), showTitle: 'Ghost', seasonTitle: null, cumulativeWeeks: null },
    ]);
    expect(titles.map((t) => [t.id, t.weeks.map((w) => w.week)])).toEqual([['squid-game-s1', ['2021-09-26']]]);
  });

  it('returns no titles for no rows', () => {
    expect(groupTitles([])).toEqual([]);
  });
});
