// @vitest-environment node
import { catalogCaveats, VIEWS_SINCE, viewsCoverage, viewsCoverageText } from '../../../../src/domain/catalog/views';
import type { Title, TitleWeek } from '../../../../src/domain/types';
import { loadCatalog } from '../../../catalog';

const catalog = loadCatalog();
const title = (id: string): Title => {
  const t = catalog.titles.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id}`);
  return t;
};
const kinds = (id: string) => catalogCaveats(title(id), catalog.source.lastWeek).map((c) => c.kind);

describe('views: Netflix published them from the week ending 2023-06-18', () => {
  it('has no views before that week and views on every row from it (awk: weekly_views blank iff week < 2023-06-18)', () => {
    const weeks = catalog.titles.flatMap((t) => t.weeks);
    const before = weeks.filter((w) => w.week < VIEWS_SINCE);
    const after = weeks.filter((w) => w.week >= VIEWS_SINCE);
    // awk over all-weeks-global.tsv: 102 weeks x 40 rows before, 162 x 40 from it.
    expect([before.length, after.length]).toEqual([4_080, 6_480]);
    expect(before.filter((w) => w.views !== null)).toEqual([]);
    expect(after.filter((w) => w.views === null)).toEqual([]);
  });

  it.each([
    // Squid Game S1 rows 21-28 (awk): 2023-11-26 .. 2025-07-13, all with views.
    ['squid-game-s1', 20, 28, 8, 8, null],
    // Its first 8 weeks (2021) have none: a gap, not zero.
    ['squid-game-s1', 0, 8, 0, 8, 'views in 0 of 8 weeks'],
    // Weeks 19-22: 2022-01-23, 2022-06-19 (no views), 2023-11-26, 2024-12-29 (views).
    ['squid-game-s1', 18, 22, 2, 4, 'views in 2 of 4 weeks'],
  ])('%s weeks %i..%i: %i of %i with views', (id, from, to, withViews, count, text) => {
    const coverage = viewsCoverage(title(id).weeks.slice(from, to));
    expect(coverage).toMatchObject({ withViews, weeks: count });
    expect(coverage.total === null).toBe(withViews === 0);
    expect(viewsCoverageText(coverage)).toBe(text);
  });

  it('sums only the published views', () => {
    const weeks: TitleWeek[] = [
      { week: '2023-06-11', rank: 1, hours: 10, runtime: null, views: null, cumulativeWeeks: 1 },
      { week: '2023-06-18', rank: 1, hours: 10, runtime: 2, views: 5_000_000, cumulativeWeeks: 2 },
      { week: '2023-06-25', rank: 2, hours: 10, runtime: 2, views: 3_100_000, cumulativeWeeks: 3 },
    ];
    expect(viewsCoverage(weeks)).toEqual({ withViews: 2, weeks: 3, total: 8_100_000 });
    expect(viewsCoverageText(viewsCoverage(weeks))).toBe('views in 2 of 3 weeks');
  });
});

describe('catalogCaveats: for every title', () => {
  it.each([
    // Re-entry after a gap; 2021 weeks without views; curated premiere, so no "unknown" caveat.
    ['squid-game-s1', ['reentry', 'noViewsBefore']],
    // No premiere in Netflix's file; 28 weeks from 2022-11-27 with gaps before 2023-03-19,
    // 2023-04-16 and 2025-08-03 (awk over its rows, sorted by week).
    ['wednesday-s1', ['reentry', 'noViewsBefore', 'partialWeekUnknown']],
    // KPop Demon Hunters: 57 weeks in a row from 2025-06-22, all with views.
    ['kpop-demon-hunters', ['partialWeekUnknown']],
  ])('%s: %j', (id, expected) => {
    expect(kinds(id)).toEqual(expected);
  });

  it("says when a title's first week on the list is the file's last week", () => {
    const newcomer = catalog.titles.find((t) => t.weeks[0]!.week === catalog.source.lastWeek);
    expect(newcomer).toBeDefined();
    expect(kinds(newcomer!.id)).toContain('lastWeekOfFile');
  });

  it('counts the re-entries: Wednesday S1 came back 3 times', () => {
    const caveat = catalogCaveats(title('wednesday-s1'), catalog.source.lastWeek).find((c) => c.kind === 'reentry');
    expect(caveat?.text).toContain('came back 3 times');
  });

  it('words the unknown partial week plainly', () => {
    const caveat = catalogCaveats(title('wednesday-s1'), catalog.source.lastWeek).find((c) => c.kind === 'partialWeekUnknown');
    expect(caveat?.text).toBe(
      "Wednesday: Season 1: Netflix's file gives no premiere date, so week 1 is its first week on the list, and whether that week was a partial one is unknown.",
    );
  });
});
