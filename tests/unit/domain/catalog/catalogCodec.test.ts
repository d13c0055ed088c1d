// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyCurated } from '../../../../src/domain/catalog/curated';
import { decodeCatalog } from '../../../../src/domain/catalog/decode';
import { encodeCatalog } from '../../../../src/domain/catalog/encode';
import { groupTitles, parseNetflixFile } from '../../../../src/domain/netflixFile';
import type { Dataset, NetflixRow, ParsedNetflixFile } from '../../../../src/domain/types';
import { HAVE_NETFLIX_TSV, NETFLIX_TSV, warnIfAbsent } from '../../../netflixTsv';
import { importOutput } from '../../../../scripts/datasets';

warnIfAbsent('catalogCodec');
const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/netflix', name), 'utf8');
const SHIPPED = resolve(process.cwd(), 'public/data/top10-catalog.bin');

function parse(text: string): ParsedNetflixFile {
  const result = parseNetflixFile(text);
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

function datasetOf(file: ParsedNetflixFile): Dataset {
  return { source: { file: 'x.tsv', firstWeek: file.firstWeek, lastWeek: file.lastWeek }, titles: applyCurated(groupTitles(file.rows)) };
}

function decoded(bytes: Uint8Array): Dataset {
  const result = decodeCatalog(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}

const FILE_ORDER = (a: NetflixRow, b: NetflixRow) =>
  a.week < b.week ? -1 : a.week > b.week ? 1 : a.category.localeCompare(b.category) || a.rank - b.rank;

/** The rows a dataset holds, back in the file's shape, ordered as a file would be. */
function rowsOf(dataset: Dataset): NetflixRow[] {
  return dataset.titles
    .flatMap((t) => t.weeks.map((w) => ({ ...w, category: t.category, showTitle: t.showTitle, seasonTitle: t.seasonTitle })))
    .sort(FILE_ORDER);
}
/** A parsed row as a TitleWeek keeps it: launch fields only where Netflix gave a value. */
function asKept({ isStaggeredLaunch, episodeLaunchDetails, runtimeOverride, ...row }: NetflixRow) {
  return {
    ...row,
    ...(isStaggeredLaunch != null && { isStaggeredLaunch }),
    ...(episodeLaunchDetails != null && { episodeLaunchDetails }),
    ...(runtimeOverride != null && { runtimeOverride }),
  };
}

describe('the catalog round trip', () => {
  it.each(['global-7col.tsv', 'global-9col.tsv', 'global-11col.tsv', 'global-12col.tsv'])(
    '%s: decode(encode(titles)) gives the same titles',
    (name) => {
      const dataset = datasetOf(parse(fixture(name)));
      expect(decoded(encodeCatalog(dataset))).toEqual(dataset);
    },
  );

  it('keeps the 11-column launch details, quotes and tab included', () => {
    const back = decoded(encodeCatalog(datasetOf(parse(fixture('global-11col.tsv')))));
    const challenge = back.titles.find((t) => t.showTitle === 'Squid Game: The Challenge');
    expect(challenge?.weeks[0]).toMatchObject({
      isStaggeredLaunch: true,
      episodeLaunchDetails: expect.stringContaining('"launch_date":"2023-11-22"'),
    });
  });

  describe.skipIf(!HAVE_NETFLIX_TSV)("Netflix's whole file", () => {
    let file: ParsedNetflixFile;
    let dataset: Dataset;
    beforeAll(() => {
      file = parse(readFileSync(NETFLIX_TSV, 'utf8'));
      dataset = decoded(readFileSync(SHIPPED));
    });

    it('the shipped catalog holds 3,836 titles and 10,560 rows, 2021-07-04 .. 2026-07-19', () => {
      expect(dataset.titles).toHaveLength(3_836);
      expect(dataset.titles.reduce((n, t) => n + t.weeks.length, 0)).toBe(10_560);
      expect(dataset.source).toEqual({ file: 'all-weeks-global.tsv', firstWeek: '2021-07-04', lastWeek: '2026-07-19' });
    });

    it("equals the parser's reading of the file, row for row", () => {
      expect(rowsOf(dataset)).toEqual([...file.rows].sort(FILE_ORDER).map(asKept));
    });

    it('equals the titles groupTitles makes, curated facts included', () => {
      expect(dataset).toEqual({ ...datasetOf(file), source: { ...dataset.source, file: 'all-weeks-global.tsv' } });
    });

    it('is byte for byte what `npm run data:import` writes', () => {
      const output = importOutput(file, 'all-weeks-global.tsv');
      if (typeof output === 'string') throw new Error(output);
      expect(Buffer.compare(output.catalog, readFileSync(SHIPPED)), 'run npm run data:import -- ../shared/data/all-weeks-global.tsv').toBe(
        0,
      );
    });

    it.each([
      // Two different films called Inheritance were on the list for 2024-06-23, one English and one not.
      ['inheritance', 'Films (English)'],
      ['inheritance-2', 'Films (Non-English)'],
    ])('keeps the two films called Inheritance apart: %s is %s', (id, category) => {
      expect(dataset.titles.find((t) => t.id === id)).toMatchObject({ showTitle: 'Inheritance', category });
    });

    it.each([
      ['squid-game-s1', '2021-09-17', 8.3167],
      ['all-of-us-are-dead-s1', '2022-01-28', 12.2333],
      ['business-proposal-s1', '2022-02-28', null],
    ])('%s keeps its curated premiere %s and runtime %s', (id, premiere, runtime) => {
      expect(dataset.titles.find((t) => t.id === id)).toMatchObject({ premiere, runtime });
    });

    it('gives every other title no premiere', () => {
      expect(
        dataset.titles
          .filter((t) => t.premiere !== null)
          .map((t) => t.id)
          .sort(),
      ).toEqual(['all-of-us-are-dead-s1', 'business-proposal-s1', 'squid-game-s1']);
    });
  });
});
