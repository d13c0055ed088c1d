// @vitest-environment node
import { normalise } from '../../../../src/domain/catalog/normalise';
import { buildSearchIndex, INDEX_SLICE, onTheListThisWeek, searchIndexSteps, searchTitles } from '../../../../src/domain/catalog/search';
import { loadCatalogTable } from '../../../catalog';
import { SG_WEEKS_1_8, WEDNESDAY_WEEKS_1_8 } from '../../../figures';

const index = buildSearchIndex(loadCatalogTable());
const ids = (query: string, category: Parameters<typeof searchTitles>[2] = {}) =>
  searchTitles(index, query, category).options.map((o) => o.id);

describe('normalise', () => {
  it.each([
    ['Café con aroma de mujer', 'cafe con aroma de mujer'],
    ["Grey's Anatomy", 'greys anatomy'],
    ['Squid Game: Season 2', 'squid game season 2'],
    ['  ÉLITE   ', 'elite'],
    ['Marvel’s Daredevil', 'marvels daredevil'],
  ])('%s -> %s', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});

describe('searchTitles on the shipped catalog', () => {
  it.each([
    ['squid 2', 'squid-game-s2'],
    ['2 squid', 'squid-game-s2'],
    ['season 2 squid', 'squid-game-s2'],
    ['cafe aroma', 'cafe-con-aroma-de-mujer-s1'],
    ['CAFÉ', 'cafe-con-aroma-de-mujer-s1'],
    ['wednes', 'wednesday-s1'],
    ['stranger 4', 'stranger-things-4'],
    // A whole word beats a name that merely starts with the letters (Woody Woodpecker).
    ['woo', 'extraordinary-attorney-woo-s1'],
    ['money heist 3', 'money-heist-part-3'],
    ['kpop', 'kpop-demon-hunters'],
    ['all of us', 'all-of-us-are-dead-s1'],
  ])('"%s" puts %s first', (query, first) => {
    expect(ids(query)[0]).toBe(first);
  });

  it('finds both films called Inheritance, each with its own category', () => {
    const found = searchTitles(index, 'inheritance').options.filter((o) => o.name === 'Inheritance');
    expect(found.map((o) => o.category).sort()).toEqual(['Films (English)', 'Films (Non-English)']);
  });

  it('orders seasons of one show by size when the words match alike', () => {
    expect(ids('squid game').slice(0, 3)).toEqual(['squid-game-s1', 'squid-game-s2', 'squid-game-s3']);
  });

  it('filters by category', () => {
    const options = searchTitles(index, 'inheritance', { category: 'Films (Non-English)' }).options;
    expect(options.map((o) => o.name)).toContain('Inheritance');
    expect(new Set(options.map((o) => o.category))).toEqual(new Set(['Films (Non-English)']));
  });

  it('matches nothing for words no title has', () => {
    expect(searchTitles(index, 'zzqx')).toEqual({ options: [], more: 0 });
  });

  it('lists at most 50 options and counts the rest', () => {
    const result = searchTitles(index, 'the');
    expect(result.options).toHaveLength(50);
    expect(result.more).toBeGreaterThan(500);
  });

  it('suggests the biggest titles by hours in their first 8 weeks when nothing is typed', () => {
    const { options, more } = searchTitles(index, '  ');
    // Hand-checked sums of each title's first 8 weeks (tests/figures.ts).
    expect(options.slice(0, 2).map((o) => [o.id, o.hoursFirst8])).toEqual([
      ['squid-game-s1', SG_WEEKS_1_8.value],
      ['wednesday-s1', WEDNESDAY_WEEKS_1_8.value],
    ]);
    expect(options.length + more).toBe(3_836);
  });

  it('gives each option its category, first week, weeks on the list and peak rank', () => {
    // awk over the file: Squid Game S1 first listed 2021-09-19, 32 rows, best rank 1.
    expect(searchTitles(index, 'squid game season 1').options[0]).toMatchObject({
      id: 'squid-game-s1',
      name: 'Squid Game: Season 1',
      category: 'TV (Non-English)',
      firstWeek: '2021-09-19',
      weeksOnList: 32,
      peakRank: 1,
    });
  });
});

describe('onTheListThisWeek', () => {
  it('holds the 40 titles of the week ending 2026-07-19, ten per list, rank 1 first', () => {
    const week = onTheListThisWeek(index);
    expect(index.latestWeek).toBe('2026-07-19');
    expect(week).toHaveLength(40);
    expect(onTheListThisWeek(index, 'TV (English)').map((t) => t.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('searchIndexSteps', () => {
  it('builds the same index a slice of 100 titles at a time: 3,836 titles, 38 pauses, then 2 to finish', () => {
    const steps = searchIndexSteps(loadCatalogTable());
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        expect(step.value).toEqual(index);
        break;
      }
      pauses += 1;
    }
    expect(pauses).toBe(38 + 2);
    expect(INDEX_SLICE).toBe(100);
  });
});
