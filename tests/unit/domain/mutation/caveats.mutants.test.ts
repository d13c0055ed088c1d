// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { daysInPremiereWeek, markFor, reentryStarts } from '../../../../src/domain/comparison/caveats';
import type { Comparison, ComparisonView } from '../../../../src/domain/comparison/types';
import type { Dataset, Title } from '../../../../src/domain/types';
import { loadCatalog } from '../../../catalog';
import { AOUAD, BP, SG, compare, seed } from '../../../comparison';

const catalog = loadCatalog();
const notesAt = (c: Comparison, listWeek: number) =>
  c.series[0]!.points.find((p) => p.listWeek === listWeek)!.notes.map((n) => `${n.mark} ${n.text}`);

/** A catalog title as an older or trimmed copy of the file might hold it: one week's views blank. */
function withoutViews(id: string, week: string): Dataset {
  const t = catalog.titles.find((x) => x.id === id)!;
  const copy: Title = { ...t, id: `${id}-copy`, weeks: t.weeks.map((w) => (w.week === week ? { ...w, views: null } : w)) };
  return { ...catalog, titles: [...catalog.titles, copy] };
}

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

/*
 * Weeks hand-checked with awk over all-weeks-global.tsv: FUBAR S1 2023-05-28, 06-04, 06-11 (views
 * blank), 06-18 (3,400,000 views), 06-25; Baby Reindeer 2024-04-14 .. 2024-06-02, all with views;
 * Wednesday S1 2022-11-27 .. 2023-01-15 for its first 8 weeks, none with views; The Hawk S1 one row,
 * 2026-07-19, the file's last week. No row from 2023-06-18 on has blank views in Netflix's file.
 */
describe('caveats, word for word', () => {
  it.each<[string, Partial<ComparisonView>, Dataset, string[]]>([
    [
      'the default view',
      {},
      seed,
      [
        '* Squid Game: Season 1: week 1 holds only 3 days of viewing (premiered Sep 17, 2021).',
        '† All of Us Are Dead: Season 1: week 1 holds only 3 days of viewing (premiered Jan 28, 2022).',
        '‡ Business Proposal: Limited Series: entered the list in its 2nd week on Netflix.',
        '§ Business Proposal: Limited Series: weekly, 2 episodes a week (Mondays and Tuesdays) until Apr 5, 2022, 12 in all, so early weeks had few episodes.',
      ],
    ],
    [
      'Squid Game, every week',
      { titles: [SG], weeks: [1, 32] },
      seed,
      [
        '* Squid Game: Season 1: week 1 holds only 3 days of viewing (premiered Sep 17, 2021).',
        '† Squid Game: Season 1: left the list and came back for its 20th, 21st, 23rd and 30th weeks on it (2022\u2009–\u20092025); from week 20 on, weeks are not a continuous run.',
      ],
    ],
    [
      'views: only weeks before Netflix published any',
      { titles: ['wednesday-s1'], metric: 'views' },
      catalog,
      [
        '* Netflix published no views before the week ending Jun 18, 2023: the earlier weeks of Wednesday: Season 1 are gaps, never zeros or estimates.',
        "† Wednesday: Season 1: Netflix's file gives no premiere date, so week 1 is its first week on the list, and whether that week was a partial one is unknown.",
      ],
    ],
    [
      'views: a copy of the file missing a week Netflix did publish',
      { titles: ['baby-reindeer-s1-copy'], metric: 'views' },
      withoutViews('baby-reindeer-s1', '2024-04-28'),
      [
        '* This file has no views for some weeks of Baby Reindeer: Limited Series: they are gaps, never zeros or estimates.',
        "† Baby Reindeer: Limited Series: Netflix's file gives no premiere date, so week 1 is its first week on the list, and whether that week was a partial one is unknown.",
      ],
    ],
  ])('%s', (_name, view, dataset, caveats) => {
    expect(compare(view, dataset).caveats.map((c) => `${c.mark} ${c.text}`)).toEqual(caveats);
  });

  it.each<[string, Partial<ComparisonView>, Dataset, number, string[]]>([
    [
      'a week before 2023-06-18',
      { titles: ['fubar-s1-copy'], metric: 'views', weeks: [1, 5] },
      withoutViews('fubar-s1', '2023-06-18'),
      3,
      ['* No views: Netflix published none before the week ending Jun 18, 2023'],
    ],
    // 2023-06-18 is the first week with views: a blank there is the file's, not Netflix's.
    [
      'the week ending 2023-06-18 itself',
      { titles: ['fubar-s1-copy'], metric: 'views', weeks: [1, 5] },
      withoutViews('fubar-s1', '2023-06-18'),
      4,
      ['* No views for this week in this file'],
    ],
    [
      'the file’s last week',
      { titles: ['the-hawk-s1'], weeks: [1, 1] },
      catalog,
      1,
      [
        '* First week on the list, and the last week of the file: its run has only begun',
        '† Its first week on the list: whether it was a partial week is unknown without a premiere date',
      ],
    ],
    // 2022-06-19 -> 2023-11-26 is 525 days: 74 weeks off the list between them.
    [
      'a re-entry week',
      { titles: [SG], weeks: [19, 21] },
      seed,
      21,
      ['* Re-entry after 74 weeks off the list (last seen Jun 13 – 19, 2022)'],
    ],
  ])('notes on %s', (_name, view, dataset, listWeek, notes) => {
    expect(notesAt(compare(view, dataset), listWeek)).toEqual(notes);
  });
});
