// @vitest-environment node
import { linkGaps } from '../../../src/domain/import/linkGaps';
import { parseImport } from '../../../src/domain/import/parseImport';
import { pickSheet, sheetToTsv } from '../../../src/domain/import/xlsx';
import type { Catalog } from '../../../src/domain/view';

describe('sheetToTsv', () => {
  it('writes cells as the .tsv would: dates as ISO, booleans as True/False, blanks empty, JSON quoted', () => {
    const json = '[{"episodes":"1-5","launch_date":"2023-11-22"}]';
    const tsv = sheetToTsv({
      sheet: 'Top 10',
      data: [
        [
          'week',
          'category',
          'weekly_rank',
          'show_title',
          'season_title',
          'weekly_hours_viewed',
          'runtime',
          'weekly_views',
          'cumulative_weeks_in_top_10',
          'is_staggered_launch',
          'episode_launch_details',
        ],
        [
          new Date('2023-11-26T00:00:00Z'),
          'TV (English)',
          1,
          'Squid Game: The Challenge',
          'Squid Game: The Challenge: Season 1',
          '85700000',
          '4.2667',
          '20100000',
          1,
          true,
          json,
        ],
        [
          new Date('2021-09-19T00:00:00Z'),
          'TV (Non-English)',
          1,
          'Squid Game',
          'Squid Game: Season 1',
          63_190_000,
          null,
          undefined,
          1,
          false,
          null,
        ],
      ],
    });
    expect(tsv.split('\n')[1]).toBe(
      `2023-11-26\tTV (English)\t1\tSquid Game: The Challenge\tSquid Game: The Challenge: Season 1\t85700000\t4.2667\t20100000\t1\tTrue\t"${json.replace(/"/g, '""')}"`,
    );
    const parsed = parseImport(tsv);
    expect(parsed.ok && parsed.data.rows.map((r) => [r.week, r.hours, r.runtime, r.launch?.staggered, r.launch?.episodes.length])).toEqual([
      ['2023-11-26', 85_700_000, 4.2667, true, 1],
      ['2021-09-19', 63_190_000, null, false, 0],
    ]);
  });
});

describe('pickSheet', () => {
  const sheet = (name: string) => ({ sheet: name, data: [] });
  it.each([
    [[sheet('Notes'), sheet('Top 10')], 'Top 10'],
    [[sheet(' top 10 ')], ' top 10 '],
    [[sheet('Sheet1')], 'Sheet1'],
  ])('%#: picks %s', (sheets, name) => {
    const picked = pickSheet(sheets);
    expect(picked.ok && picked.data.sheet).toBe(name);
  });

  it('refuses a workbook with several sheets and none named "Top 10"', () => {
    expect(pickSheet([sheet('A'), sheet('B')])).toEqual({
      ok: false,
      reason: 'The workbook has no sheet named "Top 10" (it has "A", "B"); is this Netflix\'s all-weeks-global.xlsx?',
    });
  });
});

describe('linkGaps: a link from newer data', () => {
  const catalog: Catalog = { titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1'], maxWeek: { top10: 32, premiere: 250, calendar: 32 } };
  const source = { file: 'all-weeks-global.tsv', firstWeek: '2021-07-04', lastWeek: '2026-07-19' };

  it('is null when the data here has every title and week', () => {
    expect(linkGaps({ titleIds: ['squid-game-s1'], weeks: [1, 32], align: 'top10' }, catalog, source)).toBeNull();
  });

  it.each([
    [
      { titleIds: ['squid-game-s1', 'the-west-palace-s1'], align: 'top10' as const },
      ['the-west-palace-s1'],
      null,
      'This link names a title this page\'s data lacks ("the-west-palace-s1"). They likely come from a newer Netflix file than this page\'s, which ends with the week of Jul 19, 2026.',
    ],
    [
      { titleIds: ['a-s1', 'b', 'a-s1'], weeks: [1, 40] as const, align: 'top10' as const },
      ['a-s1', 'b'],
      40,
      'This link names 2 titles this page\'s data lacks ("a-s1" and "b") and weeks up to 40, where this page\'s data has 32.',
    ],
    [
      { titleIds: ['squid-game-s1'], weeks: [1, 260] as const, align: 'premiere' as const },
      [],
      260,
      "This link names weeks up to 260, where this page's data has 250.",
    ],
  ])('%#: says what is missing, where from and how to load it', (asked, missingTitles, weeksBeyond, start) => {
    const gaps = linkGaps(asked, catalog, source);
    expect(gaps).toMatchObject({ missingTitles, weeksBeyond });
    expect(gaps?.sentence.startsWith(start)).toBe(true);
    expect(gaps?.sentence).toContain(
      "download all-weeks-global.tsv (or .xlsx) from Netflix's Top 10 site (netflix.com/tudum/top10) and open it with Load Netflix file.",
    );
  });

  it('leaves garbage that is no id to the URL codec', () => {
    expect(linkGaps({ titleIds: ['<script>', 'Squid Game'], align: 'top10' }, catalog, source)).toBeNull();
  });
});
