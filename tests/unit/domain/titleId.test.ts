import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { assignTitleIds, baseTitleId, baseTitleIds, shortHash, slugify, slugifyAll, type TitleKey } from '../../../src/domain/titleId';
import { DEFAULT_TITLES } from '../../../src/domain/view';
import { HAVE_NETFLIX_TSV, NETFLIX_TSV, warnIfAbsent } from '../../netflixTsv';

const ID_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('baseTitleId', () => {
  it.each<[string, string | null, string]>([
    ['Squid Game', 'Squid Game: Season 1', 'squid-game-s1'],
    ['All of Us Are Dead', 'All of Us Are Dead: Season 1', 'all-of-us-are-dead-s1'],
    ['Business Proposal', 'Business Proposal: Limited Series', 'business-proposal-s1'],
    // Netflix relabelled it in January 2024; old imports must keep the id.
    ['Business Proposal', 'Business Proposal: Season 1', 'business-proposal-s1'],
    ['Bridgerton', 'Bridgerton: Season 02', 'bridgerton-s2'],
    ['Stranger Things', 'Stranger Things 4', 'stranger-things-4'],
    ['Money Heist', 'Money Heist: Part 5', 'money-heist-part-5'],
    ['Glass Onion: A Knives Out Mystery', null, 'glass-onion-a-knives-out-mystery'],
    ['Glass Onion: A Knives Out Mystery', 'N/A', 'glass-onion-a-knives-out-mystery'],
    ['Amélie', null, 'amelie'],
    ["Grey's Anatomy", "Grey's Anatomy: Season 19", 'greys-anatomy-s19'],
    ['비상선언', null, 't-0v33bri'],
  ])('%s / %s → %s', (show, season, id) => {
    expect(baseTitleId(show, season)).toBe(id);
  });

  it('hashes a title with no Latin letters, keeping the season apart', () => {
    const s1 = baseTitleId('오징어 게임', '오징어 게임: Season 1');
    const s2 = baseTitleId('오징어 게임', '오징어 게임: Season 2');
    expect(s1).toMatch(/^t-[0-9a-z]{7}$/);
    expect(s2).toMatch(/^t-[0-9a-z]{7}$/);
    expect(s1).not.toBe(s2);
    expect(baseTitleId('오징어 게임', '오징어 게임: Season 1')).toBe(s1);
  });
});

describe('slugify', () => {
  it.each([
    ['Amélie', 'amelie'],
    ['Pokémon', 'pokemon'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['Æon Flux', 'aeon-flux'],
    ['Łódź', 'lodz'],
    ['Ｎｅｔｆｌｉｘ', 'netflix'],
    ['Love, Death & Robots', 'love-death-robots'],
    ['100% Wolf', '100-wolf'],
    ['A~B+C', 'a-b-c'],
    ['Marvel’s Daredevil', 'marvels-daredevil'],
    ['  --Hello--  ', 'hello'],
    ['오징어 게임', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('slugifyAll and baseTitleIds: many at once, as each alone', () => {
  it.each<[string, string[], string[]]>([
    ['none', [], []],
    ['names ending and starting in marks', ['--Hello--', '!!', '', 'A~B', "Grey's"], ['hello', '', '', 'a-b', 'greys']],
    [
      'plain and accented names side by side',
      ['Amélie', 'Doc', 'Marvel’s Daredevil', 'Le\u0000on'],
      ['amelie', 'doc', 'marvels-daredevil', 'le-on'],
    ],
  ])('slugs %s', (_what, texts, slugs) => {
    expect(slugifyAll(texts)).toEqual(slugs);
    expect(texts.map(slugify)).toEqual(slugs);
  });

  // Names built from the characters the rule treats apart: letters and digits, marks, apostrophes, NUL, accents, Hangul.
  const name = fc.string({
    unit: fc.constantFrom('a', 'Z', '7', ' ', '-', "'", '’', '`', ':', '\u0000', 'é', 'ß', '게', '~'),
    maxLength: 12,
  });

  it('slugs any names as slugify does one by one', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), (texts) => {
        expect(slugifyAll(texts)).toEqual(texts.map(slugify));
      }),
    );
  });

  it('names any titles as baseTitleId does one by one', () => {
    const season = fc.oneof(
      fc.constant(null),
      name,
      name.map((s) => `${s}: Season ${s.length}`),
      name.map((s) => `${s}: Limited Series`),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ showTitle: name, seasonTitle: season }), { maxLength: 8 }), (titles) => {
        expect(baseTitleIds(titles)).toEqual(titles.map((t) => baseTitleId(t.showTitle, t.seasonTitle)));
      }),
    );
  });
});

describe('shortHash', () => {
  it('is seven base-36 characters and does not change', () => {
    expect(shortHash('비상선언')).toBe('0v33bri');
    expect(shortHash('')).toMatch(/^[0-9a-z]{7}$/);
  });
});

describe('assignTitleIds', () => {
  const key = (showTitle: string, firstWeek: string, category = 'Films (English)', seasonTitle: string | null = null): TitleKey => ({
    showTitle,
    seasonTitle,
    firstWeek,
    category,
  });

  it.each<[string, TitleKey[], string[]]>([
    ['no collision', [key('Doc', '2022-01-02'), key('Rust', '2022-01-02')], ['doc', 'rust']],
    ['the later title gets -2', [key('Doc', '2022-01-02'), key('Doc', '2021-07-04', 'TV (English)')], ['doc-2', 'doc']],
    [
      'a taken -2 is skipped',
      [key('X', '2021-07-04'), key('X', '2022-01-02', 'TV (English)'), key('X 2', '2023-01-01')],
      ['x', 'x-3', 'x-2'],
    ],
    [
      'same week: category decides',
      [key('Doc', '2022-01-02', 'TV (English)'), key('Doc', '2022-01-02', 'Films (English)')],
      ['doc-2', 'doc'],
    ],
    // Code-unit order, whatever the runtime's locale: uppercase sorts first.
    ['same week and category: name decides', [key('Doc', '2022-01-02'), key('DOC', '2022-01-02')], ['doc-2', 'doc']],
    ['three of a kind', [key('A', '2023-01-01'), key('a', '2021-01-01'), key('á', '2022-01-01')], ['a-3', 'a', 'a-2']],
  ])('%s', (_name, titles, ids) => {
    expect(assignTitleIds(titles)).toEqual(ids);
    expect(assignTitleIds([...titles].reverse())).toEqual([...ids].reverse());
  });
});

const DATA_FILE = NETFLIX_TSV;
const hasDataFile = HAVE_NETFLIX_TSV;
warnIfAbsent('titleId.test.ts');

/** Distinct titles of Netflix's file, keyed as (show, season, category), each with its first week. */
function readTitles(path: string): TitleKey[] {
  const [header = '', ...lines] = readFileSync(path, 'utf8').split(/\r?\n/);
  const columns = header.split('\t');
  const col = (name: string) => columns.indexOf(name);
  const [week, category, show, season] = [col('week'), col('category'), col('show_title'), col('season_title')];
  const titles = new Map<string, TitleKey>();
  for (const line of lines) {
    if (line === '') continue;
    const cells = line.split('\t');
    const seasonTitle = cells[season] === 'N/A' ? null : (cells[season] ?? null);
    const t: TitleKey = { showTitle: cells[show] ?? '', seasonTitle, firstWeek: cells[week] ?? '', category: cells[category] ?? '' };
    const id = `${t.showTitle}\t${seasonTitle}\t${t.category}`;
    const seen = titles.get(id);
    if (seen === undefined || t.firstWeek < seen.firstWeek) titles.set(id, t);
  }
  return [...titles.values()];
}

describe('ids of every title in the shipped Netflix file', () => {
  it.skipIf(!hasDataFile)('are well formed, unique and independent of input order', () => {
    const titles = readTitles(DATA_FILE);
    const ids = assignTitleIds(titles);
    expect(titles.length).toBeGreaterThan(3000);
    expect(ids.filter((id) => !ID_SHAPE.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(titles.map((t) => `${t.showTitle}\t${t.seasonTitle}`)).size).toBeLessThanOrEqual(new Set(ids).size);
    expect(assignTitleIds(titles)).toEqual(ids);
    expect(assignTitleIds([...titles].reverse()).reverse()).toEqual(ids);
    for (const id of DEFAULT_TITLES) expect(ids).toContain(id);
  });
});
