// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rowDetails } from '../../../src/domain/comparison/details';
import { displayedTable } from '../../../src/domain/export/displayed';
import type { Comparison, ComparisonView } from '../../../src/domain/comparison/types';
import type { WeekRange } from '../../../src/domain/view';
import { loadCatalog } from '../../catalog';
import { compare } from '../../comparison';
import { BABY_REINDEER_VIEWS_1_4 } from '../../figures';

const catalog = loadCatalog();
const views = (titles: string[], weeks: WeekRange, more: Partial<ComparisonView> = {}): Comparison =>
  compare({ titles, weeks, metric: 'views', ...more }, catalog);
const values = (c: Comparison, id: string) => c.rows.map((r) => r.values[id]);

// Every figure below is a sum of weekly_views (column 8) over rows of all-weeks-global.tsv, found
// with awk -F'\t' '$5 == "<season_title>"' (or '$4 == ...' for films) and sorted by week.
describe('Views: totals over the weeks Netflix published views', () => {
  it.each<[string, string, WeekRange, number, number, string | null, [number, string]]>([
    // Baby Reindeer, 2024-04-14..2024-05-05: 2,600,000 + 13,300,000 + 22,000,000 + 18,600,000.
    ['a 2024 title, first 4 weeks', 'baby-reindeer-s1', [1, 4], BABY_REINDEER_VIEWS_1_4.value, 4, null, [22_000_000, '2024-04-28']],
    // FUBAR S1: 2023-05-28, 06-04, 06-11 blank; 2023-06-18 3,400,000 + 2023-06-25 2,100,000.
    ['on the list before and after 2023-06-18', 'fubar-s1', [1, 5], 5_500_000, 2, 'views in 2 of 5 weeks', [3_400_000, '2023-06-18']],
    // Fake Profile S1: 06-04, 06-11 blank; 5,600,000 + 3,300,000 + 2,100,000 + 1,500,000 (06-18..07-09),
    // then back in 2025: 2,900,000 (01-19) + 1,700,000 (01-26).
    ['partly before, with a re-entry', 'fake-profile-s1', [1, 8], 17_100_000, 6, 'views in 6 of 8 weeks', [5_600_000, '2023-06-18']],
    // A Beautiful Life (film): 06-04, 06-11 blank; 4,000,000 + 1,900,000 + 1,600,000 + 1,100,000 + 800,000.
    ['a film spanning the change', 'a-beautiful-life', [1, 7], 9_400_000, 5, 'views in 5 of 7 weeks', [4_000_000, '2023-06-18']],
    // Beyond the Bar, weekly launch with runtime 0 in weeks 1-6: 1,800,000 + 4,600,000 + 4,500,000
    // + 4,100,000 + 3,500,000 + 3,200,000 + 2,600,000. Views peak in week 2; hours peak in week 6 (42,700,000).
    ['published views where runtime is 0', 'beyond-the-bar-s1', [1, 7], 24_300_000, 7, null, [4_600_000, '2025-08-10']],
  ])('%s: %s weeks %j', (_name, id, weeks, total, counted, coverage, [peak, peakWeek]) => {
    const [t] = views([id], weeks).totals;
    expect([t!.total, t!.weeksCounted, t!.coverage]).toEqual([total, counted, coverage]);
    expect(t!.average).toBe(total / counted);
    expect([t!.peak!.week.views, t!.peak!.week.week]).toEqual([peak, peakWeek]);
  });

  it('counts nothing, never 0 as a figure, when no week in range has views (Wednesday S1, 2022-11-27..2023-01-15)', () => {
    const [wed, baby] = views(['wednesday-s1', 'baby-reindeer-s1'], [1, 8]).totals;
    expect([wed!.weeksOnList, wed!.weeksCounted, wed!.coverage, wed!.average, wed!.peak]).toEqual([
      8,
      0,
      'views in 0 of 8 weeks',
      null,
      null,
    ]);
    // Baby Reindeer's 8 weeks: 56,500,000 + 11,400,000 + 7,400,000 + 4,500,000 + 2,800,000.
    expect([baby!.total, baby!.isLeader, wed!.isLeader, wed!.shareOfLeader]).toEqual([82_600_000, true, false, null]);
  });

  it('leaves the hours under Cumulative: FUBAR S1 weeks 1-5 (88,940,000 + 88,030,000 + 42,280,000 + 24,500,000 + 15,300,000)', () => {
    const c = compare({ titles: ['fubar-s1'], weeks: [1, 5], metric: 'cumulative' }, catalog);
    expect([c.totals[0]!.total, c.totals[0]!.coverage, c.yAxis.title]).toEqual([259_050_000, null, 'Cumulative hours viewed']);
    expect(values(c, 'fubar-s1').at(-1)).toBe(259_050_000);
  });
});

describe('Views: what the chart draws', () => {
  it('draws gaps before 2023-06-18, never zeros or estimates (FUBAR S1 has runtime 7.1333 later)', () => {
    const c = views(['fubar-s1'], [1, 5]);
    expect(values(c, 'fubar-s1')).toEqual([null, null, null, 3_400_000, 2_100_000]);
    expect(c.rows.every((r) => r.points['fubar-s1'])).toBe(true);
  });

  it.each<[string, string, number, number, number]>([
    // 2025-09-07: hours 42,700,000, runtime 0, weekly_views 3,200,000.
    ['runtime 0 (weekly launch)', 'beyond-the-bar-s1', 6, 42_700_000, 3_200_000],
    // 2025-12-21: hours 35,300,000, runtime 0, weekly_views 10,900,000 (a live event).
    ['runtime 0 (live event)', 'jake-paul-vs-anthony-joshua', 1, 35_300_000, 10_900_000],
    // 2026-06-07: hours 6,200,000 / runtime 1.7833 = 3,476,700, but Netflix published 2,000,000.
    ['views ≠ hours ÷ runtime', 'raw-june-1-2026', 1, 6_200_000, 2_000_000],
  ])('keeps the published views: %s', (_name, id, week, hours, published) => {
    const c = views([id], [week, week]);
    const row = c.rows.find((r) => r.key === week)!;
    expect([row.points[id]!.week.hours, row.values[id]]).toEqual([hours, published]);
    expect(c.table.rows.find((r) => r.key === String(week))!.cells[0]!.text).toBe(new Intl.NumberFormat('en-US').format(published));
  });

  it('says views on the axis, heading, table, tooltip and summary', () => {
    const c = views(['fubar-s1', 'a-beautiful-life'], [1, 5]);
    expect([c.yAxis.title, c.heading, c.table.columns.map((col) => col.sub)]).toEqual([
      'Views',
      'Views, weeks 1–5 in the Top 10',
      ['Views', 'Views'],
    ]);
    // A Beautiful Life weeks 1-5: 4,000,000 + 1,900,000 + 1,600,000 against FUBAR's 5,500,000.
    expect(c.summary).toBe(
      'Views, weeks 1–5 in the Top 10 for FUBAR: Season 1 and A Beautiful Life. A Beautiful Life leads with 7,500,000 views (views in 3 of 5 weeks).',
    );
    expect(c.table.totals.label).toBe('Total views, weeks 1–5');
    expect(c.table.totals.cells.map((cell) => [cell.text, cell.date])).toEqual([
      ['5,500,000', 'views in 2 of 5 weeks'],
      ['7,500,000', 'views in 3 of 5 weeks'],
    ]);
    expect(c.table.rows[0]!.cells[0]).toMatchObject({ text: '', empty: 'No views: Netflix published none that week' });
    expect(c.table.caption).toContain('Empty cells before the week ending Jun 18, 2023: on the list, but Netflix published no views.');
    const lines = (key: number) =>
      rowDetails(
        c.rows.find((r) => r.key === key)!,
        c.series,
        'views',
        'top10',
        [1, 5],
      ).items[0]!.lines;
    expect(lines(1)).toEqual(['May 22 – 28, 2023', 'No views published · #1 in TV (English)']);
    expect(lines(4)).toEqual(['Jun 12 – 18, 2023', '3,400,000 views · #5 in TV (English)']);
    expect(c.documentTitle).toBe('FUBAR vs A Beautiful Life: weekly views, weeks 1–5 · Top 10 Compare');
  });
});

describe('Views: Netflix published none before 2023-06-18, said once', () => {
  const NOTE = 'Netflix published no views before the week ending Jun 18, 2023';
  it.each<[string, string[], WeekRange, Partial<ComparisonView>, string | null]>([
    [
      'two titles with early weeks: one note naming both',
      ['fubar-s1', 'fake-profile-s1', 'baby-reindeer-s1'],
      [1, 5],
      {},
      'FUBAR: Season 1 and Fake Profile: Season 1',
    ],
    ['a 2024 title alone: no note', ['baby-reindeer-s1'], [1, 8], {}, null],
    ['FUBAR from week 4: its early weeks are out of range', ['fubar-s1'], [4, 5], {}, null],
    ['the same weeks under Weekly hours: no note', ['fubar-s1'], [1, 5], { metric: 'hours' }, null],
    ['under Calendar too', ['fubar-s1'], [1, 5], { align: 'calendar' }, 'FUBAR: Season 1'],
  ])('%s', (_name, titles, weeks, more, named) => {
    const c = views(titles, weeks, more);
    const notes = c.caveats.filter((x) => x.text.startsWith(NOTE));
    expect(notes).toHaveLength(named === null ? 0 : 1);
    if (named !== null)
      expect(notes[0]!.text).toBe(
        `Netflix published no views before the week ending Jun 18, 2023: the earlier weeks of ${named} are gaps, never zeros or estimates.`,
      );
  });

  it('marks each week without views with the same note', () => {
    const c = views(['fubar-s1'], [1, 5]);
    const mark = c.caveats.find((x) => x.text.startsWith(NOTE))!.mark;
    const marked = c.series[0]!.points.filter((p) => p.notes.some((n) => n.mark === mark)).map((p) => p.week.week);
    expect(marked).toEqual(['2023-05-28', '2023-06-04', '2023-06-11']);
  });
});

describe('Views: nothing to draw', () => {
  // Squid Game S1's rows, sorted by week (awk): weeks 1-20 run 2021-09-19..2022-06-19, no views;
  // weeks 21-32 run 2023-11-26..2025-07-13, all with views. Under Week since premiere (premiere week
  // ending 2021-09-19) those are weeks 115 (+798 days) to 200 (+1,393 days).
  // All of Us Are Dead S1 (2022) and Business Proposal (2022) have no views at all.
  it.each<[string, string[], WeekRange, Partial<ComparisonView>, [number, number] | null, string]>([
    [
      'the default titles, weeks 1-8',
      ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'],
      [1, 8],
      {},
      [21, 32],
      'Show weeks 21–32, the weeks with views',
    ],
    ['since premiere', ['squid-game-s1'], [1, 8], { align: 'premiere' }, [115, 200], 'Show weeks 115–200, the weeks with views'],
    ['a title with no views at all', ['all-of-us-are-dead-s1'], [1, 8], {}, null, ''],
  ])('%s', (_name, titles, weeks, more, suggestion, label) => {
    const c = compare({ titles, weeks, metric: 'views', ...more });
    expect(c.empty).toMatchObject({ suggestion, suggestionLabel: label });
    expect(c.empty!.message).toMatch(
      /: no views to draw in weeks 1–8 (in the Top 10|since premiere)\. Netflix published none before the week ending Jun 18, 2023\.$/,
    );
  });

  it('draws as usual once a week in range has views, and under Weekly hours', () => {
    expect(compare({ titles: ['squid-game-s1'], weeks: [20, 21], metric: 'views' }).empty).toBeNull();
    expect(compare({ titles: ['squid-game-s1'], weeks: [1, 8], metric: 'hours' }).empty).toBeNull();
  });
});

describe('Views: the displayed-data CSV', () => {
  it('has a weekly_views column with empty figures where Netflix published none (FUBAR S1, weeks 1-5)', () => {
    const t = displayedTable(views(['fubar-s1'], [1, 5]), catalog.source);
    const col = t.columns.indexOf('weekly_views');
    expect(col).toBeGreaterThan(-1);
    expect(t.rows.map((r) => r[col])).toEqual([null, null, null, 3_400_000, 2_100_000]);
  });
});
