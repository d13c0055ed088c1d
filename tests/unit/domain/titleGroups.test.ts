// @vitest-environment node
import { byArrival, groupRows, groupTitles, oldestFirst, titleGroups, titleOf } from '../../../src/domain/netflixFile';
import type { Category, NetflixRow } from '../../../src/domain/types';

const TV_NE: Category = 'TV (Non-English)';
const FILMS: Category = 'Films (English)';
const FILMS_NE: Category = 'Films (Non-English)';

/** A row as parseNetflixFile makes it; `tag` (in views) tells rows apart in the tables below. */
function row(week: string, category: Category, rank: number, showTitle: string, seasonTitle: string | null, tag = 0): NetflixRow {
  return { week, category, rank, showTitle, seasonTitle, hours: 1_000_000, runtime: null, views: tag, cumulativeWeeks: 1 };
}

const tags = (rows: readonly NetflixRow[]) => rows.map((r) => r.views);

describe('groupRows: one group per (category, show_title, season_title)', () => {
  it.each<[string, NetflixRow[], number[][]]>([
    ['no rows, no groups', [], []],
    [
      // Squid Game's two seasons share the show title; rows stay in file order within a group.
      'seasons of one show apart, groups in order of first appearance',
      [
        row('2025-01-05', TV_NE, 1, 'Squid Game', 'Squid Game: Season 2', 1),
        row('2025-01-05', TV_NE, 4, 'Squid Game', 'Squid Game: Season 1', 2),
        row('2024-12-29', TV_NE, 1, 'Squid Game', 'Squid Game: Season 2', 3),
        row('2024-12-29', TV_NE, 5, 'Squid Game', 'Squid Game: Season 1', 4),
      ],
      [
        [1, 3],
        [2, 4],
      ],
    ],
    [
      // Two films called "Inheritance" were on the list for 2024-06-23, one English and one not.
      'the same film title in two lists is two titles',
      [row('2024-06-23', FILMS, 3, 'Inheritance', null, 1), row('2024-06-23', FILMS_NE, 7, 'Inheritance', null, 2)],
      [[1], [2]],
    ],
    [
      'a blank season and none are the same title',
      [row('2024-06-23', FILMS, 3, 'Leo', null, 1), row('2024-06-30', FILMS, 5, 'Leo', '', 2)],
      [[1, 2]],
    ],
  ])('%s', (_, rows, groups) => {
    expect(groupRows(rows).map(tags)).toEqual(groups);
  });
});

describe('oldestFirst: a title’s rows sorted by week, stably', () => {
  const w = (week: string, tag: number) => row(week, TV_NE, 1, 'X', null, tag);
  it.each<[string, NetflixRow[], number[]]>([
    ['one row', [w('2024-01-07', 1)], [1]],
    ['newest first, as Netflix lists them: reversed', [w('2024-01-21', 1), w('2024-01-14', 2), w('2024-01-07', 3)], [3, 2, 1]],
    ['already oldest first: kept', [w('2024-01-07', 1), w('2024-01-14', 2), w('2024-01-21', 3)], [1, 2, 3]],
    ['mixed: sorted', [w('2024-01-14', 1), w('2024-01-21', 2), w('2024-01-07', 3)], [3, 1, 2]],
    // Two rows of one week (two files joined): a reversal would swap them; the stable sort keeps them in order.
    [
      'newest first with a repeated week: equal weeks keep their order',
      [w('2024-01-21', 1), w('2024-01-14', 2), w('2024-01-14', 3)],
      [2, 3, 1],
    ],
    ['oldest first with a repeated week: kept', [w('2024-01-07', 1), w('2024-01-07', 2), w('2024-01-14', 3)], [1, 2, 3]],
  ])('%s', (_, rows, order) => {
    expect(tags(oldestFirst([...rows]))).toEqual(order);
  });
});

describe('byArrival: titles in the order they reached the list', () => {
  const g = (week: string, category: Category, rank: number, tag: number) => [row(week, category, rank, `T${tag}`, null, tag)];
  it.each<[string, NetflixRow[][], number[]]>([
    [
      'first week, then list (alphabetical), then rank',
      [
        g('2024-01-14', FILMS, 1, 1),
        g('2024-01-07', TV_NE, 2, 2),
        g('2024-01-07', TV_NE, 1, 3),
        g('2024-01-07', FILMS_NE, 9, 4),
        g('2024-01-07', FILMS, 10, 5),
      ],
      [5, 4, 3, 2, 1],
    ],
    [
      'equal first rows keep their order',
      [g('2024-01-07', FILMS, 1, 1), g('2024-01-07', FILMS, 1, 2), g('2021-07-04', FILMS, 1, 3)],
      [3, 1, 2],
    ],
    // Ranks outside Netflix's 1..10 are compared field by field, to the same order.
    ['a rank of 11 or 0', [g('2024-01-07', FILMS, 11, 1), g('2024-01-07', FILMS, 0, 2), g('2024-01-07', FILMS, 3, 3)], [2, 3, 1]],
    ['a fractional rank', [g('2024-01-07', FILMS, 2.5, 1), g('2024-01-07', FILMS, 2, 2)], [2, 1]],
    ['no groups', [], []],
  ])('%s', (_, groups, order) => {
    expect(byArrival(groups).map((group) => group[0]!.views)).toEqual(order);
  });

  it('orders weeks thousands of years apart by comparing them', () => {
    // 60,000 distinct weeks, newest first: January 7th back to 1st of the years 9999 down to 1000 (1000's 1st is not among them).
    const far = Array.from({ length: 60_000 }, (_, i) => g(`${9999 - (i % 9000)}-01-0${7 - Math.floor(i / 9000)}`, FILMS, 1, i));
    const weeks = byArrival(far).map((group) => group[0]!.week);
    expect([weeks[0], weeks[1], weeks.at(-1)]).toEqual(['1000-01-02', '1000-01-03', '9999-01-07']);
    expect(weeks.every((week, i) => i === 0 || weeks[i - 1]! < week)).toBe(true);
  });
});

describe('titleOf: a title from its rows', () => {
  it('keeps the weeks that can be charted and the latest runtime given', () => {
    const rows: NetflixRow[] = [
      { ...row('2023-06-11', TV_NE, 6, 'Squid Game', 'Squid Game: Season 1'), hours: 13_300_000 },
      { ...row('2023-06-18', TV_NE, 7, 'Squid Game', 'Squid Game: Season 1'), hours: 12_100_000, runtime: 8.3167, views: 1_500_000 },
      { ...row('2023-06-25', TV_NE, 9, 'Squid Game', 'Squid Game: Season 1'), hours: null, runtime: 8.5 },
      { ...row('2023-07-02', TV_NE, 8, 'Squid Game', 'Squid Game: Season 1'), hours: 9_000_000, views: 1_100_000 },
    ];
    const title = titleOf(rows, 'squid-game-s1');
    expect(title).toMatchObject({ id: 'squid-game-s1', name: 'Squid Game: Season 1', runtime: 8.5, premiere: null });
    expect(title?.weeks.map((w) => [w.week, w.hours, w.runtime])).toEqual([
      ['2023-06-11', 13_300_000, null],
      ['2023-06-18', 12_100_000, 8.3167],
      ['2023-07-02', 9_000_000, null],
    ]);
  });

  it('is null when no row can be charted', () => {
    expect(titleOf([{ ...row('2023-06-11', FILMS, 1, 'Leo', null), cumulativeWeeks: null }], 'leo')).toBeNull();
  });
});

describe('titleGroups and groupTitles agree', () => {
  it('gives the groups oldest first, with the ids groupTitles gives the titles', () => {
    const rows = [
      row('2025-01-05', TV_NE, 1, 'Squid Game', 'Squid Game: Season 2'),
      row('2025-01-05', FILMS, 2, 'Leo', null),
      row('2024-12-29', TV_NE, 1, 'Squid Game', 'Squid Game: Season 2'),
      row('2021-09-19', TV_NE, 1, 'Squid Game', 'Squid Game: Season 1'),
    ];
    const { groups, ids } = titleGroups(rows);
    expect(ids).toEqual(['squid-game-s1', 'squid-game-s2', 'leo']);
    expect(groups.map((group) => group.map((r) => r.week))).toEqual([['2021-09-19'], ['2024-12-29', '2025-01-05'], ['2025-01-05']]);
    expect(groupTitles(rows).map((t) => t.id)).toEqual(ids);
  });
});
