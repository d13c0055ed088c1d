import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/domain/comparison/types';
import type { Title } from '../../../src/domain/types';
import type { Align, WeekRange } from '../../../src/domain/view';
import { AOUAD, BP, EX_MAS, SG, compare, exMas, seed, withTitles } from '../../comparison';

const texts = (c: Comparison) => c.caveats.map((x) => x.text);
const notesAt = (c: Comparison, id: string, listWeek: number) =>
  c.series.find((s) => s.id === id)!.points.find((p) => p.listWeek === listWeek)!.notes;

/** All of Us Are Dead's real rows under a made-up premiere date: only the weekday matters here. */
const aouadPremiering = (premiere: string): Title => ({ ...seed.titles.find((t) => t.id === AOUAD)!, id: 'aouad-test', premiere });

describe('caveats: what must appear and what must not', () => {
  it.each<[string, string[], Align, WeekRange, RegExp[], RegExp[]]>([
    [
      'default view',
      [SG, AOUAD, BP],
      'top10',
      [1, 8],
      [
        /^Squid Game: Season 1: week 1 holds only 3 days of viewing \(premiered Sep 17, 2021\)\.$/,
        /^All of Us Are Dead: Season 1: week 1 holds only 3 days/,
        /^Business Proposal: Limited Series: entered the list in its 2nd week on Netflix\.$/,
        /^Business Proposal: Limited Series: weekly, 2 episodes a week/,
      ],
      [/Squid Game.*weekly/i, /Squid Game.*came back/, /All of Us Are Dead.*weekly/i, /All of Us Are Dead.*entered the list/],
    ],
    ['Squid Game, weeks 2-19: no 3-day week, no re-entry in view', [SG], 'top10', [2, 19], [], [/3 days/, /came back/]],
    [
      'Squid Game, weeks 19-20: the first re-entry is in view',
      [SG],
      'top10',
      [19, 20],
      [/^Squid Game: Season 1: left the list and came back for its 20th, 21st, 23rd and 30th weeks on it \(2022\u2009–\u20092025\)/],
      [/3 days/],
    ],
    ['Squid Game, weeks 1-19: everything before the first gap', [SG], 'top10', [1, 19], [/3 days/], [/came back/]],
    ['Business Proposal from week 2: its late entry is out of view', [BP], 'top10', [2, 8], [/weekly/], [/entered the list/]],
    ['Business Proposal since premiere, week 1 only: nothing in view at all', [BP], 'premiere', [1, 1], [], [/weekly/, /entered the list/]],
  ])('%s', (_name, titles, align, weeks, present, absent) => {
    const notes = texts(compare({ titles, align, weeks }));
    for (const re of present)
      expect(
        notes.some((n) => re.test(n)),
        `${re} should appear in ${JSON.stringify(notes)}`,
      ).toBe(true);
    for (const re of absent)
      expect(
        notes.some((n) => re.test(n)),
        `${re} should not appear in ${JSON.stringify(notes)}`,
      ).toBe(false);
  });

  // Netflix weeks run Monday to Sunday: a Monday premiere's week is a full week, a Tuesday's is not.
  it.each<[string, string, string[]]>([
    ['Monday 2022-01-24: 7 days, a full week', '2022-01-24', []],
    ['Tuesday 2022-01-25: 6 days', '2022-01-25', ['Only 6 days of viewing: premiered Tuesday, Jan 25, 2022']],
    ['Friday 2022-01-28 (the real premiere): 3 days', '2022-01-28', ['Only 3 days of viewing: premiered Friday, Jan 28, 2022']],
    ['Sunday 2022-01-30: 1 day', '2022-01-30', ['Only 1 day of viewing: premiered Sunday, Jan 30, 2022']],
  ])('a premiere on %s', (_name, premiere, expected) => {
    const c = compare({ titles: ['aouad-test'], weeks: [1, 2] }, withTitles(aouadPremiering(premiere)));
    expect(notesAt(c, 'aouad-test', 1).map((n) => n.text)).toEqual(expected);
    expect(texts(c).some((t) => /holds only \d+ days? of viewing/.test(t))).toBe(expected.length > 0);
  });

  it('flags every week from the first re-entry on, with the gap where there is one', () => {
    const c = compare({ titles: [SG], weeks: [19, 32] });
    expect(notesAt(c, SG, 19)).toEqual([]);
    expect(notesAt(c, SG, 20).map((n) => n.text)).toEqual(['Re-entry after 20 weeks off the list (last seen Jan 17 – 23, 2022)']);
    expect(notesAt(c, SG, 22).map((n) => n.text)).toEqual(['Part of a later re-entry, not the original run']);
  });

  it('treats a one-week absence as a re-entry (rows 14 days apart)', () => {
    const c = compare({ titles: [EX_MAS], weeks: [1, 4] }, withTitles(exMas));
    expect(notesAt(c, EX_MAS, 3)).toEqual([]);
    expect(notesAt(c, EX_MAS, 4).map((n) => n.text)).toEqual(['Re-entry after 1 week off the list (last seen Nov 24 – 30, 2025)']);
  });

  it('gives each caveat its own footnote mark, and the same mark to the figures it concerns', () => {
    const c = compare();
    expect(c.caveats.map((x) => x.mark)).toEqual(['*', '†', '‡', '§']);
    expect(notesAt(c, SG, 1).map((n) => n.mark)).toEqual(['*']);
    expect(notesAt(c, BP, 1).map((n) => n.mark)).toEqual(['‡']);
    expect(c.table.rows[0]!.cells.map((cell) => cell.marks)).toEqual(['*', '†', '‡']);
    expect(c.table.rows[1]!.cells.map((cell) => cell.marks)).toEqual(['', '', '']);
    // The weekly release concerns the whole title: its mark sits on the column, not a cell.
    expect(c.table.columns.map((col) => col.marks)).toEqual(['', '', '§']);
  });
});
