// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkPacked,
  isoCache,
  packDataset,
  packedBuffers,
  unpackDataset,
  unpackTitles,
  type PackedDataset,
} from '../../../../src/domain/import/packed';
import type { ImportedDataset, ImportedTitle } from '../../../../src/domain/import/types';
import type { TitleWeek } from '../../../../src/domain/types';

const week = (
  w: string,
  rank: number,
  hours: number,
  cumulativeWeeks: number,
  runtime: number | null = null,
  views: number | null = null,
) => ({ week: w, rank, hours, runtime, views, cumulativeWeeks }) satisfies TitleWeek;

const title = (id: string, name: string, weeks: TitleWeek[], extra: Partial<ImportedTitle> = {}): ImportedTitle => ({
  id,
  showTitle: name,
  name,
  seasonTitle: null,
  category: 'TV (Non-English)',
  premiere: null,
  releasePattern: null,
  runtime: null,
  weeks,
  ...extra,
});

// Netflix's rows: Squid Game S1's first two weeks (2021, no runtime yet), and The Challenge S2's
// two weeks in the 12-column copy, with runtime and views.
const dataset: ImportedDataset = {
  source: { file: 'mine.tsv', firstWeek: '2021-09-19', lastWeek: '2025-11-16' },
  titles: [
    title('squid-game-s1', 'Squid Game: Season 1', [week('2021-09-19', 1, 63_190_000, 1), week('2021-09-26', 1, 448_730_000, 2)], {
      premiere: '2021-09-17',
      releasePattern: 'All 9 episodes at once',
      runtime: 8.3167,
    }),
    title(
      'squid-game-the-challenge-s2',
      'Squid Game: The Challenge: Season 2',
      [week('2025-11-09', 6, 11_500_000, 1, 3.5667, 3_200_000), week('2025-11-16', 6, 21_000_000, 2, 6.6333, 3_200_000)],
      { category: 'TV (English)', launch: { staggered: true, episodes: [{ episodes: '1-4', launchDate: '2025-11-05' }], raw: null } },
    ),
    title('kate', 'Kate', [week('2021-09-19', 3, 47_510_000, 1)], { category: 'Films (English)' }),
  ],
};

// Each test packs its own: work done while tests are collected counts for none of them.
describe('a dataset packed into typed arrays', () => {
  it('lays each title’s weeks one after another', () => {
    const p = packDataset(dataset);
    expect(Array.from(p.offsets)).toEqual([0, 2, 4, 5]);
    expect(Array.from(p.rank)).toEqual([1, 1, 6, 6, 3]);
    expect(Array.from(p.hours)).toEqual([63_190_000, 448_730_000, 11_500_000, 21_000_000, 47_510_000]);
    expect(Array.from(p.cumulativeWeeks)).toEqual([1, 2, 1, 2, 1]);
  });

  it('keeps days since 1970 for weeks: 2021-09-19 is day 18,889, a week before 2021-09-26', () => {
    const p = packDataset(dataset);
    expect(Array.from(p.day)).toEqual([18_889, 18_896, 20_401, 20_408, 18_889]);
  });

  it('keeps a missing runtime or views as NaN, never 0', () => {
    const p = packDataset(dataset);
    expect(Array.from(p.runtime)).toEqual([NaN, NaN, 3.5667, 6.6333, NaN]);
    expect(Array.from(p.views)).toEqual([NaN, NaN, 3_200_000, 3_200_000, NaN]);
  });

  it('keeps every title field but the weeks', () => {
    const p = packDataset(dataset);
    expect(p.titles).toEqual(dataset.titles.map(({ weeks: _weeks, ...meta }) => meta));
    expect(p.source).toEqual(dataset.source);
  });

  it('hands over each column’s buffer for transfer', () => {
    const p = packDataset(dataset);
    expect(packedBuffers(p)).toEqual([p.offsets, p.day, p.rank, p.hours, p.runtime, p.views, p.cumulativeWeeks].map((a) => a.buffer));
  });

  it('unpacks to the same dataset', () => {
    const p = packDataset(dataset);
    expect(unpackDataset(p)).toEqual(dataset);
  });

  it('unpacks a slice of titles', () => {
    const p = packDataset(dataset);
    expect(unpackTitles(p, 1, 3, isoCache())).toEqual(dataset.titles.slice(1, 3));
    expect(unpackTitles(p, 1, 1, isoCache())).toEqual([]);
  });

  it('an empty dataset packs to one offset', () => {
    const empty = packDataset({ source: dataset.source, titles: [] });
    expect(Array.from(empty.offsets)).toEqual([0]);
    expect(empty.day).toHaveLength(0);
  });
});

// A week of an 11 or 12-column file carries Netflix's launch columns; the all-weeks CSV writes them.
const launched: ImportedDataset = {
  ...dataset,
  titles: dataset.titles.map((t) =>
    t.id !== 'squid-game-the-challenge-s2'
      ? t
      : {
          ...t,
          weeks: [
            {
              ...t.weeks[0]!,
              isStaggeredLaunch: true,
              episodeLaunchDetails: '[{"episodes":"1-4","launch_date":"2025-11-05"}]',
              runtimeOverride: false,
            },
            { ...t.weeks[1]!, isStaggeredLaunch: null },
          ],
        },
  ),
};

describe('the launch columns of the 11 and 12-column layouts', () => {
  it('are packed for the weeks that have them, by week index', () => {
    expect(packDataset(launched).launches).toEqual([
      { at: 2, isStaggeredLaunch: true, episodeLaunchDetails: '[{"episodes":"1-4","launch_date":"2025-11-05"}]', runtimeOverride: false },
      { at: 3, isStaggeredLaunch: null },
    ]);
  });

  it('are none for a file without them', () => {
    expect(packDataset(dataset).launches).toEqual([]);
  });

  it('come back on their weeks, and only there', () => {
    expect(unpackDataset(packDataset(launched))).toEqual(launched);
  });

  it('come back in a slice that starts at or after them', () => {
    const p = packDataset(launched);
    expect(unpackTitles(p, 1, 2, isoCache())).toEqual(launched.titles.slice(1, 2));
    expect(unpackTitles(p, 2, 3, isoCache())).toEqual(launched.titles.slice(2, 3));
    expect(unpackTitles(p, 0, 1, isoCache())).toEqual(launched.titles.slice(0, 1));
  });

  it('may be missing from a record kept before they were packed', () => {
    const { launches: _launches, ...older } = packDataset(launched);
    expect(checkPacked(older).ok).toBe(true);
    expect(unpackDataset(older)).toEqual(dataset);
  });

  it.each<[string, unknown]>([
    ['not a list', { at: 2 }],
    ['out of order', [{ at: 3 }, { at: 2 }]],
    ['twice the same week', [{ at: 2 }, { at: 2 }]],
    ['past the last week', [{ at: 5 }]],
    ['before the first week', [{ at: -1 }]],
    ['without a week index', [{ isStaggeredLaunch: true }]],
    ['with a fractional index', [{ at: 1.5 }]],
  ])('make a kept record damaged when %s', (_, launches) => {
    const result = checkPacked({ ...packDataset(launched), launches });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('launches') });
  });
});

describe('isoCache', () => {
  it.each([
    [0, '1970-01-01'],
    [18_889, '2021-09-19'],
    [20_408, '2025-11-16'],
  ])('day %i is %s, asked once or twice', (day, iso) => {
    const isoOf = isoCache();
    expect(isoOf(day)).toBe(iso);
    expect(isoOf(day)).toBe(iso);
  });
});

describe('checkPacked: a kept dataset read back from storage', () => {
  const good = () => packDataset(dataset);
  const reason = (value: unknown) => {
    const checked = checkPacked(value);
    return checked.ok ? '(ok)' : checked.reason;
  };
  const damaged = (why: string) => `the kept file is damaged (${why})`;

  it('takes a dataset it packed', () => {
    const p = good();
    expect(checkPacked(p)).toEqual({ ok: true, data: p });
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'not an object'],
    ['a string', 'packed', 'not an object'],
    ['weeks as plain arrays', { ...good(), hours: [63_190_000] }, 'hours is not a Float64Array'],
    ['ranks of the wrong type', { ...good(), rank: new Uint16Array(5) }, 'rank is not a Uint8Array'],
    ['no offsets', { ...good(), offsets: undefined }, 'offsets is not a Uint32Array'],
    ['no titles', { ...good(), titles: [], offsets: new Uint32Array([0]) }, 'titles and offsets disagree'],
    ['titles that are no list', { ...good(), titles: { length: 3 } }, 'titles and offsets disagree'],
    ['one offset too many', { ...good(), offsets: new Uint32Array([0, 2, 4, 5, 5]) }, 'titles and offsets disagree'],
    ['a column one week short', { ...good(), views: new Float64Array(4) }, 'columns of unequal length'],
    ['the last offset short of the weeks', { ...good(), offsets: new Uint32Array([0, 2, 4, 4]) }, 'columns of unequal length'],
  ])('refuses %s', (_what, value, why) => {
    expect(reason(value)).toBe(damaged(why));
  });

  it.each<[string, (p: PackedDataset) => void, string]>([
    ['an id with capitals', (p) => (p.titles[1]!.id = 'Squid-Game'), 'title 1'],
    ['an id with a trailing dash', (p) => (p.titles[0]!.id = 'squid-game-'), 'title 0'],
    ['an id with a space inside', (p) => (p.titles[0]!.id = 'x squid-game-s1 y'), 'title 0'],
    ['an id that is no string', (p) => ((p.titles[0] as { id: unknown }).id = 1), 'title 0'],
    ['a name that is no string', (p) => ((p.titles[2] as { name: unknown }).name = null), 'title 2'],
    ['a category Netflix has no list for', (p) => ((p.titles[0] as { category: string }).category = 'TV'), 'title 0'],
    ['a missing title', (p) => ((p.titles as unknown[])[1] = undefined), 'title 1'],
    ['a title with no weeks', (p) => p.offsets.set([0, 2, 2, 5]), 'title squid-game-the-challenge-s2 has no weeks'],
    ['rank 0', (p) => (p.rank[4] = 0), 'week 4'],
    ['rank 11', (p) => (p.rank[3] = 11), 'week 3'],
    ['negative hours', (p) => (p.hours[0] = -1), 'week 0'],
    ['hours that are no number', (p) => (p.hours[2] = NaN), 'week 2'],
    ['no source', (p) => ((p as { source: unknown }).source = undefined), 'source'],
    ['a source without a file name', (p) => ((p.source as { file: unknown }).file = 1), 'source'],
    ['a source without a last week', (p) => ((p.source as { lastWeek: unknown }).lastWeek = null), 'source'],
    ['a source without a first week', (p) => ((p.source as { firstWeek: unknown }).firstWeek = null), 'source'],
  ])('refuses %s', (_what, damage, why) => {
    const p = good();
    p.source = { ...p.source };
    p.titles = p.titles.map((t) => ({ ...t }));
    damage(p);
    expect(reason(p)).toBe(damaged(why));
  });

  it.each<[string, (p: PackedDataset) => void]>([
    ['rank 1 and rank 10', (p) => p.rank.set([1, 10, 1, 10, 1])],
    ['0 hours', (p) => (p.hours[0] = 0)],
    ['a one-letter id', (p) => (p.titles[2] = { ...p.titles[2]!, id: 'k' })],
  ])('takes %s', (_what, change) => {
    const p = good();
    change(p);
    expect(reason(p)).toBe('(ok)');
  });
});
