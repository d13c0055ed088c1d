import { describe, expect, it } from 'vitest';
import { buildAllSeries } from '../../../src/domain/series';
import { buildTotals } from '../../../src/domain/totals';
import { formatPercent } from '../../../src/domain/format';
import type { Align, WeekRange } from '../../../src/domain/view';
import { AOUAD, BP, SG, loadSeed } from '../../seed';

const dataset = loadSeed();
const totalsFor = (align: Align, weeks: WeekRange, titles = [SG, AOUAD, BP]) =>
  buildTotals(buildAllSeries(dataset, { titles, weeks, align }), align, weeks);

describe('buildTotals', () => {
  // Hand-summed from all-weeks-global.tsv; 1..8 and the AOUAD 11-week figure are in data.md.
  it.each<[string, Align, WeekRange, [number, number, number]]>([
    ['weeks 1-8 in the Top 10', 'top10', [1, 8], [2_058_120_000, 630_570_000, 208_370_000]],
    ['weeks 1-4 in the Top 10', 'top10', [1, 4], [1_496_620_000, 536_390_000, 102_840_000]],
    ['weeks 1-8 since premiere: BP only 7 weeks on the list', 'premiere', [1, 8], [2_058_120_000, 630_570_000, 188_870_000]],
    ['calendar counts Top 10 weeks', 'calendar', [1, 8], [2_058_120_000, 630_570_000, 208_370_000]],
    ['every week, 1-32 (AOUAD ends at 11; awk over the file)', 'top10', [1, 32], [2_729_400_000, 659_510_000, 279_110_000]],
  ])('%s', (_name, align, weeks, expected) => {
    expect(totalsFor(align, weeks).map((t) => t.total)).toEqual(expected);
  });

  it('reports average, peak, weeks at #1 and share of the leader for the default view', () => {
    const [sg, aouad, bp] = totalsFor('top10', [1, 8]);
    expect([sg!.average, aouad!.average, bp!.average]).toEqual([257_265_000, 78_821_250, 26_046_250]);
    expect([sg!.peak!.week.hours, sg!.peak!.listWeek, sg!.peak!.week.week]).toEqual([571_760_000, 3, '2021-10-03']);
    expect([aouad!.peak!.week.hours, aouad!.peak!.week.week]).toEqual([236_230_000, '2022-02-06']);
    expect([bp!.peak!.week.hours, bp!.peak!.week.week, bp!.peak!.week.rank]).toEqual([41_460_000, '2022-04-10', 2]);
    expect([sg!.weeksAtNo1, aouad!.weeksAtNo1, bp!.weeksAtNo1]).toEqual([8, 5, 3]);
    expect([sg!.isLeader, formatPercent(aouad!.shareOfLeader!), formatPercent(bp!.shareOfLeader!)]).toEqual([true, '31%', '10%']);
    expect(aouad!.leaderName).toBe('Squid Game: Season 1');
  });

  it('counts weeks on the list against the weeks of the range under Week since premiere', () => {
    const bp = totalsFor('premiere', [1, 8]).find((t) => t.id === BP)!;
    expect([bp.weeksOnList, bp.weeksInRange]).toEqual([7, 8]);
  });

  it('names a new leader when the leader is unticked', () => {
    const [aouad, bp] = totalsFor('top10', [1, 8], [AOUAD, BP]);
    expect(aouad!.isLeader).toBe(true);
    expect(formatPercent(bp!.shareOfLeader!)).toBe('33%');
  });
});
