import { describe, expect, it } from 'vitest';
import { shortNames, versus } from '../../../src/domain/comparison/names';
import type { ComparisonView } from '../../../src/domain/comparison/types';
import type { Title } from '../../../src/domain/types';
import { AOUAD, BP, SG, compare, seed } from '../../comparison';
import { SG_WEEKS_1_8 } from '../../figures';

const sg = seed.titles.find((t) => t.id === SG)!;
const season = (n: number): Title => ({
  ...sg,
  id: `squid-game-s${n}`,
  name: `Squid Game: Season ${n}`,
  seasonTitle: `Squid Game: Season ${n}`,
});

describe('the words around the chart follow the view', () => {
  it.each<[string, Partial<ComparisonView>, string[], RegExp[]]>([
    [
      'default',
      {},
      [
        `Weekly hours viewed, weeks 1–8 in the Top 10 for Squid Game: Season 1, All of Us Are Dead: Season 1 and Business Proposal: Limited Series. Squid Game: Season 1 leads with ${SG_WEEKS_1_8.text} hours.`,
      ],
      [/rank/i],
    ],
    ['calendar', { align: 'calendar' }, ['by calendar date'], [/lined up from each title’s first week/]],
    ['premiere', { align: 'premiere' }, ['since premiere'], [/in the Top 10 for/]],
    [
      'rank, weeks 1-5: SG and AOUAD tie on weeks at #1 (rows 2021-09-19..10-17 and 2022-01-30..02-27, all #1)',
      { metric: 'rank', weeks: [1, 5] },
      [
        'Best rank: #1 for Squid Game: Season 1, All of Us Are Dead: Season 1 and Business Proposal: Limited Series.',
        'Most weeks at #1: Squid Game: Season 1 and All of Us Are Dead: Season 1 (5 each).',
      ],
      [/hours/, /leads/],
    ],
    [
      'rank, weeks 6-8: only SG stays at #1',
      { metric: 'rank', weeks: [6, 8] },
      ['Most weeks at #1: Squid Game: Season 1 (3).', 'Best rank: #1 for Squid Game: Season 1.'],
      [/All of Us Are Dead: Season 1 \(/],
    ],
    [
      'rank, weeks 9-13: no title at #1; best is SG #1 in week 9',
      { metric: 'rank', weeks: [10, 13], titles: [AOUAD, BP] },
      ['Best rank: #3 for Business Proposal: Limited Series.', 'No title reached #1 in these weeks.'],
      [/Most weeks/],
    ],
    [
      'cumulative names the running total',
      { metric: 'cumulative', weeks: [5, 8] },
      [`its running total since its first week on the list is ${SG_WEEKS_1_8.text}`],
      [],
    ],
  ])('summary: %s', (_name, view, present, absent) => {
    const { summary } = compare(view);
    for (const text of present) expect(summary).toContain(text);
    for (const re of absent) expect(summary).not.toMatch(re);
  });

  it.each<[Partial<ComparisonView>, string]>([
    [{}, 'Hours viewed, week by week, lined up from each title’s first week on the list. Figures are Netflix’s own, to the unit.'],
    [{ align: 'calendar' }, 'Hours viewed, week by week, placed by calendar date. Figures are Netflix’s own, to the unit.'],
    [
      { metric: 'rank', align: 'premiere' },
      'Each week’s rank on Netflix’s Top 10 list, lined up from each title’s premiere week. Ranks are Netflix’s own.',
    ],
    [
      { metric: 'cumulative' },
      'Hours viewed, added up from each title’s first week on the list, where each line starts. Figures are Netflix’s own, to the unit.',
    ],
    [
      { metric: 'cumulative', align: 'premiere' },
      'Hours viewed, added up from each title’s first week on the list, lined up from each title’s premiere week. Figures are Netflix’s own, to the unit.',
    ],
  ])('dek for %j', (view, dek) => {
    expect(compare(view).dek).toBe(dek);
  });

  it.each<[Partial<ComparisonView>, RegExp]>([
    [{}, /^Hours viewed in weeks 1–8 in the Top 10, summed over the weeks each title was on the list/],
    [{ metric: 'cumulative' }, /running totals start earlier, at each title’s first week on the list/],
    [{ align: 'premiere', weeks: [2, 5] }, /^Hours viewed in weeks 2–5 since premiere/],
  ])('totals sentence for %j', (view, re) => {
    expect(compare(view).totalsSentence).toMatch(re);
  });

  it.each<[Partial<ComparisonView>, string]>([
    [{ metric: 'rank' }, 'Rank, weeks 1–8 in the Top 10'],
    [{ metric: 'cumulative', align: 'calendar', weeks: [1, 4] }, 'Cumulative hours viewed, weeks 1–4 in the Top 10, by calendar date'],
    [{ weeks: [3, 3] }, 'Weekly hours viewed, week 3 in the Top 10'],
  ])('heading for %j', (view, heading) => {
    expect(compare(view).heading).toBe(heading);
  });
});

describe('document title', () => {
  it.each<[Partial<ComparisonView>, string]>([
    [{}, 'Squid Game vs All of Us Are Dead vs Business Proposal: weekly hours, weeks 1–8 · Top 10 Compare'],
    [
      { titles: [BP], metric: 'rank', align: 'premiere', weeks: [2, 5] },
      'Business Proposal: weekly rank, weeks 2–5 since premiere · Top 10 Compare',
    ],
    [
      { titles: [AOUAD, SG], metric: 'cumulative', align: 'calendar' },
      'All of Us Are Dead vs Squid Game: cumulative hours, weeks 1–8 by date · Top 10 Compare',
    ],
  ])('%j', (view, title) => {
    expect(compare(view).documentTitle).toBe(title);
  });

  it('tells seasons of one show apart', () => {
    const names = shortNames([season(1), season(2), seed.titles.find((t) => t.id === AOUAD)!]);
    expect([...names.values()]).toEqual(['Squid Game S1', 'Squid Game S2', 'All of Us Are Dead']);
  });

  it('stays short with many titles', () => {
    const names = [
      'Squid Game',
      'All of Us Are Dead',
      'Business Proposal',
      'Wednesday',
      'Extraordinary Attorney Woo',
      'Stranger Things',
      'The Crown',
      'Dark',
    ];
    const text = versus(names);
    expect(text).toBe('Squid Game vs All of Us Are Dead and 6 more');
    expect(`${text}: weekly hours, weeks 1–8`.length).toBeLessThan(70);
  });
});
