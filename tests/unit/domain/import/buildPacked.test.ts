// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { buildDataset, buildPacked } from '../../../../src/domain/import/groupTitles';
import { mergeImport, mergeImportPacked } from '../../../../src/domain/import/merge';
import { packDataset } from '../../../../src/domain/import/packed';
import { parseImport } from '../../../../src/domain/import/parseImport';
import type { ImportedFile, ImportRow } from '../../../../src/domain/import/types';
import { CATEGORIES } from '../../../../src/domain/netflixColumns';
import type { Category, Dataset, DatasetSource } from '../../../../src/domain/types';
import { loadCatalog } from '../../../catalog';
import { LEO_ROW } from '../../../importRows';
import { HAVE_NETFLIX_TSV, NETFLIX_TSV, warnIfAbsent } from '../../../netflixTsv';
import { loadSeed } from '../../../seed';

const SOURCE: DatasetSource = { file: 'mine.tsv', firstWeek: '2023-11-19', lastWeek: '2023-11-26' };
const row = (r: Partial<ImportRow>): ImportRow => ({ ...LEO_ROW, ...r });

const file = (text: string): ImportedFile => {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
};

describe('buildPacked: buildDataset written straight into packed columns', () => {
  it('writes each title’s charted weeks oldest first, fills in what the shipped title knows, and leaves out a title with no week', () => {
    const rows = [
      row({}),
      row({ week: '2023-11-19', rank: 3, hours: 40_000_000, runtime: null, views: null, cumulativeWeeks: null }),
      row({ week: '2023-11-19', rank: 2, hours: 30_000_000 }),
      row({ rank: 2, showTitle: 'Nyad', hours: null, runtime: 2.0333 }),
      row({ rank: 3, showTitle: 'Fair Play', hours: 5_000_000, runtime: 1.9 }),
      row({
        category: 'TV (English)',
        showTitle: 'Blue Eye Samurai',
        seasonTitle: 'Blue Eye Samurai: Season 1',
        runtime: null,
        isStaggeredLaunch: true,
      }),
    ];
    const shipped = (id: string, showTitle: string, category: Category, premiere: string, runtime: number | null) => ({
      id,
      showTitle,
      name: 'x',
      seasonTitle: null,
      category,
      premiere,
      releasePattern: 'All at once',
      runtime,
      weeks: [],
    });
    const known: Dataset = {
      source: SOURCE,
      titles: [
        shipped('blue-eye-samurai-s1', 'Blue Eye Samurai', 'TV (English)', '2023-11-03', 3.9),
        shipped('leo', 'Leo', 'Films (English)', '2023-11-21', 2.5),
        // Another title that had this id: nothing of it is taken.
        shipped('fair-play', 'Fair Play', 'TV (English)', '2023-10-06', 2),
      ],
    };
    const meta = { premiere: null, releasePattern: null, seasonTitle: null, category: 'Films (English)' };
    // 2023-11-19 and 2023-11-26 are 19,680 and 19,687 days after 1970-01-01.
    expect(buildPacked(rows, SOURCE, known)).toEqual({
      source: SOURCE,
      titles: [
        { ...meta, id: 'leo', showTitle: 'Leo', name: 'Leo', premiere: '2023-11-21', releasePattern: 'All at once', runtime: 1.7833 },
        { ...meta, id: 'fair-play', showTitle: 'Fair Play', name: 'Fair Play', runtime: 1.9 },
        {
          id: 'blue-eye-samurai-s1',
          showTitle: 'Blue Eye Samurai',
          name: 'Blue Eye Samurai: Season 1',
          seasonTitle: 'Blue Eye Samurai: Season 1',
          category: 'TV (English)',
          premiere: '2023-11-03',
          releasePattern: 'All at once',
          runtime: 3.9,
        },
      ],
      offsets: Uint32Array.from([0, 2, 3, 4]),
      day: Int32Array.from([19_680, 19_687, 19_687, 19_687]),
      rank: Uint8Array.from([2, 1, 3, 1]),
      hours: Float64Array.from([30_000_000, 61_700_000, 5_000_000, 61_700_000]),
      runtime: Float64Array.from([1.7833, 1.7833, 1.9, NaN]),
      views: Float64Array.from([34_600_000, 34_600_000, 34_600_000, 34_600_000]),
      cumulativeWeeks: Uint32Array.from([1, 1, 1, 1]),
      launches: [{ at: 3, isStaggeredLaunch: true }],
    });
  });

  it('gives what packDataset(buildDataset(…)) gives, for any rows', () => {
    const rowArb = fc.record({
      week: fc.constantFrom('2023-11-12', '2023-11-19', '2023-11-26'),
      category: fc.constantFrom(...CATEGORIES),
      rank: fc.integer({ min: 1, max: 10 }),
      showTitle: fc.constantFrom('Leo', 'Nyad', 'Squid Game', 'Squid-Game'),
      seasonTitle: fc.constantFrom(null, 'Squid Game: Season 1', 'Limited Series'),
      hours: fc.option(fc.constantFrom(1, 61_700_000, 1.5), { nil: null }),
      runtime: fc.option(fc.constantFrom(1.7833, 2), { nil: null }),
      views: fc.option(fc.constant(34_600_000), { nil: null }),
      cumulativeWeeks: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
      isStaggeredLaunch: fc.constantFrom(undefined, null, true, false),
      episodeLaunchDetails: fc.constantFrom(undefined, null, '[]'),
      runtimeOverride: fc.constantFrom(undefined, null, true),
      launch: fc.constantFrom(
        undefined,
        { staggered: true, episodes: [], raw: null },
        { staggered: false, episodes: [{ episodes: '1-4', launchDate: '2023-11-03' }], raw: 'x' },
      ),
    });
    const knownArb = fc.array(
      fc.record({
        id: fc.constantFrom('leo', 'nyad', 'squid-game-s1', 'squid-game'),
        showTitle: fc.constantFrom('Leo', 'Nyad', 'Squid Game'),
        name: fc.constant('x'),
        seasonTitle: fc.constant(null),
        category: fc.constantFrom(...CATEGORIES),
        premiere: fc.option(fc.constant('2023-11-03'), { nil: null }),
        releasePattern: fc.option(fc.constant('Weekly'), { nil: null }),
        runtime: fc.option(fc.constant(9.5), { nil: null }),
        weeks: fc.constant([]),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), knownArb, (rows, titles) => {
        const clean = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as ImportRow);
        const known: Dataset = { source: SOURCE, titles: titles.map((t) => ({ ...t, weeks: [] })) };
        expect(buildPacked(clean, SOURCE, known)).toEqual(packDataset(buildDataset(clean, SOURCE, known)));
      }),
      { numRuns: 400 },
    );
  });
});

describe('mergeImportPacked: mergeImport, packed', () => {
  const fixtures = readdirSync(new URL('../../../fixtures/netflix/', import.meta.url)).filter(
    (f) => f.startsWith('global-') || f.startsWith('merge-'),
  );
  const text = (name: string) => readFileSync(new URL(`../../../fixtures/netflix/${name}`, import.meta.url), 'utf8');
  const older = file(text('merge-older.tsv'));
  const shippedSets: [string, Dataset][] = [
    ['the seed', loadSeed()],
    [
      'an older file',
      { source: { file: 'o.tsv', firstWeek: older.firstWeek, lastWeek: older.lastWeek }, titles: buildDataset(older.rows, SOURCE).titles },
    ],
  ];
  it.each(fixtures.flatMap((name) => shippedSets.map(([what, shipped]) => [name, what, shipped] as const)))(
    '%s merged with %s',
    (name, _what, shipped) => {
      const loaded = file(text(name));
      const { dataset, summary } = mergeImport(shipped, loaded, name);
      expect(mergeImportPacked(shipped, loaded, name)).toEqual({ packed: packDataset(dataset), summary });
    },
  );

  warnIfAbsent('mergeImportPacked on Netflix’s file');
  it.skipIf(!HAVE_NETFLIX_TSV)('Netflix’s real file merged with the shipped catalog', () => {
    const loaded = file(readFileSync(NETFLIX_TSV, 'utf8'));
    const shipped = loadCatalog();
    const { dataset, summary } = mergeImport(shipped, loaded, 'all-weeks-global.tsv');
    const { packed, summary: packedSummary } = mergeImportPacked(shipped, loaded, 'all-weeks-global.tsv');
    expect(packed.titles).toHaveLength(3_836);
    expect(packed.day).toHaveLength(10_560);
    expect({ packed, summary: packedSummary }).toEqual({ packed: packDataset(dataset), summary });
  });
});
