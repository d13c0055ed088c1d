// @vitest-environment node
import { readFileSync } from 'node:fs';
import { groupTitles, parseNetflixFile } from '../../../src/domain/netflixFile';
import type { Dataset, ParsedNetflixFile, Title } from '../../../src/domain/types';
import { HAVE_NETFLIX_TSV as HAVE_TSV, NETFLIX_TSV as TSV, warnIfAbsent } from '../../netflixTsv';
import { loadSeed, SEED_TEXT } from '../../seed';
import { importOutput } from '../../../scripts/datasets';
import { AOUAD_ALL_11_WEEKS, AOUAD_PEAK, AOUAD_WEEKS_1_8, BP_PEAK, BP_WEEKS_1_8, SG_PEAK, SG_WEEKS_1_8 } from '../../figures';

warnIfAbsent('seedData');

const seed: Dataset = loadSeed();

let file: ParsedNetflixFile | undefined;
function netflixFile(): ParsedNetflixFile {
  if (!file) {
    const result = parseNetflixFile(readFileSync(TSV, 'utf8'));
    if (!result.ok) throw new Error(`all-weeks-global.tsv: ${result.reason}`);
    file = result.data;
  }
  return file;
}

function seedTitle(id: string): Title {
  const title = seed.titles.find((t) => t.id === id);
  if (!title) throw new Error(`no ${id} in the seed`);
  return title;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("Netflix's file, as parseNetflixFile reads it", () => {
  it.skipIf(!HAVE_TSV)('has 10,560 rows in the 9-column layout, 2021-07-04 .. 2026-07-19, 40 rows every week', () => {
    const { layout, rows, firstWeek, lastWeek } = netflixFile();
    expect({ layout, rows: rows.length, firstWeek, lastWeek }).toEqual({
      layout: 9,
      rows: 10_560,
      firstWeek: '2021-07-04',
      lastWeek: '2026-07-19',
    });
    const perWeek = new Map<string, number>();
    for (const row of rows) perWeek.set(row.week, (perWeek.get(row.week) ?? 0) + 1);
    expect(perWeek.size).toBe(264);
    expect([...perWeek.values()].every((n) => n === 40)).toBe(true);
  });
});

describe('public/data/top10-seed.json', () => {
  it.skipIf(!HAVE_TSV)('is byte for byte what `npm run data:import` writes from the file', () => {
    const output = importOutput(netflixFile(), 'all-weeks-global.tsv');
    if (typeof output === 'string') throw new Error(output);
    expect(output.seed === SEED_TEXT, 'run npm run data:import -- ../shared/data/all-weeks-global.tsv').toBe(true);
  });

  it.skipIf(!HAVE_TSV)('names its source by the file it was built from', () => {
    const { firstWeek, lastWeek } = netflixFile();
    expect(seed.source).toEqual({ file: 'all-weeks-global.tsv', firstWeek, lastWeek });
  });

  it.skipIf(!HAVE_TSV).each([
    ['squid-game-s1', 'Squid Game: Season 1', 32],
    ['all-of-us-are-dead-s1', 'All of Us Are Dead: Season 1', 11],
    ['business-proposal-s1', 'Business Proposal: Limited Series', 13],
  ])('%s (%s) matches the file row for row, all %i weeks', (id, name, count) => {
    const fromFile = groupTitles(netflixFile().rows).find((t) => t.id === id);
    const shipped = seedTitle(id);
    expect(shipped.weeks).toHaveLength(count);
    expect(shipped.weeks).toEqual(fromFile?.weeks);
    const { premiere: _p, releasePattern: _r, runtime: _rt, ...labels } = shipped;
    expect(fromFile).toMatchObject({ ...labels, name });
  });

  it.each([
    ['squid-game-s1', '2021-09-17', 'All 9 episodes at once', 8.3167],
    // Not in the weekly file (it left the list before runtimes began); from Netflix's most-popular.tsv.
    ['all-of-us-are-dead-s1', '2022-01-28', 'All 12 episodes at once', 12.2333],
    ['business-proposal-s1', '2022-02-28', 'Weekly, 2 episodes a week (Mondays and Tuesdays) until Apr 5, 2022, 12 in all', null],
  ])('%s carries premiere %s, "%s", runtime %s', (id, premiere, releasePattern, runtime) => {
    expect(seedTitle(id)).toMatchObject({ premiere, releasePattern, runtime });
  });

  it.each([
    ['squid-game-s1', SG_WEEKS_1_8.value],
    ['all-of-us-are-dead-s1', AOUAD_WEEKS_1_8.value],
    ['business-proposal-s1', BP_WEEKS_1_8.value],
  ])('%s: first 8 weeks sum to %i hours', (id, expected) => {
    expect(
      sum(
        seedTitle(id)
          .weeks.slice(0, 8)
          .map((w) => w.hours),
      ),
    ).toBe(expected);
  });

  it('All of Us Are Dead S1: all 11 weeks, 2022-01-30 .. 2022-04-10, sum to 659,510,000 hours', () => {
    const { weeks } = seedTitle('all-of-us-are-dead-s1');
    expect([weeks[0]?.week, weeks.at(-1)?.week]).toEqual(['2022-01-30', '2022-04-10']);
    expect(sum(weeks.map((w) => w.hours))).toBe(AOUAD_ALL_11_WEEKS.value);
  });

  it.each([
    ['squid-game-s1', SG_PEAK.value, SG_PEAK.from, 1, 3],
    ['all-of-us-are-dead-s1', AOUAD_PEAK.value, AOUAD_PEAK.from, 1, 2],
    ['business-proposal-s1', BP_PEAK.value, BP_PEAK.from, 2, 5],
  ])('%s peaks at %i hours in the week ending %s, rank %i, its week %i on the list', (id, hours, week, rank, nth) => {
    const { weeks } = seedTitle(id);
    const peak = weeks.reduce((best, w) => (w.hours > best.hours ? w : best));
    expect(peak).toMatchObject({ hours, week, rank, cumulativeWeeks: nth });
    expect(weeks.indexOf(peak) + 1).toBe(nth);
  });

  it('Squid Game S1 counts weeks on the list, not consecutive weeks (19 -> 20 across 2022-01-23 .. 2022-06-19)', () => {
    const { weeks } = seedTitle('squid-game-s1');
    expect(weeks.slice(18, 20).map((w) => [w.week, w.cumulativeWeeks])).toEqual([
      ['2022-01-23', 19],
      ['2022-06-19', 20],
    ]);
    expect(weeks.map((w) => w.cumulativeWeeks)).toEqual(weeks.map((_, i) => i + 1));
  });

  it('has runtime and views only from 2023-06-18, as Netflix published them', () => {
    const weeks = seed.titles.flatMap((t) => t.weeks);
    // Every row of the three titles (awk: 32 + 11 + 13).
    expect(weeks).toHaveLength(56);
    for (const w of weeks) {
      const published = w.week >= '2023-06-18';
      expect([w.week, w.runtime !== null, w.views !== null]).toEqual([w.week, published, published]);
    }
    expect(seedTitle('squid-game-s1').weeks[20]).toMatchObject({
      week: '2023-11-26',
      rank: 6,
      hours: 13_300_000,
      runtime: 8.3167,
      views: 1_600_000,
      cumulativeWeeks: 21,
    });
  });
});
