// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listName, nameList, shortNames, versus } from '../../../../src/domain/comparison/names';
import type { Category, Title } from '../../../../src/domain/types';

const title = (id: string, showTitle: string, seasonTitle: string | null): Title => ({
  id,
  showTitle,
  seasonTitle,
  name: seasonTitle ?? showTitle,
  category: 'TV (English)',
  premiere: null,
  releasePattern: null,
  runtime: null,
  weeks: [],
});

describe('short names tell titles apart only when they must', () => {
  it.each<[string, Title[], string[]]>([
    [
      'different shows keep the show name',
      [title('a', 'Wednesday', 'Wednesday: Season 1'), title('b', 'Dark', 'Dark: Season 3')],
      ['Wednesday', 'Dark'],
    ],
    ['two seasons, one show', [title('a', 'Dark', 'Dark: Season 1'), title('b', 'Dark', 'Dark: Season 12')], ['Dark S1', 'Dark S12']],
    [
      'a label that is not "Season N" keeps the full name',
      [title('a', 'Stranger Things', 'Stranger Things 4'), title('b', 'Stranger Things', 'Stranger Things: Season 3')],
      ['Stranger Things 4', 'Stranger Things S3'],
    ],
    [
      '"Season N" must end the label',
      [title('a', 'Bridgerton', 'Bridgerton: Season 3 Part 2'), title('b', 'Bridgerton', 'Bridgerton: season 2')],
      ['Bridgerton: Season 3 Part 2', 'Bridgerton S2'],
    ],
  ])('%s', (_name, titles, names) => {
    expect([...shortNames(titles).values()]).toEqual(names);
  });

  it.each<[Category[], string]>([
    [['TV (Non-English)'], 'TV (Non-English)'],
    [['Films (English)', 'Films (English)'], 'Films (English)'],
    [['Films (English)', 'TV (Non-English)'], "each title's list"],
  ])('listName(%j) = %s', (categories, name) => {
    expect(listName(categories)).toBe(name);
  });

  it('nameList joins with "and", no serial comma', () => {
    expect(nameList(['Squid Game', 'Dark', 'Wednesday'])).toBe('Squid Game, Dark and Wednesday');
  });
});

describe('versus stays within the tab', () => {
  const a20 = 'A'.repeat(20);
  const b20 = 'B'.repeat(20);
  const c20 = 'C'.repeat(20);
  it.each<[string, string[], string]>([
    ['two short names', ['Dark', 'Wednesday'], 'Dark vs Wednesday'],
    // 26 + 4 + 26 = 56 characters: exactly the limit, kept whole.
    ['exactly at the limit', ['X'.repeat(26), 'Y'.repeat(26)], `${'X'.repeat(26)} vs ${'Y'.repeat(26)}`],
    ['one over the limit', ['X'.repeat(26), 'Y'.repeat(27)], `${'X'.repeat(26)} and 1 more`],
    // "A vs B and 1 more" is 55 characters: over 56 - 8, so one name is kept.
    ['three of 20 characters', [a20, b20, c20], `${a20} and 2 more`],
    // "A vs B and 1 more" with names of 15 is 45 characters: within 48.
    ['three of 15 characters', ['a'.repeat(15), 'b'.repeat(15), 'c'.repeat(25)], `${'a'.repeat(15)} vs ${'b'.repeat(15)} and 1 more`],
    // The first name alone is too long for the rule: it is still kept, with a count.
    ['a first name of 50 characters', ['L'.repeat(50), 'Dark', 'Wednesday'], `${'L'.repeat(50)} and 2 more`],
    ['a single name longer than the limit', ['L'.repeat(70)], 'L'.repeat(70)],
  ])('%s', (_name, names, text) => {
    expect(versus(names)).toBe(text);
  });
});
