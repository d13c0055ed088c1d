// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeCatalog } from '../../../../src/domain/catalog/decode';
import type { CatalogFile } from '../../../../src/domain/catalog/format';
import { writeCatalog } from '../../../../src/domain/catalog/write';
import { describe as describeValue } from '../../../../src/domain/catalog/shape';
import { NINE_COLUMN_CATALOG } from '../../../catalogFixture';

const GOOD = NINE_COLUMN_CATALOG;

/** The good file with one change, written as the encoder writes; wrong types in the header go in through `never`. */
function damaged(change: (file: CatalogFile) => void): Uint8Array {
  const file = structuredClone(GOOD);
  change(file);
  return writeCatalog(file);
}

function reason(bytes: Uint8Array): string {
  const result = decodeCatalog(bytes);
  return result.ok ? '(decoded without error)' : result.reason;
}

describe('a damaged catalog gets the exact reason', () => {
  it.each<[string, (f: CatalogFile) => void, string]>([
    ['no version', (f) => delete (f as Partial<CatalogFile>).version, 'it is catalog version missing; this app reads version 2'],
    ['source first week after last', (f) => (f.source.firstWeek = '2023-12-03'), 'source.firstWeek is after source.lastWeek'],
    ['an empty file name', (f) => (f.source.file = ' '), 'source.file is not a non-empty text (got " ")'],
    ['units of 0', (f) => (f.units.hours = 0), 'units.hours is not a whole number of at least 1 (got 0)'],
    ['no titles', (f) => (f.titles = { id: [], show: [], season: [], category: [], rows: [] }), 'titles is empty'],
    ['a season index past the strings', (f) => (f.titles.season[0] = 6), 'titles.season[0] is not a whole number from -5 to 5 (got 6)'],
    [
      'a negative season index past the strings',
      (f) => (f.titles.season[0] = -6),
      'titles.season[0] is not a whole number from -5 to 5 (got -6)',
    ],
    ['a fifth category', (f) => (f.titles.category[1] = 4), 'titles.category[1] is not a whole number from 0 to 3 (got 4)'],
    ['a title with no rows', (f) => (f.titles.rows[2] = 0), 'titles.rows[2] is not a whole number of at least 1 (got 0)'],
    [
      'rows that add up to more than the columns hold',
      (f) => (f.titles.rows[2] = 2),
      'titles.rows add up to 5 where the header says 4 rows',
    ],
    ['a second row in the same week', (f) => (f.rows.week[1] = 0), 'rows.week[1] is not a whole number in range (got 0)'],
    ['a step past the file', (f) => (f.rows.week[2] = 115), 'rows.week[2] is not a whole number in range (got 115)'],
    ['steps adding up past the file', (f) => (f.rows.week[0] = 1), 'rows.week[1] falls after source.lastWeek'],
    ['a negative step', (f) => (f.rows.week[2] = -1), 'columns.rows.week is i8, but it holds no numbers below 0'],
    ['rank 0', (f) => (f.rows.rank[3] = 0), 'rows.rank[3] is not a whole number in range (got 0)'],
    ['negative hours', (f) => (f.rows.hours[1] = -1), 'columns.rows.hours is i16, but it holds no numbers below 0'],
    ['a negative runtime', (f) => (f.rows.runtime[2] = -5), 'columns.rows.runtime is i32, but it holds no numbers below 0'],
    ['negative views', (f) => (f.rows.views[1] = -3), 'columns.rows.views is i16, but it holds no numbers below 0'],
    ['a negative show index', (f) => (f.titles.show[0] = -1), 'columns.titles.show is i8, but it holds no numbers below 0'],
    ['a week count below 1', (f) => (f.rows.cumulative[0] = -1), 'rows.cumulative[0] makes a week count below 1'],
    ['a launch flag of 2', (f) => (f.rows.staggered = [0, 1, null, 2 as never]), 'rows.staggered[3] is not blank, 0 or 1 (got 2)'],
    [
      'a launch string past the table',
      (f) => (f.rows.launch = [null, null, 5, null]),
      'rows.launch[2] is not blank or a string index from 0 to 4 (got 5)',
    ],
    ['meta that is not a list', (f) => (f.meta = {} as never), 'meta is not a list (got {})'],
    ['a short meta entry', (f) => (f.meta = [[0, null, null] as never]), 'meta[0] is not [title, premiere, release pattern, runtime]'],
    ['meta naming a title past the end', (f) => (f.meta = [[3, null, null, null]]), 'meta[0] names title 3, but there are 3'],
    ['meta with a negative title', (f) => (f.meta = [[-1, null, null, null]]), 'meta[0][0] is not a whole number of at least 0 (got -1)'],
    ['a premiere that is no date', (f) => (f.meta = [[0, '2021-02-30', null, null]]), 'meta[0]: premiere is not a date (got "2021-02-30")'],
    [
      'a premiere that is a number',
      (f) => (f.meta = [[0, 20210917 as never, null, null]]),
      'meta[0]: premiere is not a date (got 20210917)',
    ],
    ['a release pattern that is a number', (f) => (f.meta = [[0, null, 9 as never, null]]), 'meta[0]: release pattern is not text'],
    ['a negative runtime in meta', (f) => (f.meta = [[0, null, null, -0.5]]), 'meta[0]: runtime is not a number of 0 or more (got -0.5)'],
    [
      'a runtime as text in meta',
      (f) => (f.meta = [[0, null, null, '8.3' as never]]),
      'meta[0]: runtime is not a number of 0 or more (got "8.3")',
    ],
  ])('%s', (_name, change, expected) => {
    expect(reason(damaged(change))).toBe(expected);
  });

  it.each<[unknown, string]>([
    [undefined, 'missing'],
    [0, 'got 0'],
    // 30 characters shown at most, quotes included.
    ['x'.repeat(28), `got "${'x'.repeat(28)}"`],
    ['x'.repeat(29), `got "${'x'.repeat(29)}…`],
    [{ a: 1 }, 'got {"a":1}'],
  ])('describes %j as %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

// Figures are the fixture's rows: 13,300,000 hours, runtime 8.3167, 1,600,000 views, 21st week for Squid Game in 2023.
describe('a good catalog decodes to Netflix’s figures', () => {
  it('ids, names, runtimes and week figures', () => {
    const result = decodeCatalog(writeCatalog(GOOD));
    if (!result.ok) throw new Error(result.reason);
    const [sg, leo, diva] = result.data.titles;
    expect([sg!.id, sg!.seasonTitle, sg!.premiere, sg!.releasePattern, sg!.runtime]).toEqual([
      'squid-game-s1',
      'Squid Game: Season 1',
      '2021-09-17',
      'All 9 episodes at once',
      8.3167,
    ]);
    // Leo has no curated facts: its runtime is its latest published one.
    expect([leo!.id, leo!.name, leo!.seasonTitle, leo!.category, leo!.premiere, leo!.runtime]).toEqual([
      'leo',
      'Leo',
      null,
      'Films (English)',
      null,
      1.7833,
    ]);
    expect([diva!.id, diva!.name, diva!.runtime]).toEqual(['castaway-diva-s1', 'Castaway Diva: Limited Series', null]);
    expect(sg!.weeks).toEqual([
      { week: '2021-09-19', rank: 1, hours: 63_190_000, runtime: null, views: null, cumulativeWeeks: 1 },
      { week: '2023-11-26', rank: 6, hours: 13_300_000, runtime: 8.3167, views: 1_600_000, cumulativeWeeks: 21 },
    ]);
  });

  it('builds ids from the stems of shows in and out of ASCII, each title its own', () => {
    const result = decodeCatalog(
      damaged((f) => {
        // "Castaway Divä" is not ASCII, so it sits in the text's second part; its stem stops at the ä.
        f.strings[3] = 'Castaway Divä';
        f.titles.show = [3, 0, 2];
      }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.titles.map((t) => [t.id, t.name])).toEqual([
      ['castaway-div-s1', 'Castaway Divä: Season 1'],
      ['squid-game', 'Squid Game'],
      ['leo-s1', 'Leo: Limited Series'],
    ]);
  });

  it('keeps launch facts only where a week has them', () => {
    const bytes = damaged((f) => {
      f.rows.staggered = [null, 1, 0, null];
      f.rows.launch = [null, 4, null, null];
      f.rows.override = [null, null, 1, 0];
    });
    const result = decodeCatalog(bytes);
    if (!result.ok) throw new Error(result.reason);
    const [sg, leo, diva] = result.data.titles;
    expect(sg!.weeks[0]).not.toHaveProperty('isStaggeredLaunch');
    expect(sg!.weeks[1]).toMatchObject({ isStaggeredLaunch: true, episodeLaunchDetails: 'Limited Series' });
    expect(sg!.weeks[1]).not.toHaveProperty('runtimeOverride');
    expect(leo!.weeks[0]).toMatchObject({ isStaggeredLaunch: false, runtimeOverride: true });
    expect(diva!.weeks[0]).toMatchObject({ runtimeOverride: false });
  });

  it('allows a rank of 10 and a count that restarts at 1', () => {
    const result = decodeCatalog(
      damaged((f) => {
        f.rows.rank[1] = 10;
        f.rows.cumulative[1] = -1;
      }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.titles[0]!.weeks[1]).toMatchObject({ rank: 10, cumulativeWeeks: 1 });
  });
});
