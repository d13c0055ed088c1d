// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { daysInPremiereWeek, markFor, reentryStarts } from '../../../../src/domain/comparison/caveats';
import { AOUAD, BP, SG, seed } from '../../../comparison';

const title = (id: string) => seed.titles.find((t) => t.id === id)!;

describe('caveat marks and the facts behind them', () => {
  // Six marks, then each doubled, then tripled: a mark never repeats within one chart.
  it.each<[number, string]>([
    [0, '*'],
    [1, '†'],
    [5, '¶'],
    [6, '**'],
    [7, '††'],
    [11, '¶¶'],
    [12, '***'],
  ])('markFor(%i) = %s', (n, mark) => {
    expect(markFor(n)).toBe(mark);
  });

  // Netflix weeks run Monday to Sunday.
  it.each<[string, string, number]>([
    ['Monday 2022-02-28 (Business Proposal)', '2022-02-28', 7],
    ['Friday 2021-09-17 (Squid Game S1)', '2021-09-17', 3],
    ['Saturday 2022-01-29', '2022-01-29', 2],
    ['Sunday 2022-01-30', '2022-01-30', 1],
  ])('a premiere on %s holds %i days of its first week', (_name, premiere, days) => {
    expect(daysInPremiereWeek(premiere)).toBe(days);
  });

  // Squid Game S1's rows (all-weeks-global.tsv, $5 == "Squid Game: Season 1", sorted by week), gaps of
  // more than 7 days: 2022-01-23 -> 2022-06-19 (20th row), 2022-06-19 -> 2023-11-26 (21st),
  // 2023-12-03 -> 2024-12-22 (23rd), 2025-02-02 -> 2025-06-29 (30th).
  it.each<[string, string, number[]]>([
    ['Squid Game S1: four re-entries', SG, [19, 20, 22, 29]],
    ['All of Us Are Dead S1: 11 weeks in a row', AOUAD, []],
    ['Business Proposal: 13 weeks in a row', BP, []],
  ])('%s', (_name, id, starts) => {
    expect(reentryStarts(title(id))).toEqual(starts);
  });
});
