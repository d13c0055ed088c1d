import { describe, expect, it } from 'vitest';
import { announce, rowDetails } from '../../../src/domain/comparison/details';
import type { Comparison } from '../../../src/domain/comparison/types';
import type { Align, WeekRange } from '../../../src/domain/view';
import { AOUAD, BP, EX_MAS, SG, compare, exMas, withTitles } from '../../comparison';
import { AOUAD_WEEKS_1_2, SG_PEAK, SG_WEEKS_1_8, SG_WEEKS_3_5, SG_WEEK_1 } from '../../figures';

const pointsOf = (c: Comparison, id: string) => c.series.find((s) => s.id === id)!.points;

describe('buildComparison: the weeks each title shows', () => {
  // Figures from all-weeks-global.tsv, each title's rows oldest first.
  it.each<[string, string, Align, WeekRange, number[]]>([
    ['SG weeks 1-4 in Top 10', SG, 'top10', [1, 4], [63_190_000, 448_730_000, 571_760_000, 412_940_000]],
    ['SG weeks 3-5 (rows 2021-10-03, -10, -17)', SG, 'top10', [3, 5], [571_760_000, 412_940_000, 258_840_000]],
    ['AOUAD weeks 1-3', AOUAD, 'top10', [1, 3], [124_790_000, 236_230_000, 113_240_000]],
    ['BP week 1 since premiere: not on the list', BP, 'premiere', [1, 1], []],
    ['BP weeks 1-3 since premiere start at its 2nd week', BP, 'premiere', [1, 3], [15_900_000, 23_480_000]],
    ['SG weeks 19-20: the last week before the gap and the first re-entry', SG, 'top10', [19, 20], [10_200_000, 7_480_000]],
    ['AOUAD ends at week 11', AOUAD, 'top10', [10, 14], [9_430_000, 8_130_000]],
    ['calendar keeps Top 10 weeks', AOUAD, 'calendar', [1, 2], [124_790_000, 236_230_000]],
  ])('%s', (_name, id, align, weeks, hours) => {
    expect(pointsOf(compare({ titles: [id], align, weeks }), id).map((p) => p.week.hours)).toEqual(hours);
  });

  // Running totals start at the title's first week on the list whatever the range or alignment:
  // Running totals at the last week shown: the sums of the rows up to it (tests/figures.ts).
  it.each<[Align, WeekRange, string, string, number]>([
    ['top10', [5, 8], SG, '2021-11-07', SG_WEEKS_1_8.value],
    ['premiere', [5, 8], SG, '2021-11-07', SG_WEEKS_1_8.value],
    ['calendar', [5, 8], SG, '2021-11-07', SG_WEEKS_1_8.value],
    ['top10', [1, 8], SG, '2021-10-03', 1_083_680_000],
    ['top10', [2, 8], SG, '2021-10-03', 1_083_680_000],
    ['calendar', [1, 4], AOUAD, '2022-02-06', AOUAD_WEEKS_1_2.value],
  ])('cumulative under %s with weeks %j: %s in the week ending %s reads %i', (align, weeks, id, week, expected) => {
    const c = compare({ titles: [SG, AOUAD], align, weeks, metric: 'cumulative' });
    const row = c.rows.find((r) => r.points[id]?.week.week === week)!;
    expect(row.values[id]).toBe(expected);
  });

  it('hand-checked: Squid Game weeks 3-5 total 1,243,540,000 hours (571,760,000 + 412,940,000 + 258,840,000)', () => {
    expect(compare({ weeks: [3, 5] }).totals[0]!.total).toBe(SG_WEEKS_3_5.value);
  });
});

describe('buildComparison: lines break at every gap', () => {
  // Squid Game's rows: 19 -> 20 (2022-01-23 -> 2022-06-19), 20 -> 21 (-> 2023-11-26),
  // 22 -> 23 (2023-12-03 -> 2024-12-22), 29 -> 30 (2025-02-02 -> 2025-06-29).
  it.each<[Align, WeekRange, number]>([
    ['top10', [1, 32], 5],
    ['premiere', [1, 250], 5],
    ['calendar', [1, 32], 5],
    ['top10', [1, 19], 1],
    ['top10', [19, 20], 2],
  ])('under %s with weeks %j Squid Game is drawn as %i separate lines', (align, weeks, count) => {
    expect(compare({ titles: [SG], align, weeks }).segments).toHaveLength(count);
  });

  it('never joins week 19 to week 20 under Week in Top 10: each sits on its own segment', () => {
    const c = compare({ titles: [SG], weeks: [18, 21] });
    const at = (week: number) => c.rows.find((r) => r.key === week)!.segments;
    expect(at(19)).toEqual({ [`${SG}#0`]: 10_200_000, [`${SG}#1`]: null, [`${SG}#2`]: null });
    expect(at(20)).toEqual({ [`${SG}#0`]: null, [`${SG}#1`]: 7_480_000, [`${SG}#2`]: null });
  });

  it('breaks at a one-week absence (14 days between rows), and only there', () => {
    const c = compare({ titles: [EX_MAS], weeks: [1, 4] }, withTitles(exMas));
    expect(c.segments.map((s) => s.key)).toEqual([`${EX_MAS}#0`, `${EX_MAS}#1`]);
    expect(c.markers.map((m) => m.x)).toEqual([4]);
  });

  it.each<[string, Align, WeekRange, number[]]>([
    ['every Squid Game re-entry gets a rule, weeks 1-32', 'top10', [1, 32], [20, 21, 23, 30]],
    ['only the re-entries in view', 'top10', [21, 25], [21, 23]],
    ['weeks 1-8: none in view', 'top10', [1, 8], []],
    ['since premiere the gap shows on the axis itself', 'premiere', [1, 250], []],
  ])('re-entry rules: %s', (_name, align, weeks, xs) => {
    const c = compare({ titles: [SG, AOUAD, BP], align, weeks });
    expect(c.markers.map((m) => m.x)).toEqual(xs);
    expect(c.markers.every((m) => m.label === 'Squid Game re-enters')).toBe(true);
  });
});

describe('buildComparison: what a week says for each title', () => {
  const calendar = compare({ align: 'calendar', weeks: [1, 8] });
  const row = (week: string) => calendar.rows.find((r) => r.key === week)!;
  const say = (week: string) => announce(rowDetails(row(week), calendar.series, 'hours', 'calendar', [1, 8]));

  // all-weeks-global.tsv, 2022-03-27, TV (Non-English): All of Us Are Dead #7, 11,380,000 hours,
  // its 9th week on the list: outside weeks 1-8, but on the list.
  it('names a week on the list but outside the range as such, with its real figure', () => {
    const text = say('2022-03-27');
    expect(text).toContain(
      'All of Us Are Dead: Season 1: Outside the selected weeks 1–8: its 9th week on the list, 11,380,000 hours · #7 in TV (Non-English)',
    );
    expect(text).not.toMatch(/All of Us Are Dead: Season 1: Not in the Top 10/);
  });

  it('keeps "Not in the Top 10" for a week the title was not on the list', () => {
    // Squid Game was off the list from 2022-01-23 to 2022-06-19.
    expect(say('2022-03-27')).toContain('Squid Game: Season 1: Not in the Top 10 that week');
  });

  it('under Week in Top 10 an empty week is past the end of the title’s run', () => {
    const c = compare({ titles: [AOUAD, SG], weeks: [11, 12] });
    const details = rowDetails(c.rows[1]!, c.series, 'hours', 'top10', [11, 12]);
    expect(details.items[0]!.lines).toEqual(['Only 11 weeks in the Top 10']);
  });

  it.each<[string, string[]]>([['2021-10-03', ['Sep 27 – Oct 3, 2021', `${SG_PEAK.text} hours · #1 in TV (Non-English)`]]])(
    'hover on week 3 shows the dates, hours and rank with its list (%s)',
    (week, lines) => {
      const c = compare();
      const r = c.rows.find((x) => x.points[SG]?.week.week === week)!;
      const item = rowDetails(r, c.series, 'hours', 'top10', [1, 8]).items[0]!;
      expect(item.lines).toEqual(lines);
    },
  );

  it('names each title’s own list when titles come from different lists', () => {
    const c = compare({ titles: [SG, EX_MAS], weeks: [1, 2], metric: 'rank' }, withTitles(exMas));
    const details = rowDetails(c.rows[0]!, c.series, 'rank', 'top10', [1, 2]);
    expect(details.items.map((i) => i.lines.at(-1))).toEqual([
      `#1 in TV (Non-English) · ${SG_WEEK_1.text} hours`,
      '#2 in Films (English) · 19,400,000 hours',
    ]);
    expect(c.yAxis.title).toBe("Rank in each title's list");
  });

  it('gives the running total "since its first week on the list" under Cumulative', () => {
    const c = compare({ metric: 'cumulative', weeks: [5, 8] });
    const last = c.rows.at(-1)!;
    const lines = rowDetails(last, c.series, 'cumulative', 'top10', [5, 8]).items[0]!.lines;
    expect(lines).toContain(`${SG_WEEKS_1_8.text} hours since its first week on the list`);
  });
});
