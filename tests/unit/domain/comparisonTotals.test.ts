import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/domain/format';
import type { Title } from '../../../src/domain/types';
import type { Align, WeekRange } from '../../../src/domain/view';
import { AOUAD, BP, SG, compare, seed, withTitles } from '../../comparison';
import {
  AOUAD_ALL_11_WEEKS,
  AOUAD_PEAK,
  AOUAD_WEEKS_1_4,
  AOUAD_WEEKS_1_8,
  BP_PEAK,
  BP_PREMIERE_WEEKS_1_8,
  BP_WEEKS_1_4,
  BP_WEEKS_1_8,
  SG_PEAK,
  SG_WEEKS_1_4,
  SG_WEEKS_1_8,
  SG_WEEKS_3_5,
} from '../../figures';

describe('totals', () => {
  // Hand-summed from all-weeks-global.tsv; 1..8 and the AOUAD 11-week figure are in data.md.
  it.each<[string, Align, WeekRange, [number, number, number]]>([
    ['weeks 1-8 in the Top 10', 'top10', [1, 8], [SG_WEEKS_1_8.value, AOUAD_WEEKS_1_8.value, BP_WEEKS_1_8.value]],
    ['weeks 1-4 in the Top 10', 'top10', [1, 4], [SG_WEEKS_1_4.value, AOUAD_WEEKS_1_4.value, BP_WEEKS_1_4.value]],
    [
      'weeks 3-5 in the Top 10 (SG 571,760,000 + 412,940,000 + 258,840,000; AOUAD 113,240,000 + 62,130,000 + 38,860,000; BP 30,940,000 + 32,520,000 + 41,460,000)',
      'top10',
      [3, 5],
      [SG_WEEKS_3_5.value, 214_230_000, 104_920_000],
    ],
    [
      'weeks 1-8 since premiere: BP only 7 weeks on the list',
      'premiere',
      [1, 8],
      [SG_WEEKS_1_8.value, AOUAD_WEEKS_1_8.value, BP_PREMIERE_WEEKS_1_8.value],
    ],
    ['calendar counts Top 10 weeks', 'calendar', [1, 8], [SG_WEEKS_1_8.value, AOUAD_WEEKS_1_8.value, BP_WEEKS_1_8.value]],
    ['every week, 1-32 (AOUAD ends at 11; awk over the file)', 'top10', [1, 32], [2_729_400_000, AOUAD_ALL_11_WEEKS.value, 279_110_000]],
  ])('%s', (_name, align, weeks, expected) => {
    expect(compare({ align, weeks }).totals.map((t) => t.total)).toEqual(expected);
  });

  it('reports average, peak, best rank, weeks at #1 and share of the leader for the default view', () => {
    const [sg, aouad, bp] = compare().totals;
    expect([sg!.average, aouad!.average, bp!.average]).toEqual([257_265_000, 78_821_250, 26_046_250]);
    expect([sg!.peak!.week.hours, sg!.peak!.listWeek, sg!.peak!.week.week]).toEqual([SG_PEAK.value, 3, SG_PEAK.from]);
    expect([aouad!.peak!.week.hours, aouad!.peak!.week.week]).toEqual([AOUAD_PEAK.value, AOUAD_PEAK.from]);
    expect([bp!.peak!.week.hours, bp!.peak!.week.week, bp!.peak!.week.rank]).toEqual([BP_PEAK.value, BP_PEAK.from, 2]);
    // BP first reached #1 in its 2nd week (2022-03-20) and held it in weeks 3 and 4: a tie keeps the first.
    expect([bp!.best!.week.rank, bp!.best!.listWeek]).toEqual([1, 2]);
    expect([sg!.weeksAtNo1, aouad!.weeksAtNo1, bp!.weeksAtNo1]).toEqual([8, 5, 3]);
    expect([sg!.isLeader, aouad!.isLeader, formatPercent(aouad!.shareOfLeader!), formatPercent(bp!.shareOfLeader!)]).toEqual([
      true,
      false,
      '31%',
      '10%',
    ]);
    expect(aouad!.leaderName).toBe('Squid Game: Season 1');
  });

  it('names no leader when one title is compared', () => {
    const [only] = compare({ titles: [AOUAD] }).totals;
    expect([only!.isLeader, only!.shareOfLeader]).toEqual([false, null]);
  });

  it('counts weeks on the list against the weeks of the range under Week since premiere', () => {
    const bp = compare({ align: 'premiere' }).totals.find((t) => t.id === BP)!;
    expect([bp.weeksOnList, bp.weeksInRange]).toEqual([7, 8]);
  });

  it('names a new leader when the leader is unticked', () => {
    const [aouad, bp] = compare({ titles: [AOUAD, BP] }).totals;
    expect(aouad!.isLeader).toBe(true);
    expect(formatPercent(bp!.shareOfLeader!)).toBe('33%');
  });

  it('a title with no week in range has no figures, not zeros to compare', () => {
    const bp = compare({ align: 'premiere', weeks: [1, 1] }).totals.find((t) => t.id === BP)!;
    expect([bp.weeksOnList, bp.peak, bp.average]).toEqual([0, null, null]);
  });
});

describe('empty range and the sliders’ reach', () => {
  it('says an empty range and offers the weeks the titles have', () => {
    const c = compare({ titles: [AOUAD], weeks: [20, 32] });
    expect(c.empty).toEqual({
      message: 'All of Us Are Dead: Season 1: nothing to draw in weeks 20–32 in the Top 10. It was not on the list in those weeks.',
      suggestion: [1, 11],
      suggestionLabel: 'Show weeks 1–11',
    });
    expect(c.rows).toEqual([]);
  });

  it('is not empty while any title has a week in range', () => {
    expect(compare({ titles: [AOUAD, SG], weeks: [20, 32] }).empty).toBeNull();
  });

  // Squid Game: 32 weeks on the list; premiered 2021-09-17, last row 2025-07-13 = week 200 since premiere.
  it.each<[string[], Align, number]>([
    [[AOUAD], 'top10', 11],
    [[AOUAD, SG], 'top10', 32],
    [[AOUAD, BP], 'calendar', 13],
    [[SG], 'premiere', 200],
  ])('%j under %s reach week %i', (titles, align, max) => {
    expect(compare({ titles, align }).weekMax).toBe(max);
  });
});

describe('ties', () => {
  // The same rows under a second id: a dead heat on every figure.
  const aouad = seed.titles.find((t) => t.id === AOUAD)!;
  const twin: Title = { ...aouad, id: 'twin', name: 'Twin of All of Us Are Dead' };

  it.each<[string[], string]>([
    [[AOUAD, 'twin'], 'All of Us Are Dead: Season 1'],
    [['twin', AOUAD], 'Twin of All of Us Are Dead'],
  ])('a tie on total hours goes to the first title in legend order (%j)', (titles, leader) => {
    const totals = compare({ titles }, withTitles(twin)).totals;
    expect(totals.filter((t) => t.isLeader).map((t) => t.name)).toEqual([leader]);
  });

  it('a tie on weeks at #1 names both titles', () => {
    const { summary } = compare({ titles: ['twin', AOUAD], metric: 'rank' }, withTitles(twin));
    expect(summary).toContain('Most weeks at #1: Twin of All of Us Are Dead and All of Us Are Dead: Season 1 (5 each).');
  });

  it('a peak reached twice is the first week that reached it', () => {
    // Its 3rd week given the 2nd week's 236,230,000 hours.
    const weeks = aouad.weeks.map((w, i) => (i === 2 ? { ...w, hours: 236_230_000 } : w));
    const [t] = compare({ titles: ['twin'] }, withTitles({ ...twin, weeks })).totals;
    expect(t!.peak!.listWeek).toBe(2);
  });
});
