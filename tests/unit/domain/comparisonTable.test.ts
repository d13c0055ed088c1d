import { describe, expect, it } from 'vitest';
import type { Comparison, ComparisonView } from '../../../src/domain/comparison/types';
import { AOUAD, BP, SG, compare } from '../../comparison';
import { DEFAULT_TOTALS, textsOf } from '../../figures';

const rowOf = (c: Comparison, label: string) => c.table.rows.find((r) => r.label === label)!;
const texts = (c: Comparison, label: string) => rowOf(c, label).cells.map((cell) => cell.text);

describe('table', () => {
  it.each<[string, Partial<ComparisonView>, string, string[]]>([
    // all-weeks-global.tsv, each title's rank in its nth week on the list.
    ['ranks keep their #', { metric: 'rank' }, 'Week 1', ['#1', '#1', '#6']],
    ['hours', {}, 'Week 3', ['571,760,000', '113,240,000', '30,940,000']],
    ['cumulative since the first week, weeks 5-8', { metric: 'cumulative', weeks: [5, 8] }, 'Week 8', textsOf(DEFAULT_TOTALS)],
  ])('%s', (_name, view, label, cells) => {
    expect(texts(compare(view), label)).toEqual(cells);
  });

  it.each<[string, Partial<ComparisonView>, string, string[]]>([
    ['hours: the sum of the weeks in range', {}, 'Total, weeks 1–8', textsOf(DEFAULT_TOTALS)],
    [
      'cumulative: the running total at the last week',
      { metric: 'cumulative', weeks: [5, 8] },
      'Running total at the last week shown',
      textsOf(DEFAULT_TOTALS),
    ],
    ['rank: the best rank (SG #1; AOUAD #3, #4, #5; BP #2, #4, #3)', { metric: 'rank', weeks: [6, 8] }, 'Best rank', ['#1', '#3', '#2']],
  ])('totals row, %s', (_name, view, label, cells) => {
    const { totals } = compare(view).table;
    expect([totals.label, totals.cells.map((c) => c.text)]).toEqual([label, cells]);
  });

  it('names each title’s list in the column under Rank', () => {
    expect(compare({ metric: 'rank' }).table.columns.map((c) => c.sub)).toEqual([
      'Rank in TV (Non-English)',
      'Rank in TV (Non-English)',
      'Rank in TV (Non-English)',
    ]);
  });

  it('under Calendar keeps only weeks where a selected title has a figure in range', () => {
    const c = compare({ align: 'calendar' });
    // 2021-12-26: none of the three on the list; 2022-03-27: only BP in range (AOUAD's 9th week is outside 1-8).
    expect(c.table.rows.some((r) => r.key === '2021-12-26')).toBe(false);
    const late = c.table.rows.find((r) => r.key === '2022-03-27')!;
    expect(late.cells.map((cell) => [cell.text, cell.empty])).toEqual([
      ['', 'Not in the Top 10 that week'],
      ['', 'On the list, outside weeks 1–8'],
      ['30,940,000', null],
    ]);
    expect(c.table.rows).toHaveLength(8 + 8 + 6);
  });

  it.each<[string, Partial<ComparisonView>, RegExp[], RegExp[]]>([
    ['default: no empty cell', {}, [/Marks \(\*, †, ‡ and §\)/], [/Empty cells/, /outside/]],
    [
      'calendar: both kinds of empty cell',
      { align: 'calendar' },
      [/Empty cells: not in the Top 10 that week\./, /Cells marked “outside”: on the list that week, but outside weeks 1–8\./],
      [/fewer weeks/],
    ],
    [
      'top10 past a run’s end',
      { titles: [AOUAD, BP], weeks: [9, 13] },
      [/Empty cells: the title had fewer weeks in the Top 10\./],
      [/not in the Top 10 that week/],
    ],
    ['premiere: BP not on the list in its week 1', { align: 'premiere' }, [/Empty cells: not in the Top 10 that week\./], [/outside/]],
    ['cumulative says since when', { metric: 'cumulative', titles: [SG] }, [/added up since its first week on the list/], []],
  ])('caption: %s', (_name, view, present, absent) => {
    const { caption } = compare(view).table;
    for (const re of present) expect(caption).toMatch(re);
    for (const re of absent) expect(caption).not.toMatch(re);
  });

  it('keeps BP off row 1 since premiere (it entered in its 2nd week)', () => {
    expect(rowOf(compare({ align: 'premiere', titles: [BP] }), 'Week 1').cells[0]!.empty).toBe('Not in the Top 10 that week');
  });
});
