// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCurated, CURATED } from '../../../../src/domain/catalog/curated';
import { decodeCatalog } from '../../../../src/domain/catalog/decode';
import { catalogFile, encodeCatalog, lastRuntime } from '../../../../src/domain/catalog/encode';
import { writeCatalog } from '../../../../src/domain/catalog/write';
import { groupTitles, parseNetflixFile } from '../../../../src/domain/netflixFile';
import type { Dataset, Title, TitleWeek } from '../../../../src/domain/types';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/netflix', name), 'utf8');

function datasetOf(name: string): Dataset {
  const parsed = parseNetflixFile(fixture(name));
  if (!parsed.ok) throw new Error(parsed.reason);
  const { firstWeek, lastWeek, rows } = parsed.data;
  return { source: { file: 'x.tsv', firstWeek, lastWeek }, titles: applyCurated(groupTitles(rows)) };
}

const week = (w: string, hours: number, cumulativeWeeks: number, extra: Partial<TitleWeek> = {}): TitleWeek => ({
  week: w,
  rank: 1,
  hours,
  runtime: null,
  views: null,
  cumulativeWeeks,
  ...extra,
});

const film = (id: string, showTitle: string, weeks: TitleWeek[], extra: Partial<Title> = {}): Title => ({
  id,
  showTitle,
  name: showTitle,
  seasonTitle: null,
  category: 'Films (English)',
  premiere: null,
  releasePattern: null,
  runtime: lastRuntime({ weeks }),
  weeks,
  ...extra,
});

const SOURCE = { file: 'x.tsv', firstWeek: '2021-09-19', lastWeek: '2023-11-26' };
const fileOf = (...titles: Title[]) => catalogFile({ source: SOURCE, titles });

describe('the catalog file, column by column', () => {
  /*
   * tests/fixtures/netflix/global-9col.tsv: Squid Game S1 (2021-09-19: #1, 63,190,000 h, week 1;
   * 2023-11-26: #6, 13,300,000 h, runtime 8.3167, 1,600,000 views, week 21), Leo (#1, 61,700,000 h,
   * 1.7833, 34,600,000 views), Castaway Diva (#7, 16,700,000 h, runtime 0 as published, 1,600,000 views,
   * week 4). 2021-09-19 to 2023-11-26 is 114 weeks. Hours share 10^4, views 10^5, runtimes 10^-4.
   */
  it('global-9col.tsv, exactly', () => {
    expect(catalogFile(datasetOf('global-9col.tsv'))).toEqual({
      format: 'top10-catalog',
      version: 2,
      source: { file: 'x.tsv', firstWeek: '2021-09-19', lastWeek: '2023-11-26' },
      units: { hours: 10_000, views: 100_000, runtime: 10_000 },
      strings: ['Squid Game', 'Season 1', 'Leo', 'Castaway Diva', 'Limited Series'],
      titles: { id: ['~-s1', '~', '~-s1'], show: [0, 2, 3], season: [-2, 0, -5], category: [3, 0, 3], rows: [2, 1, 1] },
      meta: [[0, '2021-09-17', 'All 9 episodes at once', 8.3167]],
      rows: {
        week: [0, 114, 114, 114],
        rank: [1, 6, 1, 7],
        hours: [6319, 1330, 6170, 1670],
        runtime: [null, 83_167, 17_833, 0],
        views: [null, 16, 346, 16],
        cumulative: [0, 19, 0, 3],
      },
    });
  });

  it('is that file in bytes', () => {
    const dataset = datasetOf('global-9col.tsv');
    expect(encodeCatalog(dataset)).toEqual(writeCatalog(catalogFile(dataset)));
  });

  it.each<[string, number[], number]>([
    ['all millions', [63_000_000, 1_000_000], 1_000_000],
    ['never more than a million', [10_000_000_000, 20_000_000], 1_000_000],
    ['one figure of hundreds of thousands', [63_000_000, 100_000], 100_000],
    ['one figure of tens of thousands', [63_190_000, 1_000_000], 10_000],
    ['an odd figure', [63_190_001, 1_000_000], 1],
  ])('hours in the largest unit that divides them all: %s', (_what, hours, unit) => {
    const file = fileOf(
      film(
        'kate',
        'Kate',
        hours.map((h, i) => week(i === 0 ? '2021-09-19' : '2021-09-26', h, i + 1)),
      ),
    );
    expect(file.units.hours).toBe(unit);
    expect(file.rows.hours).toEqual(hours.map((h) => h / unit));
  });

  it.each<[string, (number | null)[], number, (number | null)[]]>([
    ['four decimals', [8.3167, 1.5], 10_000, [83_167, 15_000]],
    ['whole hours', [2, 1], 1, [2, 1]],
    ['one decimal', [2, 1.5], 10, [20, 15]],
    ['none given', [null, null], 1, [null, null]],
  ])('runtimes made whole by the smallest power of ten: %s', (_what, runtimes, scale, stored) => {
    const file = fileOf(
      film(
        'kate',
        'Kate',
        runtimes.map((runtime, i) => week(i === 0 ? '2021-09-19' : '2021-09-26', 1e6, i + 1, { runtime })),
      ),
    );
    expect(file.units.runtime).toBe(scale);
    expect(file.rows.runtime).toEqual(stored);
  });

  it('refuses a runtime no power of ten up to 10^9 makes whole', () => {
    expect(() => fileOf(film('kate', 'Kate', [week('2021-09-19', 1e6, 1, { runtime: 1 / 3 })]))).toThrow(
      new RangeError('a runtime has more than 9 decimals'),
    );
  });

  it('views in their own unit, and a million when no week has views', () => {
    const withViews = fileOf(film('kate', 'Kate', [week('2021-09-19', 1e6, 1, { views: 34_600_000 }), week('2021-09-26', 1e6, 2)]));
    expect([withViews.units.views, withViews.rows.views]).toEqual([100_000, [346, null]]);
    expect(fileOf(film('kate', 'Kate', [week('2021-09-19', 1e6, 1)])).units.views).toBe(1_000_000);
  });

  it('weeks and week counts as steps from the week and count before', () => {
    const file = fileOf(
      film('kate', 'Kate', [week('2021-10-03', 1e6, 1), week('2021-10-10', 1e6, 2), week('2022-01-02', 1e6, 3)]),
      // A renamed title restarts its count: the step may be negative.
      film('leo', 'Leo', [week('2021-09-19', 1e6, 5), week('2021-09-26', 1e6, 1)]),
    );
    expect(file.rows.week).toEqual([2, 1, 12, 0, 1]);
    expect(file.rows.cumulative).toEqual([0, 0, 0, 4, -5]);
  });
});

describe('ids and season labels, written short', () => {
  const season = (showTitle: string, seasonTitle: string, id: string) =>
    film(id, showTitle, [week('2021-09-19', 1e6, 1)], { seasonTitle, name: seasonTitle, category: 'TV (English)' });

  // The season code: 0 none, k > 0 strings[k - 1] whole, k < 0 the show's name + ": " + strings[-k - 1].
  it.each<[string, Title, string, number, string[]]>([
    ['a season after its show', season('Squid Game', 'Squid Game: Season 2', 'squid-game-s2'), '~-s2', -2, ['Squid Game', 'Season 2']],
    [
      'a label of its own',
      season('Stranger Things', 'Stranger Things 4', 'stranger-things-4'),
      '~-4',
      2,
      ['Stranger Things', 'Stranger Things 4'],
    ],
    ['a label of only the show and a colon', season('Lupin', 'Lupin: ', 'lupin'), '~', 2, ['Lupin', 'Lupin: ']],
    [
      'an id not led by its stem',
      season('Half Bad', 'The Bastard Son: Season 1', 'the-bastard-son-s1'),
      'the-bastard-son-s1',
      2,
      ['Half Bad', 'The Bastard Son: Season 1'],
    ],
    [
      // ASCII strings come first, so the season label is string 0.
      'a show with no ASCII letters',
      season('오징어 게임', '오징어 게임: Season 1', 'x-1a2b3c4'),
      'x-1a2b3c4',
      -1,
      ['Season 1', '오징어 게임'],
    ],
  ])('%s', (_what, title, id, code, strings) => {
    const file = fileOf(title);
    expect([file.titles.id[0], file.titles.season[0], file.strings]).toEqual([id, code, strings]);
  });

  it('puts the strings in ASCII first, and every index follows them', () => {
    const cafe = film('cafe', 'Café', [week('2021-09-19', 1e6, 1, { episodeLaunchDetails: '[]' })]);
    const tv = season('Café', 'Café: Season 1', 'cafe-s1');
    const kate = film('kate', 'Kate', [week('2021-09-19', 1e6, 1, { episodeLaunchDetails: 'é' })]);
    const file = fileOf(cafe, tv, kate);
    expect(file.strings).toEqual(['[]', 'Season 1', 'Kate', 'Café', 'é']);
    expect([file.titles.show, file.titles.season, file.rows.launch]).toEqual([
      [3, 3, 2],
      [0, -2, 0],
      [0, null, 4],
    ]);
  });

  it('each string once, shared by every title that uses it', () => {
    const file = fileOf(
      season('Squid Game', 'Squid Game: Season 1', 'squid-game-s1'),
      season('Squid Game', 'Squid Game: Season 2', 'squid-game-s2'),
      season('Wednesday', 'Wednesday: Season 1', 'wednesday-s1'),
    );
    expect(file.strings).toEqual(['Squid Game', 'Season 1', 'Season 2', 'Wednesday']);
    expect([file.titles.show, file.titles.season]).toEqual([
      [0, 0, 3],
      [-2, -3, -2],
    ]);
  });
});

describe('title facts the rows cannot give', () => {
  const weeks = [week('2021-09-19', 1e6, 1, { runtime: 1.7833 }), week('2021-09-26', 1e6, 2)];

  it.each<[string, Partial<Title>, [number, string | null, string | null, number | null][]]>([
    ['none for a title as the rows make it', {}, []],
    ['a premiere', { premiere: '2023-11-03' }, [[0, '2023-11-03', null, 1.7833]]],
    ['a release pattern', { releasePattern: 'All at once' }, [[0, null, 'All at once', 1.7833]]],
    ['a runtime from elsewhere', { runtime: 1.8 }, [[0, null, null, 1.8]]],
    ['no runtime where the rows have one', { runtime: null }, [[0, null, null, null]]],
  ])('%s', (_what, extra, meta) => {
    expect(fileOf(film('leo', 'Leo', weeks, extra)).meta).toEqual(meta);
  });

  it('names the title by its place in the file', () => {
    const file = fileOf(film('kate', 'Kate', weeks), film('leo', 'Leo', weeks, { premiere: '2023-11-03' }));
    expect(file.meta).toEqual([[1, '2023-11-03', null, 1.7833]]);
  });

  it('a runtime is the latest week that gives one', () => {
    expect(
      lastRuntime({
        weeks: [week('2021-09-19', 1, 1, { runtime: 2 }), week('2021-09-26', 1, 2, { runtime: 3 }), week('2021-10-03', 1, 3)],
      }),
    ).toBe(3);
    expect(lastRuntime({ weeks: [week('2021-09-19', 1, 1)] })).toBeNull();
  });
});

describe('the launch columns, only where some week has them', () => {
  it('none for a file without them', () => {
    const { rows } = fileOf(film('kate', 'Kate', [week('2021-09-19', 1e6, 1)]));
    expect(Object.keys(rows)).toEqual(['week', 'rank', 'hours', 'runtime', 'views', 'cumulative']);
  });

  it.each<[string, Partial<TitleWeek>, string, unknown[]]>([
    ['staggered', { isStaggeredLaunch: true }, 'staggered', [1, null]],
    ['not staggered', { isStaggeredLaunch: false }, 'staggered', [0, null]],
    ['a runtime override', { runtimeOverride: true }, 'override', [1, null]],
    ['no runtime override', { runtimeOverride: false }, 'override', [0, null]],
    ['launch details', { episodeLaunchDetails: '[]' }, 'launch', [1, null]],
  ])('%s', (_what, first, column, values) => {
    const { rows, strings } = fileOf(film('kate', 'Kate', [week('2021-09-19', 1e6, 1, first), week('2021-09-26', 1e6, 2)]));
    expect(Object.keys(rows)).toEqual(['week', 'rank', 'hours', 'runtime', 'views', 'cumulative', column]);
    expect(rows[column as keyof typeof rows]).toEqual(values);
    if (column === 'launch') expect(strings).toEqual(['Kate', '[]']);
  });
});

describe('the curated facts of the default view', () => {
  const title = (id: string, runtime: number | null) => film(id, 'X', [week('2021-09-19', 1e6, 1, { runtime })], { runtime });

  it.each([
    ['squid-game-s1', '2021-09-17', 'All 9 episodes at once'],
    ['all-of-us-are-dead-s1', '2022-01-28', 'All 12 episodes at once'],
    ['business-proposal-s1', '2022-02-28', 'Weekly, 2 episodes a week (Mondays and Tuesdays) until Apr 5, 2022, 12 in all'],
  ])('%s premiered %s: %s', (id, premiere, releasePattern) => {
    expect(applyCurated([title(id, null)])[0]).toMatchObject({ premiere, releasePattern });
  });

  it.each<[string, number | null, number | null]>([
    // docs/data.md: Netflix gives 8.3167 h for Squid Game S1; All of Us Are Dead S1 left the list before runtimes began.
    ['squid-game-s1', 8.3167, 8.3167],
    ['squid-game-s1', null, null],
    ['all-of-us-are-dead-s1', null, 12.2333],
    ['all-of-us-are-dead-s1', 12, 12],
    ['business-proposal-s1', null, null],
  ])('%s with runtime %s in the file has runtime %s', (id, given, runtime) => {
    expect(applyCurated([title(id, given)])[0]?.runtime).toBe(runtime);
  });

  it('leaves every other title as it is', () => {
    const kate = title('kate', null);
    expect(applyCurated([kate])[0]).toBe(kate);
    expect(Object.keys(CURATED).sort()).toEqual(['all-of-us-are-dead-s1', 'business-proposal-s1', 'squid-game-s1']);
  });

  it('round-trips through the catalog', () => {
    const dataset = { source: SOURCE, titles: applyCurated([title('all-of-us-are-dead-s1', null), title('kate', 2)]) };
    const decoded = decodeCatalog(encodeCatalog(dataset));
    expect(decoded.ok && decoded.data.titles.map((t) => [t.id, t.premiere, t.runtime])).toEqual([
      ['all-of-us-are-dead-s1', '2022-01-28', 12.2333],
      ['kate', null, 2],
    ]);
  });
});
