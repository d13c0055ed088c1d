// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assignTitleIds, baseTitleId, slugify } from '../../../../src/domain/titleId';

// Cases a surviving mutant showed untested: each letter the id rule spells out by hand, the
// season patterns' spacing, and the last tie-break between colliding titles.
describe('the title id rule, letter by letter', () => {
  it.each<[string, string]>([
    ['Straße', 'strasse'],
    ['GROẞE', 'grosse'],
    ['Cæsar', 'caesar'],
    ['ÆON', 'aeon'],
    ['Cœur', 'coeur'],
    ['ŒUVRE', 'oeuvre'],
    ['Søren', 'soren'],
    ['ØYA', 'oya'],
    ['Đakovo', 'dakovo'],
    ['đak', 'dak'],
    ['Łódź', 'lodz'],
    ['łza', 'lza'],
    ['Þór', 'thor'],
    ['þing', 'thing'],
    ['Ðað', 'dad'],
    ['Kırmızı', 'kirmizi'],
    // Accents are folded, not dropped with their letter.
    ['Café con aroma de mujer', 'cafe-con-aroma-de-mujer'],
    // Plain ASCII goes through as it is: runs of letters and digits, joined by one hyphen.
    ['  Money Heist -- Part 5!  ', 'money-heist-part-5'],
    ['a', 'a'],
    ['Grey’s Anatomy', 'greys-anatomy'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('season patterns', () => {
  it.each<[string, string, string]>([
    ['Dark', 'Dark: Season 3', 'dark-s3'],
    ['Dark', 'Dark:Season 3', 'dark-s3'],
    ['Dark', 'Dark:   Season   3  ', 'dark-s3'],
    ['Dark', 'Dark: Season 12', 'dark-s12'],
    ['Dark', 'Dark: Season 03', 'dark-s3'],
    ['Dark', 'dark: season 2', 'dark-s2'],
    // Not a season number at the end: the label itself names the title.
    ['Dark', 'Dark: Season 3: Part 2', 'dark-season-3-part-2'],
    ['Dark', 'Dark: Season Three', 'dark-season-three'],
    ['Dark', 'Dark Season 3', 'dark-season-3'],
    ['Baby Reindeer', 'Baby Reindeer: Limited Series', 'baby-reindeer-s1'],
    ['Baby Reindeer', 'Baby Reindeer:Limited Series  ', 'baby-reindeer-s1'],
    ['Baby Reindeer', 'Baby Reindeer: Limited Series: Extra', 'baby-reindeer-limited-series-extra'],
    ['Baby Reindeer', 'Baby Reindeer Limited Series', 'baby-reindeer-limited-series'],
    // A season label of spaces is no season: the show names the title.
    ['Wednesday', '   ', 'wednesday'],
  ])('%s / %s → %s', (show, season, id) => {
    expect(baseTitleId(show, season)).toBe(id);
  });
});

describe('colliding titles', () => {
  it('with one week, list and show, are ordered by their season label', () => {
    const key = { showTitle: 'Inheritance', firstWeek: '2024-01-07', category: 'Films (English)' };
    // Both labels name no season: each id comes from its label, and the two labels slug alike.
    const ids = assignTitleIds([
      { ...key, seasonTitle: 'Inheritance!' },
      { ...key, seasonTitle: 'Inheritance' },
    ]);
    expect(ids).toEqual(['inheritance-2', 'inheritance']);
  });

  it('a lone title keeps its base id even when another base id ends in -2', () => {
    const ids = assignTitleIds([
      { showTitle: 'Dark', seasonTitle: null, firstWeek: '2021-07-04', category: 'TV (Non-English)' },
      { showTitle: 'Dark 2', seasonTitle: null, firstWeek: '2021-07-04', category: 'TV (Non-English)' },
    ]);
    expect(ids).toEqual(['dark', 'dark-2']);
  });
});
