import { describe, expect, it } from 'vitest';
import { reentryMarkers } from '../../../src/domain/caveats';
import { buildChartRows, calendarTicks } from '../../../src/domain/chartRows';
import { buildAllSeries, buildSeries, metricValue } from '../../../src/domain/series';
import type { Align, WeekRange } from '../../../src/domain/view';
import { AOUAD, BP, SG, loadSeed } from '../../seed';

const dataset = loadSeed();
const title = (id: string) => dataset.titles.find((t) => t.id === id)!;

describe('buildSeries', () => {
  // Figures from all-weeks-global.tsv, rows for each title, summed by hand.
  it.each<[string, string, Align, WeekRange, number[]]>([
    ['SG weeks 1-4 in Top 10', SG, 'top10', [1, 4], [63_190_000, 448_730_000, 571_760_000, 412_940_000]],
    ['AOUAD weeks 1-3', AOUAD, 'top10', [1, 3], [124_790_000, 236_230_000, 113_240_000]],
    ['BP weeks 1-2 in Top 10', BP, 'top10', [1, 2], [15_900_000, 23_480_000]],
    ['BP week 1 since premiere: not on the list', BP, 'premiere', [1, 1], []],
    ['BP weeks 1-3 since premiere start at its 2nd week', BP, 'premiere', [1, 3], [15_900_000, 23_480_000]],
    ['SG weeks 19-20: the last week before the gap and the first re-entry', SG, 'top10', [19, 20], [10_200_000, 7_480_000]],
    ['AOUAD ends at week 11', AOUAD, 'top10', [10, 14], [9_430_000, 8_130_000]],
    ['calendar keeps Top 10 weeks', AOUAD, 'calendar', [1, 2], [124_790_000, 236_230_000]],
  ])('%s', (_name, id, align, range, hours) => {
    expect(buildSeries(title(id), range, align).points.map((p) => p.week.hours)).toEqual(hours);
  });

  it.each<[string, number, number]>([
    // Squid Game premiered Fri 2021-09-17; 2022-06-19 is 39 weeks after 2021-09-19.
    ['2021-09-19', 1, 1],
    ['2021-10-03', 3, 3],
    ['2022-01-23', 19, 19],
    ['2022-06-19', 20, 40],
  ])('Squid Game week ending %s: list week %i, week %i since premiere', (week, listWeek, premiereWeek) => {
    const p = buildSeries(title(SG), [1, 32], 'top10').points.find((x) => x.week.week === week)!;
    expect([p.listWeek, p.premiereWeek]).toEqual([listWeek, premiereWeek]);
  });

  it.each<[WeekRange, number, number]>([
    [[1, 8], 3, 1_083_680_000],
    [[2, 8], 3, 1_020_490_000],
    [[1, 8], 8, 2_058_120_000],
  ])('cumulative hours for Squid Game over %j at week %i', (range, week, expected) => {
    const p = buildSeries(title(SG), range, 'top10').points.find((x) => x.listWeek === week)!;
    expect(metricValue(p, 'cumulative')).toBe(expected);
  });

  it('flags the 3-day first week and re-entries', () => {
    const points = buildSeries(title(SG), [1, 32], 'top10').points;
    expect(points[0]!.notes[0]).toMatch(/Only 3 days of viewing/);
    expect(points[1]!.notes).toEqual([]);
    expect(points[19]!.notes[0]).toMatch(/Re-entry after 20 weeks off the list/);
    expect(points[31]!.notes[0]).toMatch(/Part of a later re-entry/);
    expect(buildSeries(title(BP), [1, 1], 'top10').points[0]!.notes).toEqual(['Entered the list in its 2nd week on Netflix']);
  });
});

describe('buildChartRows', () => {
  const view = { titles: [SG, AOUAD, BP], weeks: [1, 8] as const };

  it('gives one row per week and a gap (null, never 0) where a title was off the list', () => {
    const series = buildAllSeries(dataset, { ...view, align: 'premiere' });
    const rows = buildChartRows(series, 'hours', 'premiere', [1, 8]);
    expect(rows.map((r) => r.key)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows[0]!.values).toEqual({ [SG]: 63_190_000, [AOUAD]: 124_790_000, [BP]: null });
    expect(rows[1]!.values[BP]).toBe(15_900_000);
  });

  it('reverses nothing itself but carries ranks for the Rank metric', () => {
    const series = buildAllSeries(dataset, { ...view, align: 'top10' });
    const rows = buildChartRows(series, 'rank', 'top10', [1, 8]);
    expect(rows.map((r) => r.values[BP])).toEqual([6, 1, 1, 1, 2, 2, 4, 3]);
  });

  it('spans every calendar week between the runs, so 2021 and 2022 sit apart', () => {
    const series = buildAllSeries(dataset, { ...view, align: 'calendar' });
    const rows = buildChartRows(series, 'hours', 'calendar', [1, 8]);
    expect(rows[0]!.key).toBe('2021-09-19');
    expect(rows[rows.length - 1]!.key).toBe('2022-05-01');
    expect(rows).toHaveLength(33);
    const gap = rows.find((r) => r.key === '2021-12-26')!;
    expect(Object.values(gap.values)).toEqual([null, null, null]);
  });

  it('ends the Top 10 axis where the longest selected run ends', () => {
    const series = buildAllSeries(dataset, { titles: [AOUAD], weeks: [1, 32], align: 'top10' });
    expect(buildChartRows(series, 'hours', 'top10', [1, 32])).toHaveLength(11);
  });
});

describe('calendarTicks', () => {
  const weeks = (from: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10));
  it.each<[string, string, number, string[]]>([
    ['one tick a month over a short span', '2021-09-19', 12, ['2021-10-03', '2021-11-07', '2021-12-05']],
    ['one a quarter over two years', '2021-09-19', 100, ['2021-10-03', '2022-01-02', '2022-04-03', '2022-07-03', '2022-10-02', '2023-01-01', '2023-04-02', '2023-07-02']],
    ['one a year over four years', '2021-09-19', 200, ['2022-01-02', '2023-01-01', '2024-01-07', '2025-01-05']],
  ])('%s', (_name, from, n, expected) => {
    expect(calendarTicks(weeks(from, n))).toEqual(expected);
  });
});

describe('reentryMarkers', () => {
  it.each<[string, Align, WeekRange, { x: number; label: string }[]]>([
    ['weeks 1-32 in the Top 10: Squid Game returns at list week 20 (2022-06-19)', 'top10', [1, 32], [{ x: 20, label: 'Squid Game re-enters' }]],
    ['weeks 1-8: no re-entry in view', 'top10', [1, 8], []],
    ['since premiere the gap shows on the axis itself', 'premiere', [1, 200], []],
  ])('%s', (_name, align, weeks, expected) => {
    expect(reentryMarkers(buildAllSeries(dataset, { titles: [SG, AOUAD, BP], weeks, align }), align)).toEqual(expected);
  });
});
