// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { catalogOf, parseDataset, parseDatasetText } from '../../../src/domain/dataset';
import type { Dataset } from '../../../src/domain/types';

const SEED = new URL('../../../public/data/top10-seed.json', import.meta.url);
// Corrupting the file means writing wrong types on purpose, so the copy is untyped.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Corruptible = Record<string, any>;
// A fresh copy for every case.
const seed = (): Corruptible => JSON.parse(readFileSync(SEED, 'utf8'));

function reason(json: unknown): string {
  const result = parseDataset(json);
  return result.ok ? '(accepted)' : result.reason;
}

describe('parseDataset', () => {
  it('accepts the shipped seed file as it is', () => {
    const result = parseDataset(seed());
    expect(result).toEqual({ ok: true, data: seed() });
  });

  it('returns only the known fields', () => {
    const json = seed();
    json.extra = 1;
    json.titles[0].colour = 'red';
    json.titles[0].weeks[0].note = 'x';
    const result = parseDataset(json);
    expect(result.ok && result.data).toEqual(seed());
  });

  it.each<[string, (d: Corruptible) => unknown, string]>([
    ['null', () => null, 'dataset is not an object (got null)'],
    ['a list', () => [], 'dataset is not an object (got [])'],
    ['a missing source', (d) => ({ ...d, source: undefined }), 'source is not an object (missing)'],
    ['a blank source file', (d) => ((d.source.file = ''), d), 'source.file is not a non-empty text (got "")'],
    [
      'a source week that is no date',
      (d) => ((d.source.firstWeek = '2021-7-4'), d),
      'source.firstWeek is not a date like 2021-09-19 (got "2021-7-4")',
    ],
    ['source weeks reversed', (d) => ((d.source.firstWeek = '2027-01-03'), d), 'source.firstWeek is after source.lastWeek'],
    ['missing titles', (d) => ({ source: d.source }), 'titles is not a list (missing)'],
    ['titles as an object', (d) => ((d.titles = {}), d), 'titles is not a list (got {})'],
    ['empty titles', (d) => ((d.titles = []), d), 'titles is empty'],
    [
      'a title that is a string',
      (d) => ((d.titles[2] = 'business-proposal-s1'), d),
      'titles[2] is not an object (got "business-proposal-s1")',
    ],
    ['hours as text', (d) => ((d.titles[1].weeks[3].hours = 'abc'), d), 'titles[1].weeks[3].hours is not a number (got "abc")'],
    [
      'hours as a numeric string',
      (d) => ((d.titles[1].weeks[1].hours = '236230000'), d),
      'titles[1].weeks[1].hours is not a number (got "236230000")',
    ],
    ['hours null', (d) => ((d.titles[0].weeks[0].hours = null), d), 'titles[0].weeks[0].hours is not a number (got null)'],
    ['hours missing', (d) => (delete d.titles[0].weeks[0].hours, d), 'titles[0].weeks[0].hours is not a number (missing)'],
    ['negative hours', (d) => ((d.titles[0].weeks[0].hours = -1), d), 'titles[0].weeks[0].hours is negative (-1)'],
    ['infinite hours', (d) => ((d.titles[0].weeks[0].hours = Infinity), d), 'titles[0].weeks[0].hours is not a number (got Infinity)'],
    ['rank 0', (d) => ((d.titles[0].weeks[0].rank = 0), d), 'titles[0].weeks[0].rank is not a whole number of at least 1 (0)'],
    ['rank 1.5', (d) => ((d.titles[0].weeks[0].rank = 1.5), d), 'titles[0].weeks[0].rank is not a whole number of at least 1 (1.5)'],
    ['rank 11', (d) => ((d.titles[0].weeks[0].rank = 11), d), 'titles[0].weeks[0].rank 11 is not from 1 to 10'],
    ['views as text', (d) => ((d.titles[0].weeks[20].views = '1600000'), d), 'titles[0].weeks[20].views is not a number (got "1600000")'],
    ['week runtime below 0', (d) => ((d.titles[0].weeks[20].runtime = -1), d), 'titles[0].weeks[20].runtime is negative (-1)'],
    [
      'cumulativeWeeks 0',
      (d) => ((d.titles[2].weeks[0].cumulativeWeeks = 0), d),
      'titles[2].weeks[0].cumulativeWeeks is not a whole number of at least 1 (0)',
    ],
    [
      'a week that is no date',
      (d) => ((d.titles[0].weeks[1].week = '2021-09-31'), d),
      'titles[0].weeks[1].week is not a date like 2021-09-19 (got "2021-09-31")',
    ],
    ['weeks out of order', (d) => (d.titles[0].weeks.reverse(), d), 'titles[0].weeks[1].week 2025-07-06 does not come after 2025-07-13'],
    [
      'a repeated week',
      (d) => ((d.titles[1].weeks[1].week = d.titles[1].weeks[0].week), d),
      'titles[1].weeks[1].week 2022-01-30 does not come after 2022-01-30',
    ],
    ['empty weeks', (d) => ((d.titles[2].weeks = []), d), 'titles[2].weeks is empty'],
    ['weeks missing', (d) => (delete d.titles[2].weeks, d), 'titles[2].weeks is not a list (missing)'],
    ['a week that is null', (d) => ((d.titles[0].weeks[5] = null), d), 'titles[0].weeks[5] is not an object (got null)'],
    ['an id with spaces', (d) => ((d.titles[0].id = 'Squid Game'), d), 'titles[0].id "Squid Game" is not a title id like squid-game-s1'],
    ['a repeated id', (d) => ((d.titles[2].id = 'squid-game-s1'), d), 'titles[2].id "squid-game-s1" repeats titles[0].id'],
    ['a blank name', (d) => ((d.titles[1].name = ' '), d), 'titles[1].name is not a non-empty text (got " ")'],
    [
      'seasonTitle missing (null must be written)',
      (d) => (delete d.titles[1].seasonTitle, d),
      'titles[1].seasonTitle is not a non-empty text (missing)',
    ],
    [
      'an unknown category',
      (d) => ((d.titles[0].category = 'TV'), d),
      'titles[0].category is not one of Films (English), Films (Non-English), TV (English), TV (Non-English) (got "TV")',
    ],
    [
      'a premiere that is no date',
      (d) => ((d.titles[2].premiere = '2022-02-30'), d),
      'titles[2].premiere is not a date like 2021-09-19 (got "2022-02-30")',
    ],
    ['runtime as text', (d) => ((d.titles[0].runtime = '8.3167'), d), 'titles[0].runtime is not a number (got "8.3167")'],
    [
      'releasePattern as a number',
      (d) => ((d.titles[0].releasePattern = 9), d),
      'titles[0].releasePattern is not a non-empty text (got 9)',
    ],
    [
      'isStaggeredLaunch as text',
      (d) => ((d.titles[0].weeks[20].isStaggeredLaunch = 'True'), d),
      'titles[0].weeks[20].isStaggeredLaunch is not true or false (got "True")',
    ],
    [
      'episodeLaunchDetails blank',
      (d) => ((d.titles[0].weeks[20].episodeLaunchDetails = ''), d),
      'titles[0].weeks[20].episodeLaunchDetails is not a non-empty text (got "")',
    ],
  ])('refuses %s: "%s"', (_name, corrupt, expected) => {
    expect(reason(corrupt(seed()))).toBe(expected);
  });

  it('keeps the launch columns of the 11 and 12-column layouts where a week has them', () => {
    const json = seed();
    Object.assign(json.titles[0].weeks[20], {
      isStaggeredLaunch: false,
      episodeLaunchDetails: '[{"episodes":"1-9"}]',
      runtimeOverride: true,
    });
    json.titles[0].weeks[21].isStaggeredLaunch = null;
    const result = parseDataset(json);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.titles[0]!.weeks[20]).toMatchObject({
      isStaggeredLaunch: false,
      episodeLaunchDetails: '[{"episodes":"1-9"}]',
      runtimeOverride: true,
    });
    // null means Netflix gave no value: the week carries no field, as in a 9-column file.
    expect(result.data.titles[0]!.weeks[21]).not.toHaveProperty('isStaggeredLaunch');
  });

  it('shortens a long bad value in the reason', () => {
    const d = seed();
    d.titles[0].weeks[0].hours = 'x'.repeat(500);
    expect(reason(d)).toBe(`titles[0].weeks[0].hours is not a number (got "${'x'.repeat(29)}…)`);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parseDataset(value).ok).toBe(false);
      }),
    );
    expect(parseDataset({ source: seed().source, titles: [{ id: 1n }] }).ok).toBe(false);
  });
});

describe('parseDatasetText', () => {
  it.each<[string, string, string]>([
    ['truncated JSON', '{"source": {}, "titles": [', 'it is not valid JSON'],
    ['an HTML error page', '<!doctype html><title>502</title>', 'it is not valid JSON'],
    ['valid JSON of the wrong shape', '[]', 'dataset is not an object'],
  ])('rejects %s', (_name, text, reason) => {
    expect(parseDatasetText(text)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('reads the shipped file', () => {
    const result = parseDatasetText(readFileSync('public/data/top10-seed.json', 'utf8'));
    expect(result.ok && result.data.titles.map((t) => t.weeks.length)).toEqual([32, 11, 13]);
  });
});

describe('catalogOf', () => {
  const dataset = (): Dataset => {
    const result = parseDataset(seed());
    if (!result.ok) throw new Error(result.reason);
    return result.data;
  };

  it('lists the shipped titles and how far each alignment reaches', () => {
    expect(catalogOf(dataset())).toEqual({
      titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'],
      // Squid Game S1: 32 weeks on the list; its last (2025-07-13) is week 200 since the 2021-09-17 premiere.
      maxWeek: { top10: 32, premiere: 200, calendar: 32 },
    });
  });

  it.each([
    ['with its premiere', '2022-02-28', 14],
    ['without a premiere: first list week is week 1', null, 13],
  ])('counts Business Proposal %s', (_name, premiere, expected) => {
    const d = dataset();
    const title = { ...d.titles[2]!, premiere };
    expect(catalogOf({ ...d, titles: [title] }).maxWeek).toEqual({ top10: 13, premiere: expected, calendar: 13 });
  });
});
